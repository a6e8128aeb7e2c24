import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EdgeKind, NodeKind } from '$lib/core/model';
import type { EdgeElement, GraphData, NodeElement } from '$lib/core/view/elements';
import { bends } from '$lib/core/view/routes';
import {
	INDENT,
	NODE_HEIGHT,
	NODE_WIDTH,
	POSITION_HEIGHT,
	POSITION_WIDTH
} from '$lib/core/view/layout';
import { edgeLines } from './edge-lines';

const node = (id: string, x: number, y: number, kind: NodeKind = 'claim'): NodeElement => ({
	group: 'nodes',
	data: { id, kind, label: id },
	position: { x, y }
});

const edge = (
	id: string,
	source: string,
	target: string,
	more: Partial<EdgeElement['data']> = {},
	kind: EdgeKind = 'supports'
): EdgeElement => ({
	group: 'edges',
	data: { id, source, target, kind, origin: 'relation', cross: false, ...more }
});

const graph = (...elements: GraphData['elements']): GraphData => ({ elements, parents: {} });

describe('a large map’s edge lines', () => {
	it('run from the border of one box to the border of the other', () => {
		const [line] = edgeLines(graph(node('a', 0, 0), node('b', 400, 0), edge('e', 'a', 'b')));
		expect(line!.points).toEqual([NODE_WIDTH / 2, 0, 400 - NODE_WIDTH / 2, 0]);
		expect(line!.box).toEqual({ x1: NODE_WIDTH / 2, y1: 0, x2: 400 - NODE_WIDTH / 2, y2: 0 });
	});

	it('size a position’s box as the style does', () => {
		const [line] = edgeLines(
			graph(node('p', 0, 0, 'position'), node('c', 0, 300), edge('e', 'c', 'p'))
		);
		expect(line!.points[1]).toBeCloseTo(300 - NODE_HEIGHT / 2);
		const wide = edgeLines(
			graph(node('p', 0, 0, 'position'), node('c', 500, 0), edge('e', 'c', 'p'))
		)[0]!;
		expect(wide.points.at(-2)).toBeCloseTo(POSITION_WIDTH / 2);
	});

	it('bend through the points the layout routed them by', () => {
		const s = { x: 0, y: 0 };
		const t = { x: 300, y: 500 };
		const via: [number, number][] = [
			[-120, 0],
			[-120, 500]
		];
		const [line] = edgeLines(
			graph(node('a', s.x, s.y), node('b', t.x, t.y), edge('e', 'a', 'b', bends(s, t, via)))
		);
		// Leaving the source's left side, down the gutter, into the target's left side.
		const p = line!.points;
		expect(p).toHaveLength(8);
		expect(p[0]).toBeCloseTo(-NODE_WIDTH / 2, 0);
		expect(p[1]).toBeCloseTo(0, 0);
		for (const [k, [x, y]] of via.entries()) {
			// Weights and distances are stored rounded: within a tenth of a unit and a little.
			expect(Math.abs(p[2 + 2 * k]! - x)).toBeLessThan(0.2);
			expect(Math.abs(p[3 + 2 * k]! - y)).toBeLessThan(0.2);
		}
		expect(p[6]).toBeCloseTo(300 - NODE_WIDTH / 2, 0);
		expect(p[7]).toBeCloseTo(500, 0);
	});

	it('bow two edges between the same nodes to either side, whichever way each runs', () => {
		const lines = edgeLines(
			graph(
				node('a', 0, 0),
				node('b', 600, 0),
				edge('ab', 'a', 'b', { parallel: true }, 'attacks'),
				edge('ba', 'b', 'a', { parallel: true }, 'attacks')
			)
		);
		// The furthest each strays from the straight line (y = 0): half its control point's 20.
		const stray = (pts: number[]) =>
			pts.filter((_, i) => i % 2 === 1).reduce((a, y) => (Math.abs(y) > Math.abs(a) ? y : a), 0);
		const [ab, ba] = lines.map((l) => stray(l.points));
		expect(Math.sign(ab!)).toBe(-Math.sign(ba!));
		expect(Math.abs(ab!)).toBeCloseTo(10, 0);
		expect(Math.abs(ba!)).toBeCloseTo(10, 0);
	});

	it('take the stylesheet’s order: a parallel edge curves even where the layout bent it', () => {
		const s = { x: 0, y: 0 };
		const t = { x: 0, y: 600 };
		const bent = bends(s, t, [
			[-120, 0],
			[-120, 600]
		]);
		const [line] = edgeLines(
			graph(
				node('a', s.x, s.y),
				node('b', t.x, t.y),
				edge('ab', 'a', 'b', { ...bent, parallel: true }),
				edge('ba', 'b', 'a', { parallel: true })
			)
		);
		// A curve of many pieces, never out to the bend's gutter.
		expect(line!.points.length).toBeGreaterThan(10);
		expect(line!.box.x1).toBeGreaterThan(-30);
	});

	it('start and end on the sides the layout routes an edge by', () => {
		// A child indented under its parent: from its left side to the parent's foot.
		const [indent] = edgeLines(
			graph(node('p', 0, 0), node('c', INDENT, 84), edge('e', 'c', 'p', { indent: true }))
		);
		expect(indent!.points).toEqual([
			INDENT - NODE_WIDTH / 2,
			84,
			INDENT / 2 - NODE_WIDTH / 2,
			NODE_HEIGHT / 2
		]);
		// A column's head: up from its top to the position above.
		const [up] = edgeLines(
			graph(node('pos', 0, 0, 'position'), node('h', 300, 300), edge('e', 'h', 'pos', { up: true }))
		);
		expect(up!.points.slice(0, 2)).toEqual([300, 300 - NODE_HEIGHT / 2]);
		expect(up!.points[3]).toBeCloseTo(POSITION_HEIGHT / 2);
	});

	it('arc over the top row by the distance the layout gave', () => {
		const [arc] = edgeLines(
			graph(
				node('p', 0, 0, 'position'),
				node('q', 1000, 0, 'position'),
				edge('e', 'p', 'q', { arc: -60 }, 'attacks')
			)
		);
		// Above the row (negative y), at half the control point's distance at its highest.
		expect(arc!.box.y1).toBeCloseTo(-30, 0);
		expect(arc!.box.y2).toBeLessThanOrEqual(0);
	});

	it('lay out only the edges between the given nodes, when asked', () => {
		const data = graph(
			node('a', 0, 0),
			node('b', 400, 0),
			node('c', 800, 0),
			edge('ab', 'a', 'b'),
			edge('bc', 'b', 'c'),
			edge('cx', 'c', 'missing')
		);
		expect(edgeLines(data).map((l) => l.id)).toEqual(['ab', 'bc']);
		expect(edgeLines(data, new Set(['a', 'b'])).map((l) => l.id)).toEqual(['ab']);
	});

	it('start and end on the boxes’ borders, wherever the boxes are', () => {
		const onBorder = (x: number, y: number, cx: number, cy: number) => {
			const dx = Math.abs(x - cx) - NODE_WIDTH / 2;
			const dy = Math.abs(y - cy) - NODE_HEIGHT / 2;
			return Math.abs(Math.max(dx, dy)) < 1e-6;
		};
		fc.assert(
			fc.property(
				fc.integer({ min: -5000, max: 5000 }),
				fc.integer({ min: -5000, max: 5000 }),
				(x, y) => {
					fc.pre(Math.abs(x) > NODE_WIDTH || Math.abs(y) > NODE_HEIGHT);
					const [line] = edgeLines(graph(node('a', 0, 0), node('b', x, y), edge('e', 'a', 'b')));
					const p = line!.points;
					return onBorder(p[0]!, p[1]!, 0, 0) && onBorder(p[2]!, p[3]!, x, y);
				}
			)
		);
	});
});
