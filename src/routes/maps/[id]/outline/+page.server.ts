import { error } from '@sveltejs/kit';
import { compileForSite, outlinePageIds, refuse, travelsApart } from '$lib/server/site';
import { siteRoot } from '$lib/server/publish';
import { siteUrl, segment } from '$lib/core/view/page-head';

export const entries = () => outlinePageIds().map((id) => ({ id }));

// The whole map as nested lists, complete without JavaScript: it loads no script. A large map's
// page links here for readers without JavaScript instead of carrying the outline itself; a
// smaller map's page carries it, and has no outline page.
export const csr = false;

export const load = ({ params }) => {
	const result = compileForSite(params.id);
	if (!result.ok) refuse(params.id, result.diagnostics);
	if (!travelsApart(result.map))
		error(404, `The outline of map "${params.id}" is on the map's own page`);
	const { map } = result;
	return {
		id: map.id,
		title: map.title,
		nodes: map.nodes.length,
		url: siteUrl(siteRoot(), `maps/${segment(map.id)}/outline/`)
	};
};
