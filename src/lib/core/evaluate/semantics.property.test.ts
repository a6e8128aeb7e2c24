import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomMap } from '$test/frameworks';
import type { EdgeKind, MapEdge } from '../model';
import { referenceMap } from '$test/reference-map';
import { buildFramework, evaluate, runEvaluation, targetsOf } from './index';

/** Small random frameworks: up to 8 nodes, any attacks, self-attacks and cycles included. */
const frameworks = fc.integer({ min: 1, max: 8 }).chain((size) =>
	fc.record({
		size: fc.constant(size),
		attacks: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 20 })
	})
);

/** Who attacks whom, by node id. */
function attackSets(attacks: [number, number][], size: number) {
	const attackedBy = Array.from({ length: size }, () => new Set<string>());
	for (const [a, b] of attacks) attackedBy[b % size]!.add(`n${a % size}`);
	return (id: string) => attackedBy[Number(id.slice(1))]!;
}

const conflictFree = (s: Set<string>, attackersOf: (id: string) => Set<string>) =>
	[...s].every((x) => [...attackersOf(x)].every((a) => !s.has(a)));

const admissible = (s: Set<string>, attackersOf: (id: string) => Set<string>) =>
	conflictFree(s, attackersOf) &&
	[...s].every((x) => [...attackersOf(x)].every((a) => [...attackersOf(a)].some((d) => s.has(d))));

/** Every preferred extension by brute force: the maximal admissible subsets. */
function bruteForcePreferred(size: number, attackersOf: (id: string) => Set<string>): string[] {
	const sets: Set<string>[] = [];
	for (let mask = 0; mask < 1 << size; mask++) {
		const s = new Set<string>();
		for (let i = 0; i < size; i++) if (mask & (1 << i)) s.add(`n${i}`);
		if (admissible(s, attackersOf)) sets.push(s);
	}
	const maximal = sets.filter(
		(s) => !sets.some((t) => t.size > s.size && [...s].every((x) => t.has(x)))
	);
	return maximal.map((s) => [...s].sort().join(',')).sort();
}

describe('semantics, by property', () => {
	it('grounded is a complete labelling, conflict-free and inside every preferred extension', () => {
		fc.assert(
			fc.property(frameworks, ({ size, attacks }) => {
				const map = randomMap(size, attacks);
				const attackersOf = attackSets(attacks, size);
				const e = evaluate(map);
				const inSet = new Set(map.nodes.filter((n) => e.grounded[n.id] === 'in').map((n) => n.id));
				expect(conflictFree(inSet, attackersOf)).toBe(true);
				for (const n of map.nodes) {
					const labels = [...attackersOf(n.id)].map((a) => e.grounded[a]);
					const expected = labels.every((l) => l === 'out')
						? 'in'
						: labels.includes('in')
							? 'out'
							: 'undecided';
					expect(e.grounded[n.id]).toBe(expected);
				}
				for (const ext of e.preferred.extensions) for (const x of inSet) expect(ext).toContain(x);
			}),
			{ numRuns: 400 }
		);
	});

	it('the preferred extensions are exactly the maximal admissible sets', () => {
		fc.assert(
			fc.property(frameworks, ({ size, attacks }) => {
				const map = randomMap(size, attacks);
				const attackersOf = attackSets(attacks, size);
				const e = evaluate(map);
				expect(e.preferred.complete).toBe(true);
				for (const ext of e.preferred.extensions)
					expect(admissible(new Set(ext), attackersOf)).toBe(true);
				const found = e.preferred.extensions.map((x) => [...x].sort().join(',')).sort();
				expect(found).toEqual(bruteForcePreferred(size, attackersOf));
			}),
			{ numRuns: 400 }
		);
	});
});

const edgeKinds: EdgeKind[] = ['supports', 'attacks', 'undercuts', 'contradicts'];

/** Random maps with every edge kind, premise edges and base scores. */
const maps = fc.integer({ min: 1, max: 12 }).chain((size) =>
	fc.record({
		size: fc.constant(size),
		bases: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true })), {
			minLength: size,
			maxLength: size
		}),
		edges: fc.array(
			fc.tuple(fc.nat(size - 1), fc.nat(size - 1), fc.constantFrom(...edgeKinds), fc.boolean()),
			{ maxLength: 30 }
		)
	})
);

function toMap({
	size,
	bases,
	edges
}: {
	size: number;
	bases: (number | null)[];
	edges: [number, number, EdgeKind, boolean][];
}) {
	const mapEdges: MapEdge[] = edges
		.filter(([a, b]) => a !== b)
		.map(([a, b, kind, premise], k) => ({
			id: `e${k}`,
			from: `n${a}`,
			to: `n${b}`,
			kind,
			origin: kind === 'supports' && premise ? 'premise' : 'relation'
		}));
	return {
		nodes: Array.from({ length: size }, (_, i) => ({
			id: `n${i}`,
			kind: 'claim' as const,
			title: `N${i}`,
			...(bases[i] !== null ? { base: bases[i]! } : {})
		})),
		edges: mapEdges
	};
}

describe('DF-QuAD strength, by property', () => {
	it('stays in [0, 1], and equals the base score where nothing attacks or supports', () => {
		fc.assert(
			fc.property(maps, (m) => {
				const map = toMap(m);
				const e = evaluate(map);
				const touched = new Set(
					map.edges.flatMap((x) => (x.kind === 'contradicts' ? [x.to, x.from] : [x.to]))
				);
				for (const n of map.nodes) {
					const s = e.strength[n.id]!;
					expect(s).toBeGreaterThanOrEqual(0);
					expect(s).toBeLessThanOrEqual(1);
					if (!touched.has(n.id)) expect(s).toBeCloseTo(n.base ?? 0.5, 12);
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('evaluation and every explanation never throw, under any what-if', () => {
		fc.assert(
			fc.property(maps, fc.array(fc.nat(11)), (m, reject) => {
				const map = toMap(m);
				const run = runEvaluation(map, { reject: reject.map((i) => `n${i}`) });
				for (const n of map.nodes) expect(run.explain(n.id)?.label).toMatch(/^(In|Out|Undecided)/);
			}),
			{ numRuns: 300 }
		);
	});

	it('secondary attacks: whoever attacks a premise attacks the argument that needs it', () => {
		fc.assert(
			fc.property(maps, (m) => {
				const map = toMap(m);
				const af = buildFramework(map);
				for (const p of map.edges.filter((e) => e.origin === 'premise'))
					for (const a of map.edges.filter(
						(e) => e.to === p.from && (e.kind === 'attacks' || e.kind === 'undercuts')
					))
						expect(targetsOf(af, af.index.get(a.from)!)).toContain(af.index.get(p.to));
			}),
			{ numRuns: 200 }
		);
	});
});

describe('evaluation on a compiled map', () => {
	// The fixtures and the Argdown corpus are read from disk in tests/cli/evaluate.test.ts.
	it('never throws on the reference map, and explains every node', () => {
		const map = referenceMap();
		const run = runEvaluation(map);
		expect(Object.keys(run.evaluation.grounded)).toHaveLength(map.nodes.length);
		for (const n of map.nodes) expect(run.explain(n.id)).toBeDefined();
	});
});
