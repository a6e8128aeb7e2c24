/**
 * What an annotation points at, as addresses on the published site: a node is
 * its permalink (`…/maps/MAP/?node=NODE`), a source is the map page opened on
 * it (`…/maps/MAP/?view=source&source=SOURCE`). Reading them back takes only
 * the ids, so the origin and base path of the host that wrote them never matter.
 */

/** The map page's absolute address, with its trailing slash. */
export type MapUrl = string;

const page = (mapUrl: MapUrl) => (mapUrl.endsWith('/') ? mapUrl : `${mapUrl}/`);

export function nodeIri(mapUrl: MapUrl, node: string): string {
	return `${page(mapUrl)}?node=${encodeURIComponent(node)}`;
}

export function sourceIri(mapUrl: MapUrl, source: string): string {
	return `${page(mapUrl)}?view=source&source=${encodeURIComponent(source)}`;
}

export interface TargetIds {
	map: string;
	node?: string;
	source?: string;
}

/**
 * The schemes a map is published or opened under: a site, or the one-file copy opened from
 * disk. Any other (`javascript:`, `data:`) names no page of a map, whatever its path reads.
 */
const PAGE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** The map, node and source ids an address names; null when it is no web or file address. */
export function readIri(iri: string): TargetIds | null {
	let url: URL;
	try {
		url = new URL(iri);
	} catch {
		return null;
	}
	if (!PAGE_SCHEMES.has(url.protocol)) return null;
	const segments = url.pathname.split('/').filter(Boolean);
	const last = segments.at(-1);
	let map: string;
	try {
		map = last ? decodeURIComponent(last) : '';
	} catch {
		return null;
	}
	const node = url.searchParams.get('node');
	const source = url.searchParams.get('source');
	return {
		map,
		...(node !== null ? { node } : {}),
		...(source !== null ? { source } : {})
	};
}
