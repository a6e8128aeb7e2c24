/**
 * Which positions each node bears on, and how: for, against, or both (by
 * different paths). Polarity multiplies along a path, so an attack on an
 * attack on a position counts for it.
 */
import type { ArgumentMap } from '../model';
import { adjacency, polarityOf, type Adjacency, type Polarity } from './adjacency';

export type Stance = 'for' | 'against' | 'mixed';

export interface Bearing {
	position: string;
	stance: Stance;
}

export type BearingIndex = Map<string, Bearing[]>;

/** For every node, the positions it reaches along edges, with their stance. */
export function bearingIndex(map: Pick<ArgumentMap, 'nodes' | 'edges'>, adj: Adjacency = adjacency(map)): BearingIndex {
	const positions = map.nodes.filter((n) => n.kind === 'position').map((n) => n.id);
	const stances = new Map<string, Map<string, Set<Polarity>>>();
	for (const position of positions) {
		// Walk backwards from the position over (node, polarity) states; each state once.
		const seen = new Set<string>([`${position}|1`]);
		const queue: [string, Polarity][] = [[position, 1]];
		for (let i = 0; i < queue.length; i++) {
			const [node, polarity] = queue[i] as [string, Polarity];
			let byPosition = stances.get(node);
			if (!byPosition) stances.set(node, (byPosition = new Map()));
			let set = byPosition.get(position);
			if (!set) byPosition.set(position, (set = new Set()));
			set.add(polarity);
			for (const { edge, other } of adj.incoming(node)) {
				const next = (polarity * polarityOf(edge.kind)) as Polarity;
				const key = `${other}|${next}`;
				if (seen.has(key)) continue;
				seen.add(key);
				queue.push([other, next]);
			}
		}
	}
	const index: BearingIndex = new Map();
	for (const node of map.nodes) {
		const byPosition = stances.get(node.id);
		if (!byPosition) {
			index.set(node.id, []);
			continue;
		}
		index.set(
			node.id,
			[...byPosition].map(([position, set]) => ({
				position,
				stance: set.size > 1 ? 'mixed' : set.has(1) ? 'for' : 'against'
			}))
		);
	}
	return index;
}
