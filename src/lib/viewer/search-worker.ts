/// <reference lib="webworker" />
/**
 * The search index lives and is queried here, off the page's thread: on a map
 * of thousands of nodes one lunr query takes longer than a frame, and typing
 * must not wait on it. The worker also fetches and parses the index itself.
 */
import { loadSearchIndex, search } from '$lib/core/search/query';
import type { SearchIndex } from '$lib/core/search/types';
import { fetchSearchIndex, timed, type SearchReply, type SearchRequest } from './search-protocol';

let index: Promise<SearchIndex> | null = null;

async function answer(request: SearchRequest): Promise<SearchReply> {
	if (request.type === 'load') {
		index = ('url' in request ? fetchSearchIndex(request.url) : Promise.resolve(request.data)).then(
			loadSearchIndex
		);
		await index;
		return { id: request.id, ok: true, hits: [], ms: 0 };
	}
	if (!index) throw new Error('no search index loaded');
	const loaded = await index;
	return {
		id: request.id,
		ok: true,
		...timed(() => search(loaded, request.query, request.options))
	};
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
	answer(event.data).then(
		(reply) => self.postMessage(reply),
		(e: unknown) => {
			// A failed load is not kept: the next request may load again.
			if (event.data.type === 'load') index = null;
			const error = e instanceof Error ? e.message : String(e);
			self.postMessage({ id: event.data.id, ok: false, error } satisfies SearchReply);
		}
	);
};
