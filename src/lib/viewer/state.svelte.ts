/**
 * The viewer's state: selection, query, panel, filters, focus and collapsed
 * branches. It lives here, never in the map model; the URL mirrors the part
 * worth sharing.
 */
import { SvelteSet } from 'svelte/reactivity';
// Module imports, not the core's index: the index also carries the Argdown compiler, which the viewer never needs.
import { adjacency } from '$lib/core/graph/adjacency';
import { bearingIndex } from '$lib/core/graph/bearing';
import { traceNode, type Trace } from '$lib/core/graph/trace';
import type { SearchHit } from '$lib/core/search/types';
import { searchEngine, type IndexSource, type SearchEngine } from './search-client';
import { quickSearcher } from '$lib/core/search/quick';
import type { NodeKind } from '$lib/core/model';
import type { ViewerNode } from '../core/view/viewer-map';
import type { ViewerMap } from '../core/view/viewer-map';
import type { PanelView, UrlState } from './url-state';
import { EvaluationState } from './evaluation.svelte';

/** How many search hits are listed at most. */
export const SEARCH_LISTED = 30;
export class ViewerState {
	readonly map: ViewerMap;
	readonly byId: Map<string, ViewerNode>;
	readonly positions: ViewerNode[];
	private readonly adj;
	private bearingCache: ReturnType<typeof bearingIndex> | null = null;

	selected = $state<string | null>(null);
	query = $state('');
	view = $state<PanelView>('details');
	hits = $state<SearchHit[]>([]);
	/** The query matches more than the hits listed (SEARCH_LISTED), and the count says so. */
	moreHits = $state(false);
	searching = $state(false);
	/** 0 shows the whole map; N shows the selection and its neighbourhood N steps out. */
	focusDepth = $state(0);
	readonly collapsed = new SvelteSet<string>();
	readonly hiddenKinds = new SvelteSet<NodeKind>();
	positionFilter = $state<string | null>(null);
	/** "Only what I annotated": shows only nodes in `annotated`. */
	onlyAnnotated = $state(false);
	/** The nodes the reader annotated; null where the reader's notes are not open (an embed). */
	annotated = $state.raw<ReadonlySet<string> | null>(null);
	/** The Evaluate layer and the reader's what-if. */
	readonly evaluation: EvaluationState;
	/**
	 * The graph has drawn the whole map, or could not: work that no first view needs waits for
	 * this, so that it does not take a core from the graph while a large map opens.
	 */
	graphSettled = $state(false);
	/**
	 * The graph's first frame is on screen, the graph could not be drawn, or it is slow to come
	 * (GraphCanvas): a viewer mounted after its page loaded (a large map) draws its panels after
	 * that frame, not before it.
	 */
	graphShown = $state(false);

	private engine: SearchEngine | null = null;

	/**
	 * `searchIndex` is where the index comes from: the URL of the one built with the site,
	 * or a function that builds one in the browser (for a file opened locally).
	 */
	constructor(
		map: ViewerMap,
		private readonly searchIndex: IndexSource
	) {
		this.map = map;
		// Built once and never changed: a plain Map needs no reactivity.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.byId = new Map(map.nodes.map((n) => [n.id, n]));
		// The author's thesis is listed first.
		this.positions = map.nodes
			.filter((n) => n.kind === 'position')
			.sort((a, b) => Number(b.id === map.thesis) - Number(a.id === map.thesis));
		this.adj = adjacency(map);
		this.evaluation = new EvaluationState(map, (id) => this.byId.has(id));
		this.selectedNode = $derived(this.selected ? (this.byId.get(this.selected) ?? null) : null);
		this.trace = $derived(
			this.selected && this.byId.has(this.selected)
				? traceNode(this.map, this.selected, {}, this.adj)
				: null
		);
	}

	/**
	 * For every node, the positions it bears on. Worked out when first asked for (a selection, a
	 * search hit, a filter by position), not while the map opens: 9 ms at 5,000 nodes.
	 */
	get bearing(): ReturnType<typeof bearingIndex> {
		return (this.bearingCache ??= bearingIndex(this.map));
	}

	readonly selectedNode: ViewerNode | null;
	readonly trace: Trace | null;

	/** Nodes and edges that bear directly on the selection, and those it bears on. */
	neighbours(id: string) {
		return {
			incoming: this.adj
				.incoming(id)
				.map((s) => ({ node: this.byId.get(s.other), kind: s.edge.kind })),
			outgoing: this.adj
				.outgoing(id)
				.map((s) => ({ node: this.byId.get(s.other), kind: s.edge.kind }))
		};
	}

	/** Whether a node passes the kind and position filters. */
	visible(node: ViewerNode): boolean {
		if (this.hiddenKinds.has(node.kind)) return false;
		if (this.onlyAnnotated && this.annotated && !this.annotated.has(node.id)) return false;
		if (!this.positionFilter) return true;
		return (
			node.id === this.positionFilter ||
			(this.bearing.get(node.id) ?? []).some((b) => b.position === this.positionFilter)
		);
	}

	/** A node named in the URL that the map does not have (an old or mistyped link). */
	unknownNode = $state<string | null>(null);

	applyUrl(s: UrlState) {
		this.selected = s.node && this.byId.has(s.node) ? s.node : null;
		// Kept once the URL is written back without the unknown node, until a node is selected.
		if (s.node) this.unknownNode = this.byId.has(s.node) ? null : s.node;
		this.view = s.view;
		this.focusDepth = s.focus ?? 0;
		replaceAll(
			this.collapsed,
			(s.collapsed ?? []).filter((id) => this.byId.has(id))
		);
		replaceAll(this.hiddenKinds, s.hide ?? []);
		this.positionFilter = s.position && this.byId.has(s.position) ? s.position : null;
		this.onlyAnnotated = !!s.mine;
		this.evaluation.applyUrl(s);
		if (s.query !== this.query) {
			this.query = s.query;
			void this.runSearch();
		}
	}

	urlState(): UrlState {
		const state: UrlState = { node: this.selected, query: this.query, view: this.view };
		if (this.focusDepth > 0) state.focus = this.focusDepth;
		if (this.collapsed.size) state.collapsed = [...this.collapsed];
		if (this.hiddenKinds.size) state.hide = [...this.hiddenKinds];
		if (this.positionFilter) state.position = this.positionFilter;
		if (this.onlyAnnotated) state.mine = true;
		return { ...state, ...this.evaluation.urlState() };
	}

	/**
	 * The index loads when the page is first idle, when the search box takes focus, or on the
	 * first query, whichever comes first: in a worker, so it never holds up the page.
	 */
	preloadIndex(): SearchEngine {
		return (this.engine ??= searchEngine(this.searchIndex));
	}

	/** Answers from titles and texts while the index is loading (core/search/quick.ts). */
	private quick: ReturnType<typeof quickSearcher> | null = null;

	/** Stops the search worker, if one was started; the next search starts another. */
	dispose() {
		this.engine?.close();
		this.engine = null;
		this.evaluation.close();
	}

	async runSearch() {
		const query = this.query;
		this.moreHits = false;
		if (!query.trim()) {
			this.hits = [];
			return;
		}
		const engine = this.preloadIndex();
		if (!engine.ready) {
			// A reader who types before the index is in gets hits at once, replaced by the full
			// search's when it is.
			const started = performance.now();
			this.hits = this.quickHits(query);
			const ms = performance.now() - started;
			performance.mark('ronten:query', { detail: { ms, quick: true } });
			this.searching = true;
			void engine.loaded.then(() => {
				if (query === this.query && this.engine === engine) void this.fullSearch(query, engine);
				else this.searching = false;
			});
			return;
		}
		await this.fullSearch(query, engine);
	}

	private quickHits(query: string) {
		return this.quickSearch()(query);
	}

	private quickSearch() {
		return (this.quick ??= quickSearcher(this.map.nodes));
	}

	/**
	 * Folds the texts quick search scans while the page is idle, `more()` saying how long, so
	 * that a reader typing before the index is in does not wait for it (60 ms at 10,000 nodes).
	 * True once there is nothing left to do, or the index is in and quick search not needed.
	 */
	prepareQuickSearch(more: () => boolean): boolean {
		if (this.engine?.ready) return true;
		return this.quickSearch().prepare(more);
	}

	private async fullSearch(query: string, engine: SearchEngine) {
		this.searching = true;
		try {
			// One more than is listed, to know whether there are more.
			const { hits, ms } = await engine.query(query, { limit: SEARCH_LISTED + 1, prefix: true });
			// The query's own cost, for the benchmark: over a frame, it would block typing.
			performance.mark('ronten:query', { detail: { ms } });
			if (query === this.query) {
				this.hits = hits.slice(0, SEARCH_LISTED);
				this.moreHits = hits.length > SEARCH_LISTED;
			}
		} catch {
			// Loading failed: drop the engine, so that the next query tries again; meanwhile the
			// titles and texts still answer.
			engine.close();
			if (this.engine === engine) this.engine = null;
			if (query === this.query) this.hits = this.quickHits(query);
		} finally {
			this.searching = false;
		}
	}
}

/** Makes a reactive set hold exactly these values, touching it only where it differs. */
function replaceAll<T>(set: SvelteSet<T>, values: readonly T[]) {
	const want = new Set(values);
	for (const v of set) if (!want.has(v)) set.delete(v);
	for (const v of want) if (!set.has(v)) set.add(v);
}
