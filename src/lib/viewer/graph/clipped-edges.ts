/**
 * Long edges stroked only where they can be seen.
 *
 * Cytoscape strokes an edge's whole path, and the browser's canvas, drawing
 * without a GPU, works along all of it even where it is far out of view: for
 * a dashed line it lays every dash. On a map of 10,000 nodes, an edge from a
 * position to a claim a column away ran thousands of pixels, and at the view
 * such a map opens on, some 300 such edges crossed the screen: a frame took
 * 55–65 ms to draw, against 7 ms without them. (A large map's edges are now
 * drawn apart from Cytoscape, cut the same way: edge-canvas.ts. This serves
 * the edges of smaller maps, which can run as far.)
 *
 * So on the screen's own canvases, a straight or bent edge that reaches far
 * outside the view is cut to the view (with a margin that hides its cut
 * ends) and stroked piece by piece, each piece's dashes offset by how far
 * along the edge it starts, so that they lie exactly where the whole edge's
 * would. Anything else (curves, rounded bends, drawing into textures or an
 * exported image) is left to Cytoscape.
 */
import type { Core } from 'cytoscape';
import { grown, type Box } from './box-grid';
import { clipPolyline } from './polyline-clip';

/** Edge shapes whose points are a polyline: the ones this cuts. */
const POLYLINES = new Set(['straight', 'segments']);
/** Beyond the view, in screen pixels: more than any cap, join or arrow of ours reaches. */
const MARGIN_PX = 64;

interface Edge {
	_private: { rscratch: { edgeType?: string; isRound?: boolean; badLine?: boolean } };
	pstyle(name: string): { pfValue: unknown };
}
type DrawEdgePath = (
	edge: Edge,
	context: CanvasRenderingContext2D,
	pts: number[],
	type: string
) => void;

/** The parts of Cytoscape's canvas renderer this relies on (not in its types). */
interface CanvasRenderer {
	drawEdgePath?: DrawEdgePath;
	data?: { contexts?: CanvasRenderingContext2D[] };
	clipsEdges?: boolean;
}

/** Makes `cy`'s canvas renderer stroke long edges only within the view. */
export function clipLongEdges(cy: Core): void {
	const r = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer?.();
	const draw = r?.drawEdgePath;
	if (!r || !draw || r.clipsEdges !== undefined || !Array.isArray(r.data?.contexts)) return;
	r.clipsEdges = true;
	r.drawEdgePath = function (this: CanvasRenderer, edge, context, pts, type) {
		const rs = edge._private.rscratch;
		if (
			!r.clipsEdges ||
			// Only the screen's canvases are drawn at the view; textures and exports are not.
			!r.data!.contexts!.includes(context) ||
			!POLYLINES.has(rs.edgeType ?? '') ||
			rs.isRound ||
			rs.badLine ||
			!pts.every(Number.isFinite)
		)
			return draw.call(this, edge, context, pts, type);
		const view = grown(cy.extent(), MARGIN_PX / cy.zoom());
		if (within(pts, view)) return draw.call(this, edge, context, pts, type);
		strokePieces(edge, context, pts, type, view);
	};
}

/** Strokes the parts of the edge inside `view`, set up as Cytoscape sets up the whole. */
function strokePieces(
	edge: Edge,
	context: CanvasRenderingContext2D,
	pts: number[],
	type: string,
	view: Box
) {
	const dashes =
		type === 'dashed'
			? (edge.pstyle('line-dash-pattern').pfValue as number[])
			: type === 'dotted'
				? [1, 1]
				: [];
	const offset = type === 'dashed' ? (edge.pstyle('line-dash-offset').pfValue as number) : 0;
	const before = context.lineDashOffset;
	context.setLineDash(dashes);
	for (const piece of clipPolyline(pts, view)) {
		context.lineDashOffset = offset + piece.start;
		context.beginPath();
		context.moveTo(piece.points[0]!, piece.points[1]!);
		for (let i = 2; i + 1 < piece.points.length; i += 2)
			context.lineTo(piece.points[i]!, piece.points[i + 1]!);
		context.stroke();
	}
	context.setLineDash([]);
	context.lineDashOffset = before;
}

function within(pts: number[], b: Box): boolean {
	for (let i = 0; i + 1 < pts.length; i += 2)
		if (pts[i]! < b.x1 || pts[i]! > b.x2 || pts[i + 1]! < b.y1 || pts[i + 1]! > b.y2) return false;
	return true;
}
