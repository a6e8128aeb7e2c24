/**
 * Querying a search index: what the browser loads on first search. It depends
 * on lunr only, so it stays out of the page's first bundle.
 */
import { isJapanese, lunr, tokenizerFor, withJapanese } from './lunr-setup';
import { parseQuery, phraseText } from './query-syntax';
import type {
	SearchDoc,
	SearchHit,
	SearchIndex,
	SearchOptions,
	SerializedSearchIndex
} from './types';

export function loadSearchIndex(data: SerializedSearchIndex): SearchIndex {
	if (isJapanese(data.language)) withJapanese();
	return {
		language: data.language,
		index: lunr.Index.load(data.index),
		docs: new Map(data.docs.map((d) => [d.id, d]))
	};
}

/** Words shorter than this are never matched fuzzily: too many words are one edit away. */
const FUZZY_FROM = 4;
/** From this length a typo may be two edits away. */
const TWO_EDITS_FROM = 8;

/**
 * Searches with the map language's tokenizer. Words may match (the more the
 * better), "phrases" must match word for word, -words must not match, and a
 * word the map does not hold is matched fuzzily, so a typo still finds its
 * word. lunr's own query syntax is not read, so no input can make it throw.
 */
export function search(s: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
	const { limit = 20, prefix = true } = options;
	const parsed = parseQuery(query);
	const words = tokens(s, parsed.words.join(' '));
	const phraseWords = parsed.phrases.flatMap((p) => tokens(s, p));
	const excludedWords = parsed.excluded.filter((e) => !/\s/.test(e)).flatMap((e) => tokens(s, e));
	const excludedPhrases = parsed.excluded.filter((e) => /\s/.test(e)).map(phraseText);
	if (!words.length && !phraseWords.length && !excludedWords.length && !excludedPhrases.length)
		return [];
	// Typing: the last plain word may be the start of a longer one.
	const last = prefix && parsed.words.length && !/\s$/.test(query) ? words.at(-1) : undefined;
	const { REQUIRED, PROHIBITED } = lunr.Query.presence;

	const run = (typos: ReadonlySet<string>) =>
		s.index.query((q) => {
			for (const t of words) addTerm(q, s.index, t, {}, t === last, typos.has(t));
			for (const t of phraseWords) addTerm(q, s.index, t, { presence: REQUIRED }, false, false);
			for (const t of excludedWords) q.term(t, { presence: PROHIBITED } as Clause);
			if (last && last.length >= 2)
				q.term(last, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 0.5 });
		});
	let results = run(new Set());
	const typos = stemmedTypos(s, words, results);
	if (typos.size) results = run(typos);
	const phrases = parsed.phrases.map(phraseText);
	const hits: SearchHit[] = [];
	for (const r of results) {
		const doc = s.docs.get(r.ref);
		if (!doc) continue;
		if (phrases.length || excludedPhrases.length) {
			const text = phraseText(searchableText(doc));
			if (!phrases.every((p) => text.includes(p))) continue;
			if (excludedPhrases.some((p) => text.includes(p))) continue;
		}
		hits.push({ ...doc, score: Math.round(r.score * 1000) / 1000 });
		if (hits.length >= limit) break;
	}
	return hits;
}

/** Everything of a document that a phrase may stand in. */
function searchableText(d: SearchDoc): string {
	return [d.title, d.text, d.quote ?? '', d.context ?? '', d.tags.join(' ')].join('\n');
}

/** The query's words as the index holds them: the map language's tokens, without punctuation. */
function tokens(s: SearchIndex, text: string): string[] {
	let out = tokenizerFor(s.language)(text)
		.map((t) => trimPunctuation(t.toString()))
		.filter(Boolean);
	if (isJapanese(s.language)) out = resegment(out, s.index);
	return out;
}

// '*' is lunr's wildcard inside a term: a reader's asterisk must stay a literal nothing.
const trimPunctuation = (t: string) =>
	t.replace(/\*/g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Words the index knows only by their stem, which no document found holds as typed: typos
 * the stemmer made into another word. "deterence" stems to "deter" (of "deterring"), so
 * without this it never reached "deterrence". Only the best results are read: a word a
 * reader typed right is in the first of them.
 */
function stemmedTypos(
	s: SearchIndex,
	words: readonly string[],
	results: readonly lunr.Index.Result[]
): Set<string> {
	const suspects = words.filter(
		(w) => w.length >= FUZZY_FROM && !holds(s.index, w) && knows(s.index, w, false)
	);
	if (!suspects.length || isJapanese(s.language)) return new Set();
	const texts = results.slice(0, TYPO_CHECKED_RESULTS).map((r) => {
		const doc = s.docs.get(r.ref);
		return doc ? searchableText(doc).toLowerCase() : '';
	});
	return new Set(suspects.filter((w) => !texts.some((t) => t.includes(w))));
}
/** How many results `stemmedTypos` reads. */
const TYPO_CHECKED_RESULTS = 50;

/**
 * A word the index holds is searched as it is. One it does not hold (and that is not
 * the start of a longer word being typed), or a typo its stem hides, is searched within
 * one or two edits.
 */
function addTerm(
	q: lunr.Query,
	index: lunr.Index,
	term: string,
	clause: Clause,
	typing: boolean,
	typo: boolean
) {
	q.term(term, clause as Partial<lunr.Query.Clause>);
	if (term.length < FUZZY_FROM || (!typo && knows(index, term, typing))) return;
	const editDistance = term.length >= TWO_EDITS_FROM ? 2 : 1;
	// The fuzzy clause stands beside the exact one: a required word needs either, so it is
	// only added for words the index misses, where the exact clause matches nothing.
	q.term(term, { ...clause, editDistance, boost: 0.8 } as Partial<lunr.Query.Clause>);
}

/** A query clause as lunr 2.3 reads it (its type declarations lack `presence`). */
type Clause = Partial<lunr.Query.Clause> & { presence?: lunr.Query.presence };
/** TokenSet's static builder, which lunr's type declarations put on instances. */
const tokenSetOf = (pattern: string): lunr.TokenSet =>
	(lunr.TokenSet as unknown as { fromString(s: string): lunr.TokenSet }).fromString(pattern);

type IndexInternals = lunr.Index & {
	invertedIndex: Record<string, unknown>;
	pipeline: lunr.Pipeline;
	tokenSet: lunr.TokenSet;
};

/** Whether the index holds the word itself, as a term (not through the stemmer). */
const holds = (index: lunr.Index, word: string) =>
	Object.prototype.hasOwnProperty.call((index as IndexInternals).invertedIndex, word);

function knows(index: lunr.Index, term: string, typing: boolean): boolean {
	const inner = index as IndexInternals;
	const has = (w: string) => holds(index, w);
	if (inner.pipeline.runString(term).some(has) || has(term)) return true;
	if (!typing) return false;
	const started = tokenSetOf(`${term}*`).intersect(inner.tokenSet);
	return started.toArray().length > 0;
}

/**
 * The Japanese segmenter splits a word differently alone than inside a
 * sentence (東アジア vs 東 + アジア). A query word the index does not know is
 * split again into the longest words it does know.
 */
function resegment(tokens: string[], index: lunr.Index): string[] {
	const known = (w: string) => holds(index, w);
	return tokens.flatMap((token) => {
		if (known(token) || token.length < 2) return [token];
		const parts: string[] = [];
		for (let i = 0; i < token.length;) {
			let j = token.length;
			while (j > i + 1 && !known(token.slice(i, j))) j--;
			if (known(token.slice(i, j))) parts.push(token.slice(i, j));
			i = j;
		}
		return parts.length ? parts : [token];
	});
}
