import { dev } from '$app/environment';
import { compileForSite, mapIds, refuse } from '$lib/server/site';

export const entries = () => mapIds().map((id) => ({ id }));

export const load = ({ params }) => {
	const result = compileForSite(params.id);
	if (!result.ok) {
		// In dev the page lists the diagnostics; a build stops on them.
		if (dev) return { id: params.id, diagnostics: result.diagnostics, map: null };
		refuse(params.id, result.diagnostics);
	}
	const { map } = result;
	return {
		id: map.id,
		diagnostics: result.diagnostics,
		map: {
			id: map.id,
			title: map.title,
			language: map.language,
			sources: map.sources,
			// Locations are for diagnostics and the CLI; the browser does without them.
			nodes: map.nodes.map(({ location: _location, ...node }) => node),
			edges: map.edges
		}
	};
};
