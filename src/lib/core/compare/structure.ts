/**
 * Structure, as in similarity flooding: a pair whose neighbours are matched
 * to each other is more likely right. Given a first assignment, each pair
 * gains in proportion to the share of its neighbours that the assignment
 * pairs with each other; pairs with nothing in common gain nothing, so the
 * structure never makes a match out of shape alone.
 */
import type { ComparableMap } from './types';
import type { Candidate } from './assign';
import { WEIGHTS, type Tuning } from './similarity';

/** Neighbours of every node by index, whatever the edge's direction or kind. */
export function neighbourIndex(map: ComparableMap): Set<number>[] {
	const indexOf = new Map(map.nodes.map((n, i) => [n.id, i]));
	const out = map.nodes.map(() => new Set<number>());
	for (const e of map.edges) {
		const a = indexOf.get(e.from);
		const b = indexOf.get(e.to);
		if (a === undefined || b === undefined || a === b) continue;
		out[a]!.add(b);
		out[b]!.add(a);
	}
	return out;
}

/** The candidates with their structural gain added, given a first assignment. */
export function withStructure(
	pairs: readonly Candidate[],
	first: readonly Candidate[],
	refNeighbours: Set<number>[],
	stuNeighbours: Set<number>[],
	tuning: Tuning = WEIGHTS
): Candidate[] {
	const partner = new Map(first.map((c) => [c.r, c.s]));
	return pairs.map((c) => {
		if (c.score < tuning.structureFloor) return c;
		const rn = refNeighbours[c.r]!;
		const sn = stuNeighbours[c.s]!;
		const fewer = Math.min(rn.size, sn.size);
		if (fewer === 0) return c;
		let matched = 0;
		for (const r of rn) {
			const s = partner.get(r);
			if (s !== undefined && sn.has(s)) matched++;
		}
		if (matched === 0) return c;
		const gain = tuning.structureGain * Math.min(1, matched / fewer);
		return { ...c, score: c.score + gain, reasons: [...c.reasons, 'neighbours'] };
	});
}
