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

/** Runs of white space as one space, ends trimmed. */
export function foldWhitespace(raw: string): string {
	// The same as raw.replace(/\s+/g, ' '), built in bounded pieces: on a large source with
	// millions of runs, replace() took seconds and several times the source's size in memory.
	// A lone space, the commonest run, needs no replacing, so it is not matched at all.
	const runs = / \s+|[^\S ]\s*/g;
	const chunks: string[] = [];
	let pieces: string[] = [];
	let from = 0;
	for (let m = runs.exec(raw); m; m = runs.exec(raw)) {
		pieces.push(raw.slice(from, m.index), ' ');
		from = m.index + m[0].length;
		if (pieces.length >= 8192) {
			chunks.push(pieces.join(''));
			pieces = [];
		}
	}
	pieces.push(raw.slice(from));
	chunks.push(pieces.join(''));
	return chunks.join('').trim();
}

/** A prepared source text that many quotes can be matched against. */
export interface QuoteIndex {
	find(quote: string): QuoteMatch | null;
	closest(quote: string): string | null;
}

/**
 * Quotes are found in the source as it is, by a pattern that allows any run
 * of white space between their words, so no folded copy of the source and no
 * table from folded to original offsets is kept (such a table cost eight bytes
 * or more per character and was most of the memory a large source took). The
 * folded text is made only when a quote is missing and the closest passage
 * is wanted.
 */
export function quoteIndex(source: string): QuoteIndex {
	let folded: string | undefined;
	return {
		find: (quote) => findQuote(source, quote),
		closest: (quote) => closestPassage((folded ??= foldWhitespace(source)), foldWhitespace(quote))
	};
}

/** What a regular expression's \s takes: the runs between a quote's words. */
const SPACE = /\s/;

/**
 * The end of the quote's words found from `at` on, each after a run of white space, or -1.
 * Word by word, not by one regular expression of the whole quote: a quote of some thousands
 * of words made a pattern the engine could not compile ("stack overflow", "too large"), and
 * the whole map failed with it.
 */
function matchFrom(source: string, at: number, words: readonly string[]): number {
	let i = at + words[0]!.length;
	for (let w = 1; w < words.length; w++) {
		const gap = i;
		while (i < source.length && SPACE.test(source[i]!)) i++;
		if (i === gap || !source.startsWith(words[w]!, i)) return -1;
		i += words[w]!.length;
	}
	return i;
}

function findQuote(source: string, quote: string): QuoteMatch | null {
	const needle = foldWhitespace(quote);
	if (!needle) return null;
	// Every word of the quote starts and ends with a non-space, so each gap takes a whole run.
	const words = needle.split(' ');
	let first: { start: number; end: number } | null = null;
	let occurrences = 0;
	// Overlapping occurrences count too, as they would in the folded text.
	for (let at = source.indexOf(words[0]!); at >= 0; at = source.indexOf(words[0]!, at + 1)) {
		const end = matchFrom(source, at, words);
		if (end < 0) continue;
		occurrences++;
		first ??= { start: at, end };
	}
	if (!first) return null;
	const { start, end } = first;
	return {
		start,
		end,
		exact: source.slice(start, end),
		prefix: source.slice(Math.max(0, start - CONTEXT), start),
		suffix: source.slice(end, end + CONTEXT),
		occurrences
	};
}

/**
 * The trigrams of a quote (three UTF-16 units each, 48 bits) with their
 * counts, in an open-addressing table: most trigrams of a source are not
 * among them, and a probe of a typed array says so faster than a Map.
 */
function trigramTable(quote: string) {
	const bits = Math.max(8, Math.ceil(Math.log2(quote.length * 4 + 1)));
	const mask = (1 << bits) - 1;
	const keys = new Float64Array(mask + 1).fill(-1);
	const wanted = new Int32Array(mask + 1);
	const keyAt = (s: string, i: number) =>
		s.charCodeAt(i) * 2 ** 32 + s.charCodeAt(i + 1) * 2 ** 16 + s.charCodeAt(i + 2);
	/** The slot of the trigram at `i` of `s`: where it is, or the empty slot where it would go. */
	const slotOf = (s: string, i: number) => {
		const key = keyAt(s, i);
		const mix = s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2);
		let slot = Math.imul(mix, 0x9e3779b1) >>> (32 - bits);
		while (keys[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
		return slot;
	};
	for (let i = 0; i + 3 <= quote.length; i++) {
		const slot = slotOf(quote, i);
		keys[slot] = keyAt(quote, i);
		wanted[slot] = (wanted[slot] as number) + 1;
	}
	return { slotOf, wanted, isWanted: (slot: number) => keys[slot] !== -1 };
}

/**
 * Slides a window of the quote's length over the source, a word at a time,
 * and returns the most similar window by the Dice coefficient of their
 * character trigrams (cheap, script-neutral, tolerant of small edits), or
 * null when nothing is even close. The window's trigram counts are updated
 * as it slides rather than recounted, so the cost grows with the length of
 * the source, not with its length times the quote's.
 */
function closestPassage(text: string, needle: string): string | null {
	if (!needle || !text) return null;
	// Lower case that keeps offsets: U+0130 is the one letter whose lower case is two units long.
	const lower = (s: string) => s.replace(/\u0130/g, 'i').toLowerCase();
	const hay = lower(text);
	const quote = lower(needle);
	const { slotOf, isWanted, wanted } = trigramTable(quote);
	const held = new Int32Array(wanted.length);
	const targetSize = Math.max(needle.length - 2, 0);
	let shared = 0;
	/** Counts the trigram at `i` into the window (by +1) or out of it (by -1). */
	const count = (i: number, by: 1 | -1) => {
		const slot = slotOf(hay, i);
		if (!isWanted(slot)) return;
		const before = held[slot] as number;
		held[slot] = before + by;
		// Shared trigrams are the sum of min(held, wanted) over the quote's trigrams.
		if (by > 0 ? before < (wanted[slot] as number) : before <= (wanted[slot] as number))
			shared += by;
	};
	// The window holds the trigrams starting at [lo, hi).
	let lo = 0;
	let hi = 0;
	let best = { score: 0, start: 0 };
	const consider = (start: number) => {
		const end = Math.min(start + needle.length, text.length);
		while (lo < start && lo < hi) count(lo++, -1);
		if (lo < start) lo = hi = start;
		for (; hi < end - 2; hi++) count(hi, 1);
		const size = targetSize + Math.max(end - start - 2, 0);
		const score = size === 0 ? 0 : (2 * shared) / size;
		if (score > best.score) best = { score, start };
	};
	// Windows start at words; scripts without spaces (Japanese) get a start every few characters.
	const spaced = text.includes(' ');
	for (let start = 0; start < text.length;) {
		consider(start);
		const space = spaced ? text.indexOf(' ', start) : start + 3;
		if (space < 0) break;
		start = space + 1;
	}
	if (best.score < 0.3) return null;
	return text.slice(best.start, best.start + needle.length).trim();
}
