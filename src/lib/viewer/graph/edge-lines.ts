/**
 * A large map's edges as lines the viewer draws itself (edge-canvas.ts), not
 * as Cytoscape elements. Cytoscape styles, routes and measures every edge it
 * holds, which on a map of 10,000 nodes cost as much again as drawing its
 * nodes: handed only the nodes, it draws the whole map sooner than it draws
 * the plain graph with its own defaults. The lines are laid out once from
 * the graph data as the stylesheet routes a smaller map's edges
 * (graph-style.ts, core/view/routes.ts): the same ends on the boxes' sides,
 * the same bends, the same arcs over the top row, two edges between the same
 * nodes curving apart; an end the style leaves to Cytoscape is where the
 * line meets the box. How a line looks is edge-look.ts.
 */
import type { EdgeKind } from '$lib/core/model';
import type { EdgeElement, GraphData, NodeElement } from '$lib/core/view/elements';
import {
	INDENT_FOOT,
	NODE_HEIGHT,
	NODE_WIDTH,
	POSITION_HEIGHT,
	POSITION_WIDTH
} from '$lib/core/view/layout';
import type { Box } from './box-grid';

export interface EdgeLine {
	id: string;
	source: string;
	target: string;
	kind: EdgeKind;
	cross: boolean;
	/** x0, y0, x1, y1, …: from the source's border to the target's, in layout coordinates. */
	points: number[];
	box: Box;
}

/** How far apart two edges between the same nodes curve, as Cytoscape's own step. */
const PARALLEL_STEP = 40;
/** Straight pieces a curve is drawn with. */
const CURVE_PIECES = 12;

/**
 * The lines of the edges whose two ends are placed, in the order of the data; with `among`,
 * only those of edges between these nodes.
 */
export function edgeLines(data: GraphData, among?: ReadonlySet<string>): EdgeLine[] {
	const nodes = new Map<string, NodeElement>();
	const edges: EdgeElement[] = [];
	// The edges of a pair join the same two nodes: with its ends among the nodes, a pair is whole.
	for (const e of data.elements) {
		if (e.group === 'nodes') {
			if (!among || among.has(e.data.id)) nodes.set(e.data.id, e);
		} else if (!among || (among.has(e.data.source) && among.has(e.data.target))) edges.push(e);
	}
	const bows = parallelBows(edges);
	const out: EdgeLine[] = [];
	for (const e of edges) {
		const s = nodes.get(e.data.source);
		const t = nodes.get(e.data.target);
		if (!s || !t) continue;
		const from = boxOf(s);
		const path = routed(s.position, t.position, e.data, bows.get(e.data.id) ?? 0);
		const points = cutAtBoxes(path, from, boxOf(t));
		out.push({
			id: e.data.id,
			source: e.data.source,
			target: e.data.target,
			kind: e.data.kind,
			cross: e.data.cross,
			points,
			box: boundsOf(points)
		});
	}
	return out;
}

type Point = { x: number; y: number };

/**
 * The path, in the stylesheet's order of precedence: an arc over the top row, else a curve
 * apart from a parallel edge (both between the centres), else bends or a straight line, from
 * a side of the box where the layout routes the edge by one.
 */
function routed(s: Point, t: Point, data: EdgeElement['data'], bow: number): number[] {
	const dx = t.x - s.x;
	const dy = t.y - s.y;
	const length = Math.hypot(dx, dy);
	if (!length) return [s.x, s.y, t.x, t.y];
	// Cytoscape's single control point, the given distance off the middle of the line.
	const off = data.arc ?? bow;
	if (off) return curve(s, t, off);
	const pts = [s.x, s.y];
	if (data.sw && data.sd) {
		// The inverse of routes.ts's `bends`: a weight along the line and a distance off it.
		const nx = -dy / length;
		const ny = dx / length;
		data.sw.forEach((w, i) => {
			const d = data.sd![i] ?? 0;
			pts.push(s.x + w * dx + d * nx, s.y + w * dy + d * ny);
		});
	}
	pts.push(t.x, t.y);
	endOnSides(pts, data, s, t);
	return pts;
}

/**
 * Where the stylesheet starts and ends an edge the layout routes by a side: from the middle of
 * the left side to the foot of the parent, a little in from its left (`indent`), or up from
 * the middle of the top (`up`). A node with such an edge is never a position.
 */
function endOnSides(pts: number[], data: EdgeElement['data'], s: Point, t: Point) {
	const last = pts.length - 2;
	if (data.indent) {
		pts[0] = s.x - NODE_WIDTH / 2;
		pts[last] = t.x + INDENT_FOOT.x;
		pts[last + 1] = t.y + INDENT_FOOT.y;
	} else if (data.up) {
		pts[1] = s.y - NODE_HEIGHT / 2;
	}
}

/** A quadratic curve whose control point lies `off` the middle of the line, normal as bends'. */
function curve(s: Point, t: Point, off: number): number[] {
	const dx = t.x - s.x;
	const dy = t.y - s.y;
	const length = Math.hypot(dx, dy);
	const cx = (s.x + t.x) / 2 - (dy / length) * off;
	const cy = (s.y + t.y) / 2 + (dx / length) * off;
	const pts: number[] = [];
	for (let i = 0; i <= CURVE_PIECES; i++) {
		const u = i / CURVE_PIECES;
		const a = (1 - u) * (1 - u);
		const b = 2 * u * (1 - u);
		const c = u * u;
		pts.push(a * s.x + b * cx + c * t.x, a * s.y + b * cy + c * t.y);
	}
	return pts;
}

/**
 * How far each edge that shares its two nodes with another bows from the straight line, signed
 * along its own normal: the edges of a pair spread evenly about it, whichever way each runs.
 */
function parallelBows(edges: EdgeElement[]): Map<string, number> {
	const pairs = new Map<string, EdgeElement[]>();
	for (const e of edges) {
		if (!e.data.parallel) continue;
		const { source: a, target: b } = e.data;
		const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
		const list = pairs.get(key);
		if (list) list.push(e);
		else pairs.set(key, [e]);
	}
	const bows = new Map<string, number>();
	for (const list of pairs.values())
		list.forEach((e, k) => {
			const offset = (k - (list.length - 1) / 2) * PARALLEL_STEP;
			// The normal of an edge running the other way points the other way.
			bows.set(e.data.id, e.data.source < e.data.target ? offset : -offset);
		});
	return bows;
}

/** A node's box, as the style sizes it. */
function boxOf(n: NodeElement): Box {
	const position = n.data.kind === 'position';
	const w = (position ? POSITION_WIDTH : NODE_WIDTH) / 2;
	const h = (position ? POSITION_HEIGHT : NODE_HEIGHT) / 2;
	return { x1: n.position.x - w, y1: n.position.y - h, x2: n.position.x + w, y2: n.position.y + h };
}

const inside = (b: Box, x: number, y: number) => x > b.x1 && x < b.x2 && y > b.y1 && y < b.y2;

/**
 * The path from where it leaves the source's box to where it enters the target's. A path
 * wholly inside a box (boxes that overlap) is kept whole: there is nothing else to draw.
 */
function cutAtBoxes(pts: number[], from: Box, to: Box): number[] {
	const last = pts.length / 2 - 1;
	let i = 0;
	while (i < last && inside(from, pts[2 * i + 2]!, pts[2 * i + 3]!)) i++;
	let j = last;
	while (j > i && inside(to, pts[2 * j - 2]!, pts[2 * j - 1]!)) j--;
	if (i === last || j <= i) return pts;
	const start = exit(from, pts[2 * i + 2]!, pts[2 * i + 3]!, pts[2 * i]!, pts[2 * i + 1]!);
	const end = exit(to, pts[2 * j - 2]!, pts[2 * j - 1]!, pts[2 * j]!, pts[2 * j + 1]!);
	const out = [start[0], start[1]];
	for (let k = 2 * i + 2; k < 2 * j; k++) out.push(pts[k]!);
	out.push(end[0], end[1]);
	return out;
}

/**
 * Where the segment from (ox, oy), outside the box, to (ix, iy) first meets the box; the
 * inner point itself when it is not inside.
 */
function exit(b: Box, ox: number, oy: number, ix: number, iy: number): [number, number] {
	if (!inside(b, ix, iy) || inside(b, ox, oy)) return [ix, iy];
	const dx = ix - ox;
	const dy = iy - oy;
	let t = 1;
	if (dx > 0) t = Math.min(t, Math.max(0, (b.x1 - ox) / dx));
	if (dx < 0) t = Math.min(t, Math.max(0, (b.x2 - ox) / dx));
	let u = 1;
	if (dy > 0) u = Math.min(u, Math.max(0, (b.y1 - oy) / dy));
	if (dy < 0) u = Math.min(u, Math.max(0, (b.y2 - oy) / dy));
	// The segment enters the box when it is past both the vertical and the horizontal side.
	const at = Math.max(dx ? t : 0, dy ? u : 0);
	return [ox + at * dx, oy + at * dy];
}

function boundsOf(pts: number[]): Box {
	const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
	for (let i = 0; i + 1 < pts.length; i += 2) {
		box.x1 = Math.min(box.x1, pts[i]!);
		box.x2 = Math.max(box.x2, pts[i]!);
		box.y1 = Math.min(box.y1, pts[i + 1]!);
		box.y2 = Math.max(box.y2, pts[i + 1]!);
	}
	return box;
}
