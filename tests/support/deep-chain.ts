/**
 * A map that is one long chain, built as model objects: `s1` supports `s0` (a position), `s2`
 * supports `s1`, and so on. Argdown itself cannot nest that deep, so tests of deep maps start here.
 */
import type { ArgumentMap, MapEdge, MapNode } from '../../src/lib/core/model';

const at = (line: number) => ({
	file: 'chain.argdown',
	line,
	column: 1,
	endLine: line,
	endColumn: 1
});

/** A chain of `links` supports ending at the position `s0`; `s{links}` is its far end. */
export function chainMap(links: number): ArgumentMap {
	const nodes: MapNode[] = [
		{
			id: 's0',
			kind: 'position',
			title: 'S0',
			text: 'The position.',
			tags: ['position'],
			location: at(1)
		}
	];
	const edges: MapEdge[] = [];
	for (let i = 1; i <= links; i++) {
		nodes.push({
			id: `s${i}`,
			kind: 'claim',
			title: `S${i}`,
			text: `Statement ${i}.`,
			tags: [],
			location: at(i + 1)
		});
		edges.push({
			id: `s${i}--supports--s${i - 1}`,
			from: `s${i}`,
			to: `s${i - 1}`,
			kind: 'supports',
			origin: 'relation',
			argdownType: 'support'
		});
	}
	return {
		id: 'chain',
		title: 'A long chain',
		language: 'en',
		file: 'chain.argdown',
		sources: [],
		nodes,
		edges
	};
}
