/** How the viewer's search gets its index, and the messages between the viewer and its search worker. */
import type { SearchHit, SearchOptions, SerializedSearchIndex } from '$lib/core/search/types';

export type SearchRequest =
	| { type: 'load'; id: number; url: string }
	| { type: 'load'; id: number; data: SerializedSearchIndex }
	| { type: 'query'; id: number; query: string; options: SearchOptions };

/** `ms`: how long the query itself took, loading and messaging aside. */
export type SearchReply =
	| { id: number; ok: true; hits: SearchHit[]; ms: number }
	| { id: number; ok: false; error: string };

/** Runs a query and times it alone, loading and messaging aside. */
export function timed(run: () => SearchHit[]): { hits: SearchHit[]; ms: number } {
	const start = performance.now();
	const hits = run();
	return { hits, ms: performance.now() - start };
}

/** The index built with the site, fetched and parsed (in the worker, or on the page's thread). */
export async function fetchSearchIndex(url: string): Promise<SerializedSearchIndex> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
	return (await response.json()) as SerializedSearchIndex;
}
