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

/** The map, node and source ids an address names; null when it is no absolute URL. */
export function readIri(iri: string): TargetIds | null {
	let url: URL;
	try {
		url = new URL(iri);
	} catch {
		return null;
	}
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
