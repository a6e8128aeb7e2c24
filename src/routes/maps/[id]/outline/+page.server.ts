import { compileForSite, mapIds, refuse } from '$lib/server/site';

export const entries = () => mapIds().map((id) => ({ id }));

// The whole map as nested lists, complete without JavaScript: it loads no script. A large map's
// page links here for readers without JavaScript instead of carrying the outline itself.
export const csr = false;

export const load = ({ params }) => {
	const result = compileForSite(params.id);
	if (!result.ok) refuse(params.id, result.diagnostics);
	return { id: result.map.id, title: result.map.title };
};
