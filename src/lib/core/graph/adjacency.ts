/**
 * Edge lists by node, in both directions. `contradicts` is symmetric, so it is
 * listed as going both ways; everything else points from the node that bears
 * on another to its target.
 */
import type { EdgeKind, GraphShape, MapEdge } from '../model';

export type Polarity = 1 | -1;

export const polarityOf = (kind: EdgeKind): Polarity => (kind === 'supports' ? 1 : -1);

/** One step along an edge, seen from the node it starts at. */
export interface Step {
	edge: MapEdge;
	/** The node at the other end. */
	other: string;
}

export interface Adjacency {
	/** Edges along which `node` bears on another node. */
	outgoing(node: string): readonly Step[];
	/** Edges along which another node bears on `node`. */
	incoming(node: string): readonly Step[];
}

export function adjacency(map: Pick<GraphShape, 'edges'>): Adjacency {
	const out = new Map<string, Step[]>();
	const inc = new Map<string, Step[]>();
	const push = (m: Map<string, Step[]>, key: string, step: Step) => {
		const list = m.get(key);
		if (list) list.push(step);
		else m.set(key, [step]);
	};
	for (const edge of map.edges) {
		push(out, edge.from, { edge, other: edge.to });
		push(inc, edge.to, { edge, other: edge.from });
		if (edge.kind === 'contradicts') {
			push(out, edge.to, { edge, other: edge.from });
			push(inc, edge.from, { edge, other: edge.to });
		}
	}
	const none: Step[] = [];
	return { outgoing: (n) => out.get(n) ?? none, incoming: (n) => inc.get(n) ?? none };
}
