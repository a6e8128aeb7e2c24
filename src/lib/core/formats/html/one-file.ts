/**
 * What the one-file viewer and the page that carries it agree on: where the
 * map's data sits in the page, and what it holds. The data travels as JSON in
 * `<script type="application/json">` elements, which the browser never runs,
 * read by the viewer's script; the search index in an element of its own, so
 * it is parsed only when the reader first searches.
 */
import type { GraphData } from '../../view/elements';
import type { ViewerMap } from '../../view/viewer-map';

export const MAP_ELEMENT_ID = 'ronten-map';
export const SEARCH_ELEMENT_ID = 'ronten-search';
export const APP_ELEMENT_ID = 'ronten-app';

export interface OneFileData {
	/** Marks the shape of this object, so that a later viewer can read an older file. */
	version: 1;
	map: ViewerMap;
	graph: GraphData;
	/** The map as Argdown, offered for download: the file carries its own source. */
	argdown: string;
}

/**
 * The compiled viewer a page embeds: one classic script and one stylesheet,
 * built ahead of time, with the script's SHA-256 (base64) for the page's
 * content security policy.
 */
export interface ViewerBundle {
	script: string;
	scriptSha256: string;
	style: string;
}
