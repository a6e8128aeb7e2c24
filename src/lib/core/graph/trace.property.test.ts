import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdgeKind, GraphShape, MapEdge, NodeKind } from '../model';
import { polarityOf } from './adjacency';
import { traceNode, type Chain, type TraceOptions } from './trace';

const KINDS: EdgeKind[] = ['supports', 'attacks', 'undercuts', 'contradicts'];

/** Small random graphs: cycles, parallel edges, contradictions both ways and the odd self-loop. */
const graph = fc.integer({ min: 1, max: 7 }).chain((n) =>
	fc.record({
		kinds: fc.array(fc.constantFrom<NodeKind>('position', 'position', 'claim', 'argument'), {
			minLength: n,
			maxLength: n
		}),
		edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(...KINDS)), {
			maxLength: 3 * n
		}),
		start: fc.nat(n - 1),
		options: fc.record(
			{
				maxChains: fc.integer({ min: 1, max: 30 }),
				maxDepth: fc.integer({ min: 0, max: 8 }),
				maxSteps: fc.integer({ min: 0, max: 60 })
			},
			{ requiredKeys: [] }
		)
	})
);

function build({ kinds, edges }: { kinds: NodeKind[]; edges: [number, number, EdgeKind][] }) {
	const map: GraphShape = {
		nodes: kinds.map((kind, i) => ({ id: `n${i}`, kind })),
		edges: edges.map(([from, to, kind], i): MapEdge => ({
			id: `e${i}`,
			from: `n${from}`,
			to: `n${to}`,
			kind,
			origin: 'relation'
		}))
	};
	return map;
}

/** Every simple path from `start` to a position, by plain recursion (fine on seven nodes). */
function allChains(map: GraphShape, start: string): Map<string, Chain> {
	const positions = new Set(map.nodes.filter((n) => n.kind === 'position').map((n) => n.id));
	const found = new Map<string, Chain>();
	const path: Chain['steps'] = [];
	const onPath = new Set([start]);
	const visit = (node: string, polarity: 1 | -1) => {
		if (positions.has(node))
			found.set(key(start, path), { position: node, polarity, steps: [...path] });
		for (const e of map.edges) {
			const ends: [string, string][] = [[e.from, e.to]];
			if (e.kind === 'contradicts') ends.push([e.to, e.from]);
			for (const [from, to] of ends) {
				if (from !== node || onPath.has(to)) continue;
				path.push({ edge: e.id, from, to, kind: e.kind });
				onPath.add(to);
				visit(to, (polarity * polarityOf(e.kind)) as 1 | -1);
				onPath.delete(to);
				path.pop();
			}
		}
	};
	visit(start, 1);
	return found;
}

const key = (start: string, steps: Chain['steps']) =>
	[start, ...steps.map((s) => `${s.edge}>${s.to}`)].join(' ');

describe('traceNode chains (property)', () => {
	it('are valid simple paths to positions, complete unless truncated, with the shortest to each position', () => {
		fc.assert(
			fc.property(graph, (g) => {
				const map = build(g);
				const start = `n${g.start}`;
				const options: TraceOptions = g.options;
				const t = traceNode(map, start, options);
				const expected = allChains(map, start);
				const byId = new Map(map.edges.map((e) => [e.id, e]));
				const positions = new Set(map.nodes.filter((n) => n.kind === 'position').map((n) => n.id));

				const keys = t.chains.map((c) => key(start, c.steps));
				expect(new Set(keys).size).toBe(keys.length);
				for (const c of t.chains) {
					// A valid path: consecutive steps along real edges, no node twice, ending at the position.
					expect(positions.has(c.position)).toBe(true);
					let at = start;
					let polarity = 1;
					const seen = new Set([start]);
					for (const s of c.steps) {
						const e = byId.get(s.edge)!;
						const forward = e.from === s.from && e.to === s.to;
						const backward = e.kind === 'contradicts' && e.to === s.from && e.from === s.to;
						expect(forward || backward).toBe(true);
						expect(s.kind).toBe(e.kind);
						expect(s.from).toBe(at);
						expect(seen.has(s.to)).toBe(false);
						seen.add(s.to);
						at = s.to;
						polarity *= polarityOf(e.kind);
					}
					expect(at).toBe(c.position);
					expect(c.polarity).toBe(polarity);
					expect(expected.has(key(start, c.steps))).toBe(true);
				}
				for (let i = 1; i < t.chains.length; i++)
					expect(t.chains[i]!.steps.length).toBeGreaterThanOrEqual(t.chains[i - 1]!.steps.length);

				// Each position the node reaches gets a chain, and one of the shortest.
				const shortest = new Map<string, number>();
				for (const c of expected.values())
					shortest.set(c.position, Math.min(shortest.get(c.position) ?? Infinity, c.steps.length));
				for (const [position, length] of shortest) {
					const listed = t.chains.filter((c) => c.position === position);
					expect(Math.min(...listed.map((c) => c.steps.length))).toBe(length);
				}

				// Not truncated means complete; and nothing is cut when no limit can be reached.
				if (!t.truncated) expect(new Set(keys)).toEqual(new Set(expected.keys()));
				const roomy =
					(options.maxDepth ?? 40) >= map.nodes.length &&
					(options.maxChains ?? 200) > expected.size &&
					options.maxSteps === undefined;
				if (roomy) expect(t.truncated).toBe(false);
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 300) }
		);
	});
});
