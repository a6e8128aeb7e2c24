/**
 * What the site build needs to publish maps beyond their own pages: the site's
 * address (for canonical links, social cards and the sitemap) and the node pages.
 */
import { building } from '$app/environment';
import { mapCardPath, nodeCardPath, nodePages, type NodePage } from '../core/view/node-page';
import { compileForSite, mapIds } from './site';
import type { ArgumentMap, MapNode } from '../core';
import { jsonLdScript, mapJsonLd } from '../core/view/json-ld';
import { oembedPath } from '../core/view/embed';
import { segment, siteUrl } from '../core/view/page-head';

/**
 * Maps of up to this many nodes get a page per node; larger ones a page per position (the
 * claims most worth linking to, and few). Measured in docs/publishing.md.
 * RONTEN_NODE_PAGES overrides it (0: positions only).
 */
export const NODE_PAGE_LIMIT = 5000;

export function nodePageLimit(): number {
	const set = Number(process.env.RONTEN_NODE_PAGES);
	return process.env.RONTEN_NODE_PAGES !== undefined && Number.isInteger(set) && set >= 0
		? set
		: NODE_PAGE_LIMIT;
}

/**
 * The site's address with its base path and a trailing slash: RONTEN_SITE_URL
 * (`https://example.org/arguments/`) when set, else only the base path, and
 * links that need an origin (canonical, og:url, the sitemap) stay relative to the host.
 */
export function siteRoot(): string {
	const given = process.env.RONTEN_SITE_URL;
	if (given) return given.endsWith('/') ? given : `${given}/`;
	warnOnceWithoutAddress();
	return `${process.env.BASE_PATH ?? ''}/`;
}

let warned = false;
/**
 * A publisher who forgets the site's address gets a site whose previews and sitemap cannot
 * work (they need absolute addresses): the build says so, once.
 */
function warnOnceWithoutAddress() {
	if (warned || !building) return;
	warned = true;
	console.warn(
		'RONTEN_SITE_URL is not set: the sitemap, canonical links and preview cards use addresses relative to the host, which search engines and link previews do not follow. Set it to the address the site is published at, e.g. RONTEN_SITE_URL=https://example.org/maps/ (docs/publishing.md).'
	);
}

const positionsOf = (map: ArgumentMap) => map.nodes.filter((n) => n.kind === 'position');

/** The nodes of a map that get a page: all of them, or the positions of a map over the limit. */
function nodesWithPages(map: ArgumentMap): MapNode[] {
	return map.nodes.length <= nodePageLimit() ? map.nodes : positionsOf(map);
}

/** Every node page of the site, for the prerenderer's entries and the sitemap. */
export function nodePageEntries(): { id: string; node: string }[] {
	return mapIds().flatMap((id) => {
		const result = compileForSite(id);
		return result.ok ? nodesWithPages(result.map).map((n) => ({ id, node: n.id })) : [];
	});
}

/** The positions that get a card of their own (all of them: they are few). */
export function positionCardEntries(): { id: string; node: string }[] {
	return mapIds().flatMap((id) => {
		const result = compileForSite(id);
		return result.ok ? positionsOf(result.map).map((n) => ({ id, node: n.id })) : [];
	});
}

// One adjacency per map for all its node pages; kept for the build only, like compiled maps.
const pagesByMap = new Map<string, (node: string) => NodePage | null>();

/** The page data of one node, or null when the map has no such node or no node pages. */
export function nodePage(id: string, node: string): NodePage | null {
	let pages = building ? pagesByMap.get(id) : undefined;
	if (!pages) {
		const result = compileForSite(id);
		if (!result.ok) return null;
		const published = new Set(nodesWithPages(result.map).map((n) => n.id));
		const positions = new Set(positionsOf(result.map).map((n) => n.id));
		pages = nodePages(result.map, siteRoot(), {
			published: (node) => published.has(node),
			card: (node) => (positions.has(node) ? nodeCardPath(id, node) : mapCardPath(id))
		});
		if (building) pagesByMap.set(id, pages);
	}
	return pages(node);
}

/** What a map's own page adds for publishing: linked data, card, canonical and oEmbed addresses. */
export function mapPublishing(map: ArgumentMap) {
	const root = siteRoot();
	const canonical = siteUrl(root, `maps/${segment(map.id)}/`);
	const card = siteUrl(root, mapCardPath(map.id));
	return {
		canonical,
		card,
		jsonLd: jsonLdScript(mapJsonLd(map, canonical, card)),
		oembed: siteUrl(root, oembedPath(map.id))
	};
}
