/**
 * Search for the viewer: in a worker where the browser runs one, else on the
 * page's thread. Either way the index and lunr load on first use, since most
 * readers never search.
 */
import type { SearchHit, SearchOptions, SerializedSearchIndex } from '$lib/core/search/types';
import { fetchSearchIndex, timed, type SearchReply, type SearchRequest } from './search-protocol';
import SearchWorker from './search-worker?worker';

/** Where the index comes from: the URL of the one built with the site, or a builder. */
export type IndexSource = string | (() => Promise<SerializedSearchIndex>);

/** Hits, and how long the query itself took (ms). */
export interface SearchAnswer {
	hits: SearchHit[];
	ms: number;
}

export interface SearchEngine {
	query(query: string, options: SearchOptions): Promise<SearchAnswer>;
	/** The index is in: a query now costs lunr's time alone. */
	readonly ready: boolean;
	/** Settles once the index is in, or failed to load. */
	loaded: Promise<unknown>;
	close(): void;
}

/** Starts loading the index; queries wait for it, and a failed load fails them. */
export function searchEngine(source: IndexSource): SearchEngine {
	let worker: Worker;
	try {
		worker = new SearchWorker();
	} catch {
		return threadEngine(source);
	}
	return workerEngine(source, worker);
}

function workerEngine(source: IndexSource, worker: Worker): SearchEngine {
	let next = 0;
	const waiting = new Map<number, { done: (a: SearchAnswer) => void; fail: (e: Error) => void }>();
	const ask = (request: SearchRequest) =>
		new Promise<SearchAnswer>((done, fail) => {
			waiting.set(request.id, { done, fail });
			worker.postMessage(request);
		});
	worker.onmessage = (event: MessageEvent<SearchReply>) => {
		const reply = event.data;
		const w = waiting.get(reply.id);
		waiting.delete(reply.id);
		if (reply.ok) w?.done({ hits: reply.hits, ms: reply.ms });
		else w?.fail(new Error(reply.error));
	};
	// The worker itself cannot run (its script blocked or broken): search on the page's thread.
	let fallback: SearchEngine | null = null;
	worker.onerror = (event) => {
		event.preventDefault();
		fallback ??= threadEngine(source);
		for (const w of waiting.values()) w.fail(new Error('search worker failed'));
		waiting.clear();
	};
	// The worker fetches the index itself; a relative URL would resolve against the worker's own.
	const loaded =
		typeof source === 'string'
			? ask({ type: 'load', id: ++next, url: new URL(source, document.baseURI).href })
			: source().then((data) => ask({ type: 'load', id: ++next, data }));
	// Handled where a query awaits it; a preload nobody queries must not report an error.
	loaded.catch(() => {});
	let ready = false;
	const settled = loaded.then(
		() => (ready = true),
		() => {}
	);
	return {
		get ready() {
			return ready || !!fallback;
		},
		loaded: settled,
		async query(query, options) {
			if (!fallback) {
				try {
					await loaded;
					return await ask({ type: 'query', id: ++next, query, options });
				} catch (e) {
					if (!fallback) throw e;
				}
			}
			return fallback.query(query, options);
		},
		close: () => worker.terminate()
	};
}

function threadEngine(source: IndexSource): SearchEngine {
	const ready = Promise.all([
		import('$lib/core/search/query'),
		typeof source === 'function' ? source() : fetchSearchIndex(source)
	]).then(([module, data]) => ({ index: module.loadSearchIndex(data), search: module.search }));
	ready.catch(() => {});
	let done = false;
	const loaded = ready.then(
		() => (done = true),
		() => {}
	);
	return {
		get ready() {
			return done;
		},
		loaded,
		async query(query, options) {
			const { index, search } = await ready;
			return timed(() => search(index, query, options));
		},
		close: () => {}
	};
}
