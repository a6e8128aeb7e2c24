import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bearingIndex } from '../graph/bearing';
import type { EdgeKind, GraphShape, MapEdge, NodeKind } from '../model';
import { attackersOf, buildFramework, evaluate } from './index';

/**
 * The objections as their definition reads: an attack or undercut whose author nothing attacks
 * (in the framework), filed under each position its target bears on, on the opposite side.
 */
function byBearing(map: GraphShape, attacked: (id: string) => boolean) {
	const bearing = bearingIndex(map);
	const reports = map.nodes
		.filter((n) => n.kind === 'position')
		.map((p) => ({ position: p.id, against: [] as string[], for: [] as string[] }));
	for (const e of map.edges) {
		if (e.kind !== 'attacks' && e.kind !== 'undercuts') continue;
		if (!map.nodes.some((n) => n.id === e.from) || attacked(e.from)) continue;
		for (const b of bearing.get(e.to) ?? []) {
			const report = reports.find((r) => r.position === b.position)!;
			(b.stance === 'against' ? report.for : report.against).push(e.id);
		}
	}
	return reports;
}

/** The objections found, by edge id, as `byBearing` gives them. */
const edgesOf = (reports: ReturnType<typeof evaluate>['unanswered']) =>
	reports.map((r) => ({
		position: r.position,
		against: r.against.map((o) => o.edge),
		for: r.for.map((o) => o.edge)
	}));

const kinds: EdgeKind[] = ['supports', 'attacks', 'undercuts', 'contradicts'];

/** Random maps with many positions (more than the 32 read at once), cycles and self-loops. */
const maps = fc.integer({ min: 1, max: 80 }).chain((size) =>
	fc.record({
		// Mostly positions, so that many maps have more than 32 of them.
		positions: fc.array(
			fc.nat(4).map((k) => k > 0),
			{ minLength: size, maxLength: size }
		),
		edges: fc.array(
			fc.tuple(fc.nat(size), fc.nat(size - 1), fc.constantFrom(...kinds), fc.boolean()),
			{ maxLength: 120 }
		)
	})
);

function toMap(m: { positions: boolean[]; edges: [number, number, EdgeKind, boolean][] }) {
	const nodes = m.positions.map((position, i) => ({
		id: `n${i}`,
		kind: (position ? 'position' : 'claim') as NodeKind,
		title: `N${i}`
	}));
	const edges: MapEdge[] = m.edges.map(([a, b, kind, premise], k) => ({
		id: `e${k}`,
		// One past the last node names no node: such edges are skipped.
		from: a === nodes.length ? 'nowhere' : `n${a}`,
		to: `n${b}`,
		kind,
		origin: kind === 'supports' && premise ? 'premise' : 'relation'
	}));
	return { nodes, edges };
}

describe('standing objections, by property', () => {
	it('are filed by the bearing of their target, as the bearing index reads it', () => {
		fc.assert(
			fc.property(maps, (m) => {
				const map = toMap(m);
				const e = evaluate(map);
				const af = buildFramework(map);
				// Attacked in the framework: derived attacks through premises count too.
				const attacked = (id: string) => attackersOf(af, af.index.get(id)!).length > 0;
				const expected = byBearing(map, attacked);
				const found = edgesOf(e.unanswered);
				expect(found).toEqual(expected);
			}),
			{ numRuns: 300 }
		);
	});

	it('in a what-if, answered only by nodes not supposed rejected', () => {
		fc.assert(
			fc.property(maps, fc.array(fc.nat(79), { maxLength: 6 }), (m, picks) => {
				const map = toMap(m);
				const reject = [...new Set(picks.filter((p) => p < map.nodes.length).map((p) => `n${p}`))];
				const e = evaluate(map, { reject });
				// The what-if's framework: the reader attacks what is rejected, and so (through its
				// premises) an argument a rejected premise brings down.
				const af = buildFramework(map, { reject });
				const out = new Set(reject);
				// Answered by the reader, or by a node of the map not supposed rejected.
				const attacked = (id: string) =>
					attackersOf(af, af.index.get(id)!).some((a) => a >= af.mapSize || !out.has(af.ids[a]!));
				const expected = byBearing(map, attacked);
				const found = edgesOf(e.unanswered);
				expect(found).toEqual(expected);
			}),
			{ numRuns: 300 }
		);
	});
});
