import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainMap } from '$test/deep-chain';
import { referenceMap } from '$test/reference-map';
import type { ArgumentMap, EdgeKind, MapEdge, MapNode } from '../model';
import {
	THESIS_MARK,
	toElements,
	type EdgeElement,
	type GraphData,
	type NodeElement
} from './elements';
import {
	INDENT,
	NODE_HEIGHT,
	NODE_WIDTH,
	outlineLayout,
	POSITION_HEIGHT,
	POSITION_WIDTH,
	rowOrder,
	TARGET_ASPECT
} from './layout';
import { spanningTree } from './spanning-tree';

const reference = referenceMap();

interface Box {
	id: string;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

const nodesOf = (g: GraphData) => g.elements.filter((e): e is NodeElement => e.group === 'nodes');
const edgesOf = (g: GraphData) => g.elements.filter((e): e is EdgeElement => e.group === 'edges');

/** Each node's box as the graph style draws it. */
function boxes(g: GraphData): Box[] {
	return nodesOf(g).map((n) => {
		const [w, h] =
			n.data.kind === 'position' ? [POSITION_WIDTH, POSITION_HEIGHT] : [NODE_WIDTH, NODE_HEIGHT];
		const { x, y } = n.position;
		return { id: n.data.id, x1: x - w / 2, y1: y - h / 2, x2: x + w / 2, y2: y + h / 2 };
	});
}

/** Pairs of boxes that overlap, found by sweeping along x. */
function overlaps(g: GraphData): string[] {
	const sorted = boxes(g).sort((a, b) => a.x1 - b.x1);
	const found: string[] = [];
	for (let i = 0; i < sorted.length; i++)
		for (let j = i + 1; j < sorted.length && sorted[j]!.x1 < sorted[i]!.x2; j++) {
			const [a, b] = [sorted[i]!, sorted[j]!];
			if (a.y1 < b.y2 && b.y1 < a.y2) found.push(`${a.id} × ${b.id}`);
		}
	return found;
}

/** The width-to-height ratio of all the boxes together. */
function aspect(g: GraphData): number {
	const all = boxes(g);
	const w = Math.max(...all.map((b) => b.x2)) - Math.min(...all.map((b) => b.x1));
	const h = Math.max(...all.map((b) => b.y2)) - Math.min(...all.map((b) => b.y1));
	return w / h;
}

type P = { x: number; y: number };

/** The line an edge is drawn along, as the graph style routes it. */
function drawn(e: EdgeElement, at: Map<string, P>): P[] {
	const s = at.get(e.data.source)!;
	const t = at.get(e.data.target)!;
	if (e.data.indent)
		return [
			{ x: s.x - NODE_WIDTH / 2, y: s.y },
			{ x: t.x - NODE_WIDTH / 2 + INDENT / 2, y: t.y + NODE_HEIGHT / 2 }
		];
	if (e.data.up) return [{ x: s.x, y: s.y - NODE_HEIGHT / 2 }, t];
	const { sw, sd } = e.data;
	if (!sw || !sd) return [s, t];
	const [dx, dy] = [t.x - s.x, t.y - s.y];
	const l = Math.hypot(dx, dy);
	const bends = sw.map((w, i) => ({
		x: s.x + w * dx - (dy / l) * sd[i]!,
		y: s.y + w * dy + (dx / l) * sd[i]!
	}));
	return [s, ...bends, t];
}

/** Whether the segment a–b passes through the inside of the box (Liang–Barsky clipping). */
function crosses(a: P, b: P, box: Box, inset = 2): boolean {
	let t0 = 0;
	let t1 = 1;
	const d = { x: b.x - a.x, y: b.y - a.y };
	const sides: [number, number][] = [
		[-d.x, a.x - (box.x1 + inset)],
		[d.x, box.x2 - inset - a.x],
		[-d.y, a.y - (box.y1 + inset)],
		[d.y, box.y2 - inset - a.y]
	];
	for (const [p, q] of sides) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const r = q / p;
			if (p < 0) t0 = Math.max(t0, r);
			else t1 = Math.min(t1, r);
		}
	}
	return t0 < t1;
}

/** Edges of the reading tree (not cross-links, not curves) that run through a box. */
function throughBoxes(g: GraphData): string[] {
	const at = new Map(nodesOf(g).map((n) => [n.data.id, n.position]));
	const all = boxes(g);
	const found: string[] = [];
	for (const e of edgesOf(g)) {
		if (e.data.cross || e.data.parallel || e.data.arc !== undefined) continue;
		const line = drawn(e, at);
		const lo = { x: Math.min(...line.map((p) => p.x)), y: Math.min(...line.map((p) => p.y)) };
		const hi = { x: Math.max(...line.map((p) => p.x)), y: Math.max(...line.map((p) => p.y)) };
		for (const box of all) {
			if (box.id === e.data.source || box.id === e.data.target) continue;
			if (box.x2 < lo.x || box.x1 > hi.x || box.y2 < lo.y || box.y1 > hi.y) continue;
			for (let i = 1; i < line.length; i++)
				if (crosses(line[i - 1]!, line[i]!, box)) found.push(`${e.data.id} through ${box.id}`);
		}
	}
	return found;
}

const at = (line: number) => ({
	file: 'gen.argdown',
	line,
	column: 1,
	endLine: line,
	endColumn: 1
});
const KINDS: EdgeKind[] = ['supports', 'attacks', 'undercuts', 'contradicts'];

/** A map of up to ~150 nodes: positions, trees under them, cross-links, strays. */
const maps = fc
	.record({
		count: fc.integer({ min: 1, max: 150 }),
		positions: fc.integer({ min: 0, max: 6 }),
		parents: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), {
			minLength: 150,
			maxLength: 150
		}),
		depthBias: fc.double({ min: 0, max: 1, noNaN: true }),
		cross: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 3 })), { maxLength: 20 }),
		strays: fc.nat({ max: 5 }),
		thesis: fc.nat()
	})
	.map(({ count, positions, parents, depthBias, cross, strays, thesis }): ArgumentMap => {
		const nodes: MapNode[] = [];
		const edges: MapEdge[] = [];
		const edge = (from: number, to: number, kind: EdgeKind) =>
			edges.push({
				id: `e${edges.length}`,
				from: `n${from}`,
				to: `n${to}`,
				kind,
				origin: 'relation',
				argdownType: 'support'
			} as MapEdge);
		for (let i = 0; i < count; i++) {
			const position = i < positions;
			nodes.push({
				id: `n${i}`,
				kind: position ? 'position' : i % 7 === 3 ? 'evidence' : 'claim',
				title: `Node ${i}`,
				text: '',
				tags: position ? ['position'] : [],
				location: at(i + 1)
			} as MapNode);
			// Each node bears on an earlier one (deep chains when the bias is high), but strays.
			if (i === 0 || position || i >= count - strays) continue;
			const r = parents[i]!;
			const parent = Math.floor(i - 1 - (i - 1) * (r * (1 - depthBias)));
			edge(i, Math.max(0, Math.min(i - 1, parent)), KINDS[i % 4]!);
		}
		for (const [a, b, k] of cross)
			if (a % count !== b % count) edge(a % count, b % count, KINDS[k]!);
		return {
			id: 'gen',
			title: 'Generated',
			language: 'en',
			file: 'gen.argdown',
			sources: [],
			nodes,
			edges,
			...(positions > 0 ? { thesis: `n${thesis % Math.min(positions, count)}` } : {})
		};
	});

const runs = { numRuns: Number(process.env.FC_RUNS ?? 150) };

describe('the outline layout', () => {
	const graph = toElements(reference);
	const byId = new Map(nodesOf(graph).map((n) => [n.data.id, n]));

	it('puts no box over another, on the reference map and on generated maps', () => {
		expect(overlaps(graph)).toEqual([]);
		fc.assert(
			fc.property(maps, (map) => overlaps(toElements(map)).length === 0),
			runs
		);
	});

	it('runs no edge of the reading tree through a box', () => {
		expect(throughBoxes(graph)).toEqual([]);
		fc.assert(
			fc.property(maps, (map) => throughBoxes(toElements(map)).length === 0),
			runs
		);
	});

	it('places every node, the same way on every run', () => {
		fc.assert(
			fc.property(maps, (map) => {
				const a = toElements(map);
				return (
					JSON.stringify(a) === JSON.stringify(toElements(map)) &&
					outlineLayout(
						spanningTree(map),
						new Set(map.nodes.filter((n) => n.kind === 'position').map((n) => n.id))
					).points.size === map.nodes.length
				);
			}),
			runs
		);
	});

	it('makes the reference map a landscape, near the target proportions', () => {
		expect(aspect(graph)).toBeGreaterThan(TARGET_ASPECT / 1.25);
		expect(aspect(graph)).toBeLessThan(TARGET_ASPECT * 1.25);
	});

	it('stands the positions in one row at the top, the thesis in the middle', () => {
		const positions = nodesOf(graph).filter((n) => n.data.kind === 'position');
		expect(new Set(positions.map((p) => p.position.y)).size).toBe(1);
		const rowY = positions[0]!.position.y;
		for (const n of nodesOf(graph))
			if (n.data.kind !== 'position') expect(n.position.y).toBeGreaterThan(rowY);
		const order = [...positions].sort((a, b) => a.position.x - b.position.x).map((p) => p.data.id);
		expect(order).toEqual(['japan-first', 'cross-regional-deterrence', 'global-japan']);
		expect(rowOrder(['a', 'b', 'c', 'd', 'e'], 'c')).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(rowOrder(['t', 'a', 'b', 'c', 'd'], 't')).toEqual(['a', 'b', 't', 'c', 'd']);
		expect(rowOrder(['a', 'b'], undefined)).toEqual(['a', 'b']);
	});

	it('marks the thesis in its data and its label', () => {
		const thesis = byId.get('cross-regional-deterrence')!;
		expect(thesis.data.thesis).toBe(true);
		expect(thesis.data.label.startsWith(`${THESIS_MARK}\n`)).toBe(true);
		expect(nodesOf(graph).filter((n) => n.data.thesis)).toHaveLength(1);
		// A thesis that names no position marks nothing.
		const wrong = toElements({ ...reference, thesis: 'competition-for-assets' });
		expect(nodesOf(wrong).filter((n) => n.data.thesis)).toEqual([]);
	});

	it('lists each subtree as an outline: a child one level in, below its parent', () => {
		const spanning = spanningTree(reference);
		for (const [child, parent] of spanning.parentOf) {
			const c = byId.get(child)!.position;
			const p = byId.get(parent)!.position;
			if (byId.get(parent)!.data.kind === 'position') continue;
			// Same column: below and one indent in (or level, past the cap); a later column: right.
			if (c.x - p.x <= INDENT) expect(c.y).toBeGreaterThan(p.y);
			else expect(c.x - p.x).toBeGreaterThan(NODE_WIDTH);
		}
	});

	it('lays out long chains in linear time', () => {
		const time = (links: number) => {
			const spanning = spanningTree(chainMap(links));
			let best = Infinity;
			for (let run = 0; run < 3; run++) {
				const start = performance.now();
				outlineLayout(spanning, new Set(['s0']));
				best = Math.min(best, performance.now() - start);
			}
			return best;
		};
		time(2_000); // warm up
		const small = time(10_000);
		const large = time(100_000);
		// Ten times the nodes: about ten times the time; a quadratic pass would take a hundred.
		expect(large / Math.max(small, 1)).toBeLessThan(35);
	});
});
