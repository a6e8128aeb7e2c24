/**
 * Loads a page's map by id, for the id asked last only. A page component is kept when the
 * reader goes from one map to another (back, forward, a link), so an answer may come for a map
 * the page has already left: it is dropped, never shown under another map's name.
 */
import type { ViewerMap } from '$lib/core/view/viewer-map';

export interface MapLoad {
	/** The map asked for; null when the page carries its map itself. */
	readonly id: string | null;
	readonly map: ViewerMap | null;
	readonly loading: boolean;
	/** Why the map could not be loaded, for the reader; empty if it could. */
	readonly failure: string;
}

export const NO_LOAD: MapLoad = { id: null, map: null, loading: false, failure: '' };

export class MapLoader {
	private current: MapLoad = NO_LOAD;
	private turn = 0;

	constructor(
		private readonly load: (id: string) => Promise<ViewerMap>,
		private readonly report: (load: MapLoad) => void
	) {}

	/** Loads the map `id` (nothing for null), unless it is the one asked for already. */
	ask(id: string | null): void {
		if (id === this.current.id) return;
		const turn = ++this.turn;
		this.set({ id, map: null, loading: id !== null, failure: '' });
		if (id === null) return;
		this.load(id).then(
			(map) => {
				if (turn === this.turn) this.set({ id, map, loading: false, failure: '' });
			},
			(e: unknown) => {
				if (turn !== this.turn) return;
				const why = e instanceof Error ? e.message : String(e);
				this.set({ id, map: null, loading: false, failure: `The map could not be loaded: ${why}` });
			}
		);
	}

	private set(load: MapLoad) {
		this.current = load;
		this.report(load);
	}
}
