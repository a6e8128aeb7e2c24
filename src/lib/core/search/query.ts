/**
 * Querying a search index: what the browser loads on first search. It depends
 * on lunr only, so it stays out of the page's first bundle.
 */
import { isJapanese, lunr, tokenizerFor, withJapanese } from './lunr-setup';
import type { SearchHit, SearchIndex, SearchOptions, SerializedSearchIndex } from './types';

export function loadSearchIndex(data: SerializedSearchIndex): SearchIndex {
	if (isJapanese(data.language)) withJapanese();
	return {
		language: data.language,
		index: lunr.Index.load(data.index),
		docs: new Map(data.docs.map((d) => [d.id, d]))
	};
}

/**
 * Searches with the map language's tokenizer. The query is read as plain
 * words (no lunr query syntax), so no user input can make it throw.
 */
export function search(s: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
	const { limit = 20, prefix = true } = options;
	// '*' is lunr's wildcard inside a term; a user's asterisk must stay a literal nothing.
	let tokens = tokenizerFor(s.language)(query)
		.map((t) => t.toString().replace(/\*/g, ''))
		.filter(Boolean);
	if (isJapanese(s.language)) tokens = resegment(tokens, s.index);
	if (tokens.length === 0) return [];
	const last = tokens[tokens.length - 1] as string;
	const results = s.index.query((q) => {
		for (const t of tokens) q.term(t, {});
		if (prefix && last.length >= 2) {
			q.term(last, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false, boost: 0.5 });
		}
	});
	const hits: SearchHit[] = [];
	for (const r of results) {
		const doc = s.docs.get(r.ref);
		if (doc) hits.push({ ...doc, score: Math.round(r.score * 1000) / 1000 });
		if (hits.length >= limit) break;
	}
	return hits;
}

/**
 * The Japanese segmenter splits a word differently alone than inside a
 * sentence (東アジア vs 東 + アジア). A query word the index does not know is
 * split again into the longest words it does know.
 */
function resegment(tokens: string[], index: lunr.Index): string[] {
	const vocabulary = (index as unknown as { invertedIndex: Record<string, unknown> }).invertedIndex;
	const known = (w: string) => Object.prototype.hasOwnProperty.call(vocabulary, w);
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
