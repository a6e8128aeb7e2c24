/**
 * One `Notes` per viewer, shared by the panels that show or edit notes. It is
 * tied to the viewer object (a WeakMap), so the viewer's own code needs no
 * change, and the notes go when the viewer goes.
 */
import type { ViewerMap } from '$lib/core/view/viewer-map';
import { Notes } from './notes.svelte';

const byViewer = new WeakMap<object, Notes>();

/** The notes of the viewer's map, opened on first use. */
export function notesFor(viewer: { map: ViewerMap }, mapPath: string): Notes {
	let notes = byViewer.get(viewer);
	if (!notes) {
		notes = new Notes(viewer.map, mapUrl(viewer.map.id, mapPath), browserIndexedDb());
		byViewer.set(viewer, notes);
	}
	return notes;
}

/**
 * Where the map is published: its page, whatever page shows it now (a file
 * opened in the browser is shown on `/open/`, but its notes name the map's own page).
 */
export function mapUrl(mapId: string, mapPath: string, page = location.href): string {
	const here = new URL(mapPath, page);
	const segments = here.pathname.split('/').filter(Boolean);
	if (segments.at(-2) === 'maps' && decodeURIComponent(segments.at(-1) ?? '') === mapId)
		return here.href;
	return new URL(`../maps/${encodeURIComponent(mapId)}/`, here).href;
}

function browserIndexedDb(): IDBFactory | null {
	try {
		return typeof indexedDB === 'undefined' ? null : indexedDB;
	} catch {
		// Some browsers throw on reading `indexedDB` itself when site data is blocked.
		return null;
	}
}
