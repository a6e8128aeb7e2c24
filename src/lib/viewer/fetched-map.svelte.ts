/**
 * The map of a page that does not carry it (more than 1,000 nodes): its viewer.json, fetched
 * for each map the page shows (map-loader.ts keeps only the answer for the map shown).
 */
import { base } from '$app/paths';
import type { ViewerMap } from '$lib/core/view/viewer-map';
import { MapLoader, NO_LOAD, type MapLoad } from './map-loader';

async function viewerMap(id: string): Promise<ViewerMap> {
	const response = await fetch(`${base}/maps/${id}/viewer.json`);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return (await response.json()) as ViewerMap;
}

/** Call while a component initialises; `wanted` is the id of the map to fetch, or null for none. */
export function fetchedMap(wanted: () => string | null): Omit<MapLoad, 'id'> {
	let load = $state.raw<MapLoad>(NO_LOAD);
	const loader = new MapLoader(viewerMap, (next) => (load = next));
	$effect(() => loader.ask(wanted()));
	// Until the effect has asked for a new id, what is held is another map's.
	const held = () => (load.id === wanted() ? load : NO_LOAD);
	return {
		get map() {
			return held().map;
		},
		get loading() {
			return held().loading;
		},
		get failure() {
			return held().failure;
		}
	};
}
