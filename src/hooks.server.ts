import type { Handle } from '@sveltejs/kit';
import { outline } from '$lib/core/view/outline';
import { compileForSite } from '$lib/server/site';
import { OUTLINE_SLOT, outlineHtml } from '$lib/core/view/outline-html';

/** The pages that leave a slot for the outline, and where the map's page is from each. */
const OUTLINE_PAGES: Record<string, string> = { '/maps/[id]': '', '/maps/[id]/outline': '../' };

/**
 * A map's page leaves a slot in its <noscript> for the outline (a large map's
 * outline page, in its body), written here as plain HTML: readers without
 * JavaScript get the whole map, and the page data (which every reader downloads
 * and parses) need not carry it.
 */
export const handle: Handle = ({ event, resolve }) => {
	const mapPage = OUTLINE_PAGES[event.route.id ?? ''];
	if (mapPage === undefined) return resolve(event);
	let html: string | null = null;
	const outlineOf = () => {
		if (html !== null) return html;
		const result = compileForSite(event.params.id ?? '');
		html = result.ok ? outlineHtml(outline(result.map), mapPage) : '';
		return html;
	};
	return resolve(event, {
		transformPageChunk: ({ html: chunk }) =>
			chunk.includes(OUTLINE_SLOT) ? chunk.replace(OUTLINE_SLOT, () => outlineOf()) : chunk
	});
};
