/** The maps of the `arguments/` folder as the site shows them in its index. */
import { resolve } from 'node:path';
import { hasErrors, type MapNode } from '../core';
import { compileFile, listMapFiles } from './maps';

export interface MapSummary {
	id: string;
	title: string;
	language: string;
	sources: { id: string; title: string }[];
	counts: Record<MapNode['kind'] | 'edges', number>;
	errors: number;
}

export const argumentsDir = () => resolve(process.cwd(), 'arguments');

export function mapSummaries(dir = argumentsDir()): MapSummary[] {
	return listMapFiles(dir).map((file) => {
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
