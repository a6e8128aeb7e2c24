/**
 * How a large map's edge line looks (edge-lines.ts lays it out): as
 * Cytoscape draws a smaller map's edges from the same stylesheet values
 * (graph-style.ts: RELATION_STYLE, EDGE_LOOK). Colour, dash and arrow tell
 * the relation; a cross-link is fainter; a trace's edges are heavier over a
 * halo of the trace's colour, and everything else is dimmed.
 */
import type { EdgeKind } from '$lib/core/model';
import { EDGE_LOOK, RELATION_STYLE } from '../graph-style';
import type { EdgeLine } from './edge-lines';

export interface EdgeLook {
	color: string;
	/** Dash and gap lengths in layout units; none for a solid line. */
	dash: readonly number[];
	width: number;
	opacity: number;
	/** A trace's halo under the line: its colour and how wide it is. */
	halo: { color: string; width: number; opacity: number } | null;
	/** The arrow at the target, and the one at the source (contradiction's diamond) if any. */
	arrow: Arrow;
	sourceArrow: Arrow | null;
	/** An arrow's length and breadth, as Cytoscape sizes it for this width. */
	arrowSize: number;
}

type Arrow = (typeof RELATION_STYLE)[EdgeKind]['arrow'];

/** Cytoscape's dash patterns, so that a large map's lines read as a small map's do. */
const DASH = { solid: [], dashed: [6, 3], dotted: [1, 1] } as const;

const traceColor = (cls: string): string | undefined =>
	(EDGE_LOOK.traceColor as Record<string, string>)[cls];

/**
 * How an edge of `kind` is drawn when it wears `cls`, the class a highlight gives it
 * (highlight.ts: '' for none, 'dim', 'trace-support', 'trace-attack').
 */
export function edgeLook(kind: EdgeKind, cross: boolean, cls: string): EdgeLook {
	const s = RELATION_STYLE[kind];
	const halo = traceColor(cls);
	const width = halo
		? EDGE_LOOK.tracedWidth
		: kind === 'contradicts'
			? EDGE_LOOK.contradictsWidth
			: EDGE_LOOK.width;
	return {
		color: s.color,
		dash: DASH[s.line],
		width,
		opacity: halo ? 1 : cls === 'dim' ? EDGE_LOOK.dimOpacity : cross ? EDGE_LOOK.crossOpacity : 1,
		// Cytoscape strokes an edge's underlay twice its padding wide, whatever the edge's width.
		halo: halo
			? { color: halo, width: 2 * EDGE_LOOK.halo.padding, opacity: EDGE_LOOK.halo.opacity }
			: null,
		arrow: s.arrow,
		sourceArrow: kind === 'contradicts' ? 'diamond' : null,
		// Cytoscape's own rule for an arrow's size.
		arrowSize: Math.max(Math.pow(width * 13.37, 0.9), 29) * EDGE_LOOK.arrowScale
	};
}

/**
 * The arrow shapes, as Cytoscape defines them: the tip at (0, 0), the line coming from
 * negative y; multiplied by the arrow's size.
 */
export const ARROW_SHAPES: Record<Arrow, readonly number[]> = {
	triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
	tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
	square: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3],
	diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0]
};

/**
 * The outlines of a line's arrows (x0, y0, x1, y1, … each): at its target, its tip where the
 * line ends, pointing the way the last piece runs; and at its source, pointing back.
 */
export function arrowsOf(line: EdgeLine, look: EdgeLook): number[][] {
	const p = line.points;
	const n = p.length;
	const out = [arrowAt(look.arrow, look.arrowSize, p[n - 2]!, p[n - 1]!, p[n - 4]!, p[n - 3]!)];
	if (look.sourceArrow)
		out.push(arrowAt(look.sourceArrow, look.arrowSize, p[0]!, p[1]!, p[2]!, p[3]!));
	return out;
}

/** The arrow of `shape` with its tip at (x, y), coming from (fromX, fromY). */
function arrowAt(
	shape: Arrow,
	size: number,
	x: number,
	y: number,
	fromX: number,
	fromY: number
): number[] {
	const length = Math.hypot(x - fromX, y - fromY) || 1;
	const dx = (x - fromX) / length;
	const dy = (y - fromY) / length;
	const out: number[] = [];
	const points = ARROW_SHAPES[shape];
	// Shape y runs along the line, towards the tip; shape x across it.
	for (let i = 0; i + 1 < points.length; i += 2) {
		const sx = points[i]! * size;
		const sy = points[i + 1]! * size;
		out.push(x - dy * sx + dx * sy, y + dx * sx + dy * sy);
	}
	return out;
}
