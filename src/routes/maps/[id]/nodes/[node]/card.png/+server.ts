import { error } from '@sveltejs/kit';
import { requireMap } from '$lib/server/site';
import { positionCardEntries } from '$lib/server/publish';
import { createCardRenderer } from '$lib/server/cards';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = positionCardEntries;

const render = createCardRenderer();

/**
 * A position's own card: the map's card with the position's title and its box marked. Only
 * positions get one: a card costs a few hundred milliseconds (docs/publishing.md).
 */
export const GET = ({ params }) => {
	const map = requireMap(params.id);
	if (!map.nodes.some((n) => n.id === params.node && n.kind === 'position'))
		error(404, `No card for node "${params.node}"`);
	return new Response(render(map, params.node), { headers: { 'content-type': 'image/png' } });
};
