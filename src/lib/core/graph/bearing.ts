/**
 * Which positions each node bears on, and how: for, against, or both (by
 * different paths). Polarity multiplies along a path, so an attack on an
 * attack on a position counts for it.
 */
import type { GraphShape } from '../model';
import { polarityOf } from './adjacency';

export type Stance = 'for' | 'against' | 'mixed';

export interface Bearing {
	position: string;
	stance: Stance;
}

export type BearingIndex = Map<string, Bearing[]>;

const FOR = 1;
const AGAINST = 2;

/**
 * For every node, the positions it reaches along edges, with their stance.
 * Runs one backward walk per position over (node, polarity) states, on
 * integer indices: maps have few positions but may have tens of thousands of nodes.
 */
export function bearingIndex(map: GraphShape): BearingIndex {
	const n = map.nodes.length;
	const indexOf = new Map(map.nodes.map((node, i) => [node.id, i]));
	// Incoming edges in compressed rows: for node i, sources[start[i]..start[i+1]) with their signs.
	// Two passes over the edges (count, then fill) keep allocation flat on large maps.
	const start = new Int32Array(n + 1);
	const forEachIncoming = (visit: (to: number, from: number, sign: number) => void) => {
		for (const e of map.edges) {
			const from = indexOf.get(e.from);
			const to = indexOf.get(e.to);
			if (from === undefined || to === undefined) continue;
			const sign = polarityOf(e.kind);
			visit(to, from, sign);
			if (e.kind === 'contradicts') visit(from, to, sign);
		}
	};
	forEachIncoming((to) => start[to + 1]!++);
	for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
	const sources = new Int32Array(start[n]!);
	const signs = new Int8Array(start[n]!);
	const fill = start.slice(0, n);
	forEachIncoming((to, from, sign) => {
		const at = fill[to]!++;
		sources[at] = from;
		signs[at] = sign;
	});

	const result: Bearing[][] = Array.from({ length: n }, () => []);
	const seen = new Uint8Array(n);
	const queue = new Int32Array(2 * n);
	map.nodes.forEach((position, p) => {
		if (position.kind !== 'position') return;
		// Three shared records per position: large maps would otherwise allocate one per node and position.
		const stances: Record<number, Bearing> = {
			[FOR]: { position: position.id, stance: 'for' },
			[AGAINST]: { position: position.id, stance: 'against' },
			[FOR | AGAINST]: { position: position.id, stance: 'mixed' }
		};
		let head = 0;
		let tail = 0;
		seen[p] = FOR;
		queue[tail++] = p * 2; // state = node * 2 + (polarity is against ? 1 : 0)
		while (head < tail) {
			const state = queue[head++]!;
			const node = state >> 1;
			const against = state & 1;
			for (let k = start[node]!; k < start[node + 1]!; k++) {
				const other = sources[k]!;
				const nextAgainst = signs[k]! < 0 ? against ^ 1 : against;
				const bit = nextAgainst ? AGAINST : FOR;
				if (seen[other]! & bit) continue;
				seen[other]! |= bit;
				queue[tail++] = other * 2 + nextAgainst;
			}
		}
		// Every reached node was queued: read the stances off the queue, and clear `seen`
		// as we go so that the next position starts from nothing.
		for (let q = 0; q < tail; q++) {
			const i = queue[q]! >> 1;
			const s = seen[i]!;
			if (s === 0) continue; // already read (queued with both polarities)
			result[i]!.push(stances[s]!);
			seen[i] = 0;
		}
	});
	return new Map(map.nodes.map((node, i) => [node.id, result[i]!]));
}
