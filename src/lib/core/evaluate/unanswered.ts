/**
 * Standing objections: written attacks and undercuts whose author nothing
 * attacks back (a "dropped" argument on a debate flow), listed per position
 * by the side they take on it.
 */
import { bearingIndex } from '../graph/bearing';
import type { GraphShape } from '../model';
import type { Framework } from './framework';

export interface Objection {
	/** The edge id of the attack or undercut. */
	edge: string;
	from: string;
	to: string;
	kind: 'attacks' | 'undercuts';
}

export interface PositionObjections {
	position: string;
	/** Unanswered objections that tell against the position. */
	against: Objection[];
	/** Unanswered objections that help it (they attack something against it). */
	for: Objection[];
}

/** Unanswered attacks and undercuts per position, in map order. */
export function unansweredObjections(map: GraphShape, af: Framework): PositionObjections[] {
	const bearing = bearingIndex(map);
	const reports = map.nodes
		.filter((n) => n.kind === 'position')
		.map((p): PositionObjections => ({ position: p.id, against: [], for: [] }));
	const byPosition = new Map(reports.map((r) => [r.position, r]));
	for (const e of map.edges) {
		if (e.kind !== 'attacks' && e.kind !== 'undercuts') continue;
		const from = af.index.get(e.from);
		if (from === undefined || af.attackers[from]!.length > 0) continue;
		const objection: Objection = { edge: e.id, from: e.from, to: e.to, kind: e.kind };
		// An attack takes the opposite side of its target's on each position the target bears on.
		for (const b of bearing.get(e.to) ?? []) {
			const report = byPosition.get(b.position)!;
			if (b.stance === 'against') report.for.push(objection);
			else report.against.push(objection);
		}
	}
	return reports;
}
