/**
 * What the site build needs from a map: compiled once per build (once per request in dev), refused
 * when it has errors (the build fails with the diagnostics), shaped into the
 * small objects the pages and JSON files carry.
 */
import { error } from '@sveltejs/kit';
import { building } from '$app/environment';
import { formatDiagnostic, hasErrors, type ArgumentMap, type Diagnostic } from '../core';
import { siteMapFiles } from './catalogue';
import { compileFile, mapIdOf } from '../node/maps';

export const mapIds = () => siteMapFiles().map(mapIdOf);

export type SiteMap =
	| { ok: true; map: ArgumentMap; diagnostics: Diagnostic[] }
	| { ok: false; diagnostics: Diagnostic[] };

// A build prerenders each map's page, graph, search index and every download from the same
// compiled map; files do not change during a build, so each is compiled once. In dev every
// request compiles afresh, so edits show on reload.
const builtMaps = new Map<string, SiteMap>();

export function compileForSite(id: string): SiteMap {
	const cached = building ? builtMaps.get(id) : undefined;
	if (cached) return cached;
	const file = siteMapFiles().find((f) => mapIdOf(f) === id);
	if (!file) error(404, `No map "${id}"`);
	const { map, diagnostics } = compileFile(file);
	const result: SiteMap = hasErrors(diagnostics)
		? { ok: false, diagnostics }
		: { ok: true, map, diagnostics };
	if (building) builtMaps.set(id, result);
	return result;
}

/** For JSON endpoints: a map with errors stops the build with its diagnostics. */
export function requireMap(id: string): ArgumentMap {
	const result = compileForSite(id);
	if (!result.ok) refuse(id, result.diagnostics);
	return result.map;
}

/**
 * Up to this many nodes a map is part of its page's data, its no-JavaScript outline inside the
 * page; a larger map's page fetches the map, and links to its outline on a page of its own.
 */
const INLINE_MAP_LIMIT = 1000;

/** Whether a map is too large to travel inside its page (see INLINE_MAP_LIMIT). */
export const travelsApart = (map: ArgumentMap) => map.nodes.length > INLINE_MAP_LIMIT;

/** The maps whose outline is a page of its own; a map with errors is left to its own page. */
export function outlinePageIds(): string[] {
	return mapIds().filter((id) => {
		const result = compileForSite(id);
		return result.ok && travelsApart(result.map);
	});
}

/**
 * Stops with a map's diagnostics. The prerenderer reports only the status of a
 * failed page, so the diagnostics are printed first, where the author sees them.
 */
export function refuse(id: string, diagnostics: Diagnostic[]): never {
	const report = `Map ${id} has errors:\n${diagnostics.map(formatDiagnostic).join('\n')}`;
	console.error(report);
	error(500, report);
}
