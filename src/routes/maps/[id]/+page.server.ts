import { dev } from '$app/environment';
import { error } from '@sveltejs/kit';
import { formatDiagnostic } from '$lib/core';
import { outline } from '$lib/core/view/outline';
import { compileForSite, mapIds } from '$lib/server/site';

export const entries = () => mapIds().map((id) => ({ id }));

export const load = ({ params }) => {
	const result = compileForSite(params.id);
	if (!result.ok) {
		// In dev the page lists the diagnostics; a build stops on them.
		if (dev) return { id: params.id, diagnostics: result.diagnostics, map: null, outline: [] };
		error(
			500,
			`Map ${params.id} has errors:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`
		);
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
			nodes: map.nodes,
			edges: map.edges
		},
		outline: outline(map)
	};
};
