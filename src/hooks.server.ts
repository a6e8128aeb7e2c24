import type { Handle } from '@sveltejs/kit';
import { outline } from '$lib/core/view/outline';
import { compileForSite } from '$lib/server/site';
import { OUTLINE_SLOT, outlineHtml } from '$lib/core/view/outline-html';

/**
 * Map pages leave a slot in their <noscript> for the outline, written here as
 * plain HTML: readers without JavaScript get the whole map, and the page data
 * (which every reader downloads and parses) need not carry it.
 */
export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id !== '/maps/[id]') return resolve(event);
	let html: string | null = null;
	const outlineOf = () => {
		if (html !== null) return html;
		const result = compileForSite(event.params.id ?? '');
		html = result.ok ? outlineHtml(outline(result.map)) : '';
		return html;
	};
	return resolve(event, {
		transformPageChunk: ({ html: chunk }) =>
			chunk.includes(OUTLINE_SLOT) ? chunk.replace(OUTLINE_SLOT, () => outlineOf()) : chunk
	});
};
