/** The maps the site publishes, and how its index lists them. */
import { delimiter, resolve } from 'node:path';
import { hasErrors, type MapNode } from '../core';
import { compileFile, listMapFiles, mapIdOf } from '../node/maps';

export interface MapSummary {
	id: string;
	title: string;
	language: string;
	sources: { id: string; title: string }[];
	counts: Record<MapNode['kind'] | 'edges', number>;
	errors: number;
}

/**
 * The map files of the site: `arguments/`, or the folders listed in
 * RONTEN_SITE_MAPS (separated like PATH), which tests and benchmarks use to
 * publish maps of their own. The first file of an id wins.
 */
export function siteMapFiles(): string[] {
	const folders = (process.env.RONTEN_SITE_MAPS ?? 'arguments').split(delimiter).filter(Boolean);
	const byId = new Map<string, string>();
	for (const folder of folders)
		for (const file of listMapFiles(resolve(process.cwd(), folder)))
			if (!byId.has(mapIdOf(file))) byId.set(mapIdOf(file), file);
	return [...byId.values()];
}

export function mapSummaries(): MapSummary[] {
	return siteMapFiles().map((file) => {
		const { map, diagnostics } = compileFile(file);
		const count = (kind: MapNode['kind']) => map.nodes.filter((n) => n.kind === kind).length;
		return {
			id: map.id,
			title: map.title,
			language: map.language,
			sources: map.sources.map(({ id, title }) => ({ id, title })),
			counts: {
				position: count('position'),
				claim: count('claim'),
				evidence: count('evidence'),
				argument: count('argument'),
				edges: map.edges.length
			},
			errors: hasErrors(diagnostics) ? diagnostics.filter((d) => d.severity === 'error').length : 0
		};
	});
}
