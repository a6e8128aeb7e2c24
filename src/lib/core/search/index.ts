/**
 * Full-text search over a map with lunr: title, text, quote and tags, with
 * field boosts. The index can be serialised at build time and loaded in the
 * browser without rebuilding it.
 */
import type { ArgumentMap, MapNode, NodeKind } from '../model';
import { bearingIndex, type Bearing, type BearingIndex } from '../graph/bearing';
import { isJapanese, lunr, tokenizerFor, withJapanese } from './lunr-setup';

export interface SearchDoc {
	id: string;
	kind: NodeKind;
	title: string;
	text: string;
	quote?: string;
	tags: string[];
	/** The positions the node bears on, with its stance. */
	positions: Bearing[];
}

export interface SearchIndex {
	language: string;
	index: lunr.Index;
	docs: Map<string, SearchDoc>;
}

export interface SerializedSearchIndex {
	version: 1;
	language: string;
	index: object;
	docs: SearchDoc[];
}

export interface SearchHit extends SearchDoc {
	score: number;
}

export const FIELD_BOOSTS = { title: 8, tags: 4, quote: 2, text: 1 } as const;

export function searchDocs(
	map: Pick<ArgumentMap, 'nodes' | 'edges'>,
	bearing: BearingIndex = bearingIndex(map)
): SearchDoc[] {
	return map.nodes.map((n: MapNode) => ({
		id: n.id,
		kind: n.kind,
		title: n.title,
		text: n.text,
		...(n.kind === 'evidence' ? { quote: n.quote.exact } : {}),
		tags: n.tags,
		positions: bearing.get(n.id) ?? []
	}));
}

/** Builds the index for a map (or for documents already derived from it). */
export function buildSearchIndex(
	map: Pick<ArgumentMap, 'nodes' | 'edges' | 'language'>,
	docs: SearchDoc[] = searchDocs(map)
): SearchIndex {
	const japanese = isJapanese(map.language);
	const ja = japanese ? withJapanese().ja : undefined;
	const index = lunr(function () {
		if (ja) {
			this.use(ja);
			this.searchPipeline.reset();
			this.searchPipeline.add(ja.stemmer);
		}
		this.ref('id');
		for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
		// Positions are not searchable text; keeping them out keeps the index small.
		for (const d of docs)
			this.add({
				id: d.id,
				title: d.title,
				text: d.text,
				quote: d.quote ?? '',
				tags: d.tags.join(' ')
			});
	});
	return { language: map.language, index, docs: new Map(docs.map((d) => [d.id, d])) };
}

export function serializeSearchIndex(s: SearchIndex): SerializedSearchIndex {
	return { version: 1, language: s.language, index: s.index.toJSON(), docs: [...s.docs.values()] };
}

export function loadSearchIndex(data: SerializedSearchIndex): SearchIndex {
	if (isJapanese(data.language)) withJapanese();
	return {
		language: data.language,
		index: lunr.Index.load(data.index),
		docs: new Map(data.docs.map((d) => [d.id, d]))
	};
}

export interface SearchOptions {
	limit?: number;
	/** Also match words that start with the last term, for results as you type. */
	prefix?: boolean;
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
