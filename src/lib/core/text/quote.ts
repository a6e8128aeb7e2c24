/**
 * Finds an author's quote in a source text, comparing with whitespace
 * normalised (runs of white space count as one space), and proposes the
 * closest passage when it is not there.
 */

const CONTEXT = 32;

export interface QuoteMatch {
	start: number;
	end: number;
	exact: string;
	prefix: string;
	suffix: string;
	/** How many times the normalised quote occurs in the source. */
	occurrences: number;
}

interface Folded {
	text: string;
	/** For each character of `text`, its offset in the original string. */
	origin: number[];
}

/** Collapses runs of white space to one space and remembers where each character came from. */
function fold(raw: string): Folded {
	const parts: string[] = [];
	const origin: number[] = [];
	// Whole runs at a time: sources can be long, and per-character work adds up.
	const runs = /(\s+)|(\S+)/g;
	for (let m = runs.exec(raw); m; m = runs.exec(raw)) {
		if (m[1] !== undefined) {
			if (origin.length > 0) {
				parts.push(' ');
				origin.push(m.index);
			}
		} else {
			parts.push(m[0]);
			for (let i = 0; i < m[0].length; i++) origin.push(m.index + i);
		}
	}
	if (parts.at(-1) === ' ') {
		parts.pop();
		origin.pop();
	}
	return { text: parts.join(''), origin };
}

export function foldWhitespace(raw: string): string {
	return raw.replace(/\s+/g, ' ').trim();
}

/** A prepared source text that many quotes can be matched against. */
export interface QuoteIndex {
	find(quote: string): QuoteMatch | null;
	closest(quote: string): string | null;
}

export function quoteIndex(source: string): QuoteIndex {
	const folded = fold(source);
	return {
		find: (quote) => findQuote(source, folded, quote),
		closest: (quote) => closestPassage(folded.text, foldWhitespace(quote))
	};
}

function findQuote(source: string, folded: Folded, quote: string): QuoteMatch | null {
	const needle = foldWhitespace(quote);
	if (!needle) return null;
	const at = folded.text.indexOf(needle);
	if (at < 0) return null;
	let occurrences = 0;
	for (let i = at; i >= 0; i = folded.text.indexOf(needle, i + 1)) occurrences++;
	const start = folded.origin[at] as number;
	const end = (folded.origin[at + needle.length - 1] as number) + 1;
	return {
		start,
		end,
		exact: source.slice(start, end),
		prefix: source.slice(Math.max(0, start - CONTEXT), start),
		suffix: source.slice(end, end + CONTEXT),
		occurrences
	};
}

/** Character trigrams: cheap, script-neutral similarity that tolerates small edits. */
function trigrams(s: string): Map<string, number> {
	const grams = new Map<string, number>();
	const t = s.toLowerCase();
	for (let i = 0; i + 3 <= t.length; i++) {
		const g = t.slice(i, i + 3);
		grams.set(g, (grams.get(g) ?? 0) + 1);
	}
	return grams;
}

function dice(a: Map<string, number>, aSize: number, b: Map<string, number>, bSize: number) {
	let shared = 0;
	for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
	return aSize + bSize === 0 ? 0 : (2 * shared) / (aSize + bSize);
}

/**
 * Slides a window of the quote's length over the source, a word at a time,
 * and returns the most similar window (or null when nothing is even close).
 */
function closestPassage(text: string, needle: string): string | null {
	if (!needle || !text) return null;
	const target = trigrams(needle);
	const targetSize = Math.max(needle.length - 2, 0);
	const wordStarts = [0];
	for (let i = 1; i < text.length; i++) if (text[i - 1] === ' ') wordStarts.push(i);
	// Scripts without spaces (Japanese) get a start every few characters instead.
	const starts =
		wordStarts.length > 1
			? wordStarts
			: Array.from({ length: Math.ceil(text.length / 4) }, (_, i) => i * 4);
	let best = { score: 0, start: 0 };
	for (const start of starts) {
		const window = text.slice(start, start + needle.length);
		const score = dice(target, targetSize, trigrams(window), Math.max(window.length - 2, 0));
		if (score > best.score) best = { score, start };
	}
	if (best.score < 0.3) return null;
	return text.slice(best.start, best.start + needle.length).trim();
}
