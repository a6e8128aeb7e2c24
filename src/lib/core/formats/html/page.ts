/**
 * The one-file viewer's page: the compiled viewer, its stylesheet and the
 * map's data in one HTML document that needs nothing else, opened from disk
 * or served by any host.
 *
 * Its content security policy lets run only the viewer's own script (by its
 * hash) and workers made from it (blob:), and refuses every connection: a map
 * from a stranger can neither run code nor call home, and the file makes no
 * request at all. Map text reaches the page only as escaped markup (title,
 * description, the outline for readers without JavaScript) or as JSON escaped
 * for a script element.
 */
import type { ArgumentMap } from '../../model';
import { escapeMarkup } from '../../text/markup';
import { summary } from '../../view/page-head';
import { scriptSafeJson } from '../../view/json-ld';
import { outline } from '../../view/outline';
import { outlineHtml } from '../../view/outline-html';
import {
	APP_ELEMENT_ID,
	MAP_ELEMENT_ID,
	SEARCH_ELEMENT_ID,
	type OneFileData,
	type ViewerBundle
} from './one-file';

export interface OneFilePageInput {
	map: ArgumentMap;
	data: OneFileData;
	/** The serialised search index (any JSON value). */
	search: unknown;
	bundle: ViewerBundle;
}

/** The policy of the page, as the content of its CSP <meta> element. */
export function oneFilePolicy(scriptSha256: string): string {
	return [
		"default-src 'none'",
		`script-src 'sha256-${scriptSha256}'`,
		// Cytoscape and Svelte set style attributes, as on the site.
		"style-src 'unsafe-inline'",
		'img-src data: blob:',
		// Search and evaluation run in workers made from the page's own script.
		'worker-src blob:',
		"connect-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		"object-src 'none'"
	].join('; ');
}

/** Text that may sit inside a <style> or <script> element without ending it early. */
function rawTextSafe(text: string, element: 'style' | 'script'): string {
	if (new RegExp(`</${element}`, 'i').test(text))
		throw new Error(
			`The compiled viewer's ${element} contains "</${element}": it cannot be inlined`
		);
	return text;
}

export function oneFilePage({ map, data, search, bundle }: OneFilePageInput): string {
	const description = summary(
		`An argument map: ${map.title}.${map.question ? ` ${map.question}` : ''} ${map.nodes.length} nodes.`
	);
	return [
		'<!doctype html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<meta http-equiv="Content-Security-Policy" content="${escapeMarkup(oneFilePolicy(bundle.scriptSha256))}">`,
		'<meta name="referrer" content="no-referrer">',
		'<meta name="generator" content="Ronten">',
		`<title>${escapeMarkup(map.title)} · Ronten</title>`,
		`<meta name="description" content="${escapeMarkup(description)}">`,
		// No icon to fetch: an empty one stops the browser asking for /favicon.ico.
		'<link rel="icon" href="data:,">',
		`<style>${rawTextSafe(bundle.style, 'style')}</style>`,
		'<noscript><style>.needs-script{display:none!important}</style></noscript>',
		'</head>',
		'<body>',
		`<div id="${APP_ELEMENT_ID}"></div>`,
		`<noscript><h1>${escapeMarkup(map.title)}</h1>${outlineHtml(outline(map))}</noscript>`,
		`<script type="application/json" id="${MAP_ELEMENT_ID}">${scriptSafeJson(data)}</script>`,
		`<script type="application/json" id="${SEARCH_ELEMENT_ID}">${scriptSafeJson(search)}</script>`,
		`<script>${rawTextSafe(bundle.script, 'script')}</script>`,
		'</body>',
		'</html>',
		''
	].join('\n');
}
