/**
 * A large map's edges as lines the viewer draws itself (edge-canvas.ts), not
 * as Cytoscape elements. Cytoscape styles, routes and measures every edge it
 * holds, which on a map of 10,000 nodes cost as much again as drawing its
 * nodes: handed only the nodes, it draws the whole map sooner than it draws
 * the plain graph with its own defaults. The lines are laid out once from
 * the graph data: the same bends as Cytoscape's `segments` edges take
 * (core/view/routes.ts), two edges between the same nodes curving apart, each
 * line cut where it meets the boxes it joins. How a line looks (colour, dash,
 * width, arrow, and a trace's or a dimmed element's change to it) follows
 * the large map's Cytoscape style (graph-style.ts).
 */
import type { EdgeKind } from '$lib/core/model';
import type { EdgeElement, GraphData, NodeElement } from '$lib/core/view/elements';
import { NODE_HEIGHT, NODE_WIDTH, POSITION_HEIGHT, POSITION_WIDTH } from '$lib/core/view/layout';
import { RELATION_STYLE } from '../graph-style';
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
	/** Halfway along the line, where its arrow sits, and the way the line runs there. */
	mid: { x: number; y: number; dx: number; dy: number };
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
	for (const e of data.elements) {
		if (e.group === 'nodes') nodes.set(e.data.id, e);
		else edges.push(e);
	}
	const bows = parallelBows(edges);
	const out: EdgeLine[] = [];
	for (const e of edges) {
		if (among && !(among.has(e.data.source) && among.has(e.data.target))) continue;
		const s = nodes.get(e.data.source);
		const t = nodes.get(e.data.target);
		if (!s || !t) continue;
		const path = routed(s.position, t.position, e.data, bows.get(e.data.id) ?? 0);
		const points = cutAtBoxes(path, boxOf(s), boxOf(t));
		out.push({
			id: e.data.id,
			source: e.data.source,
			target: e.data.target,
			kind: e.data.kind,
			cross: e.data.cross,
			points,
			box: boundsOf(points),
			mid: halfway(points)
		});
	}
	return out;
}

type Point = { x: number; y: number };

/** The path between the two centres: bent, bowed apart from a parallel edge, or straight. */
function routed(s: Point, t: Point, data: EdgeElement['data'], bow: number): number[] {
	const dx = t.x - s.x;
	const dy = t.y - s.y;
	const length = Math.hypot(dx, dy);
	if (data.sw && data.sd && length > 0) {
		// The inverse of routes.ts's `bends`: a weight along the line and a distance off it.
		const nx = -dy / length;
		const ny = dx / length;
		const pts = [s.x, s.y];
		data.sw.forEach((w, i) => {
			const d = data.sd![i] ?? 0;
			pts.push(s.x + w * dx + d * nx, s.y + w * dy + d * ny);
		});
		pts.push(t.x, t.y);
		return pts;
	}
	if (bow && length > 0) {
		const cx = (s.x + t.x) / 2 - (dy / length) * bow;
		const cy = (s.y + t.y) / 2 + (dx / length) * bow;
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
	return [s.x, s.y, t.x, t.y];
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

const pieceLength = (pts: number[], i: number) =>
	Math.hypot(pts[i + 2]! - pts[i]!, pts[i + 3]! - pts[i + 1]!);

function halfway(pts: number[]): EdgeLine['mid'] {
	let total = 0;
	for (let i = 0; i + 3 < pts.length; i += 2) total += pieceLength(pts, i);
	let left = total / 2;
	for (let i = 0; i + 3 < pts.length; i += 2) {
		const l = pieceLength(pts, i);
		if (left <= l && l > 0) {
			const dx = (pts[i + 2]! - pts[i]!) / l;
			const dy = (pts[i + 3]! - pts[i + 1]!) / l;
			return { x: pts[i]! + dx * left, y: pts[i + 1]! + dy * left, dx, dy };
		}
		left -= l;
	}
	return { x: pts[0] ?? 0, y: pts[1] ?? 0, dx: 1, dy: 0 };
}

/** The class an edge wears in a highlight ('' for none), as highlight.ts gives it. */
export type EdgeClass = '' | 'dim' | 'trace-support' | 'trace-attack' | (string & {});

export interface EdgeLook {
	color: string;
	/** Dash and gap lengths in layout units; none for a solid line. */
	dash: readonly number[];
	width: number;
	opacity: number;
	/** A trace's halo under the line: its colour and how wide it is. */
	halo: { color: string; width: number } | null;
	arrow: (typeof RELATION_STYLE)[EdgeKind]['arrow'];
	/** The arrow's length and breadth, as Cytoscape sizes it for this width. */
	arrowSize: number;
}

/** Cytoscape's dash patterns, so that a large map's lines read as a small map's do. */
const DASH = { solid: [], dashed: [6, 3], dotted: [1, 1] } as const;
const HALO = { 'trace-support': '#007a5e', 'trace-attack': '#c14d00' } as Record<string, string>;
/** As the style's `underlay-padding` on a traced element, on each side of the line. */
const HALO_PADDING = 8;
const ARROW_SCALE = 1.2;

/** How an edge of `kind` is drawn when it wears `cls` (graph-style.ts, large maps). */
export function edgeLook(kind: EdgeKind, cross: boolean, cls: EdgeClass): EdgeLook {
	const s = RELATION_STYLE[kind];
	const traced = cls in HALO;
	const width = traced ? 4 : kind === 'contradicts' ? 5 : 2;
	return {
		color: s.color,
		dash: DASH[s.line],
		width,
		opacity: traced ? 1 : cls === 'dim' ? 0.15 : cross ? 0.55 : 1,
		halo: traced ? { color: HALO[cls]!, width: width + 2 * HALO_PADDING } : null,
		arrow: s.arrow,
		// Cytoscape's own rule for an arrow's size.
		arrowSize: Math.max(Math.pow(width * 13.37, 0.9), 29) * ARROW_SCALE
	};
}

/**
 * The arrow shapes, as Cytoscape defines them: the tip at (0, 0), the line coming from
 * negative y; multiplied by the arrow's size.
 */
export const ARROW_SHAPES: Record<EdgeLook['arrow'], readonly number[]> = {
	triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
	tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
	square: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3],
	diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0]
};

/** The arrow's outline at the middle of `line`: x0, y0, x1, y1, … */
export function arrowAt(line: EdgeLine, look: EdgeLook): number[] {
	const { x, y, dx, dy } = line.mid;
	const size = look.arrowSize;
	// Shape y runs along the line; shape x across it, to the line's right.
	const shape = ARROW_SHAPES[look.arrow];
	const out: number[] = [];
	// Centred on the middle, as Cytoscape centres a middle arrow.
	const back = 0.15;
	for (let i = 0; i + 1 < shape.length; i += 2) {
		const sx = shape[i]! * size;
		const sy = (shape[i + 1]! + back) * size;
		out.push(x - dy * sx + dx * sy, y + dx * sx + dy * sy);
	}
	return out;
}
