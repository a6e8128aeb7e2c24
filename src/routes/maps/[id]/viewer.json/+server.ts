import { json } from '@sveltejs/kit';
import { mapIds, requireMap } from '$lib/server/site';
import { toViewerMap } from '$lib/core/view/viewer-map';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => mapIds().map((id) => ({ id }));

/**
 * The map as the viewer reads it, fetched beside the laid-out graph: parsed as
 * JSON it costs the browser far less than the same data inlined into the page.
 */
export const GET = ({ params }) => json(toViewerMap(requireMap(params.id)));
