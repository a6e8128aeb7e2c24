/**
 * What a reader types into a search box, read as a small query language that
 * never fails: words (any may match), "a phrase" (its words in that order),
 * and -word or -"a phrase" (must not match). Anything else is a plain word,
 * so no input can make the search throw.
 */
export interface ParsedQuery {
	/** Words of which the more match, the better. */
	words: string[];
	/** Phrases that must each stand in a hit, word for word. */
	phrases: string[];
	/** Words and phrases no hit may contain. */
	excluded: string[];
}

// Straight and typographic double quotes both open and close a phrase.
const QUOTES = /["“”„«»「」『』]/;

/** Splits a query into words, phrases and exclusions. An unclosed quote runs to the end. */
export function parseQuery(query: string): ParsedQuery {
	const parsed: ParsedQuery = { words: [], phrases: [], excluded: [] };
	let i = 0;
	const n = query.length;
	while (i < n) {
		while (i < n && /\s/.test(query[i]!)) i++;
		if (i >= n) break;
		let negate = false;
		if (query[i] === '-' && i + 1 < n && !/\s/.test(query[i + 1]!)) {
			negate = true;
			i++;
		}
		if (QUOTES.test(query[i]!)) {
			const start = ++i;
			while (i < n && !QUOTES.test(query[i]!)) i++;
			const phrase = query.slice(start, i).replace(/\s+/g, ' ').trim();
			i++;
			if (phrase) (negate ? parsed.excluded : parsed.phrases).push(phrase);
			continue;
		}
		const start = i;
		while (i < n && !/\s/.test(query[i]!) && !QUOTES.test(query[i]!)) i++;
		const word = query.slice(start, i);
		if (word) (negate ? parsed.excluded : parsed.words).push(word);
	}
	return parsed;
}

/**
 * Text as phrases are matched against: lower case, one space between words,
 * typographic quotes and dashes folded to plain ones.
 */
export function phraseText(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’ʼ]/g, "'")
		.replace(/[“”„]/g, '"')
		.replace(/[‐‑‒–—―]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}
