import { json } from '@sveltejs/kit';
import { toElements } from '$lib/core/view/elements';
import { mapIds, requireMap } from '$lib/server/site';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => mapIds().map((id) => ({ id }));

/** The laid-out graph, computed at build time so the browser only draws it. */
export const GET = ({ params }) => json(toElements(requireMap(params.id)));
