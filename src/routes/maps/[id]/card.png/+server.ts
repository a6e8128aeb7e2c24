import { mapIds, requireMap } from '$lib/server/site';
import { createCardRenderer } from '$lib/server/cards';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => mapIds().map((id) => ({ id }));

const render = createCardRenderer();

/** The map's social card (title, source, shape), drawn at build time. */
export const GET = ({ params }) =>
	new Response(render(requireMap(params.id)), { headers: { 'content-type': 'image/png' } });
