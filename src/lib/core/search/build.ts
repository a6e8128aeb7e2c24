/**
 * Building a map's search index (at build time, or in the CLI): lunr over
 * title, tags, quote and text, with field boosts. Serialised to JSON so the
 * browser only loads it.
 */
import { quoteOf, type ArgumentMap, type MapNode } from '../model';
import { bearingIndex, type BearingIndex } from '../graph/bearing';
import { isJapanese, lunr, withJapanese } from './lunr-setup';
import { sentenceAround } from './sentence';
import type { SearchDoc, SearchIndex, SerializedSearchIndex } from './types';

/** `context` is the sentence of the source a quote stands in: words next to the quote find it too. */
export const FIELD_BOOSTS = { title: 8, tags: 4, quote: 2, text: 1, context: 1 } as const;

type Indexable = Pick<ArgumentMap, 'nodes' | 'edges'> & Partial<Pick<ArgumentMap, 'sources'>>;

export function searchDocs(map: Indexable, bearing: BearingIndex = bearingIndex(map)): SearchDoc[] {
	const texts = new Map((map.sources ?? []).map((s) => [s.id, s.text]));
	return map.nodes.map((n: MapNode) => {
		const quote = quoteOf(n);
		const source = quote ? texts.get(quote.source) : undefined;
		const context = quote && source ? sentenceAround(source, quote.start, quote.end) : '';
		return {
			id: n.id,
			kind: n.kind,
			title: n.title,
			text: n.text,
			...(quote ? { quote: quote.exact } : {}),
			...(context && context !== quote?.exact ? { context } : {}),
			tags: n.tags,
			positions: bearing.get(n.id) ?? []
		};
	});
}

/** The text lunr indexes for one document; positions are not searchable text, so they stay out. */
export function indexedFields(d: SearchDoc) {
	return {
		id: d.id,
		title: d.title,
		text: d.text,
		quote: d.quote ?? '',
		context: d.context ?? '',
		tags: d.tags.join(' ')
	};
}

/** Builds the index for a map (or for documents already derived from it). */
export function buildSearchIndex(
	map: Indexable & Pick<ArgumentMap, 'language'>,
	docs: SearchDoc[] = searchDocs(map)
): SearchIndex {
	const ja = isJapanese(map.language) ? withJapanese().ja : undefined;
	const index = lunr(function () {
		if (ja) {
			this.use(ja);
			this.searchPipeline.reset();
			this.searchPipeline.add(ja.stemmer);
		}
		this.ref('id');
		for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
		for (const d of docs) this.add(indexedFields(d));
	});
	return { language: map.language, index, docs: new Map(docs.map((d) => [d.id, d])) };
}

export function serializeSearchIndex(s: SearchIndex): SerializedSearchIndex {
	return { version: 1, language: s.language, index: s.index.toJSON(), docs: [...s.docs.values()] };
}
