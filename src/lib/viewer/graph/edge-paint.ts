/**
 * Drawing a group of edge lines that look alike (edge-canvas.ts groups them):
 * on a canvas, a halo, the lines in one stroke and the arrows in one fill; or
 * the same as SVG, for an image of the view.
 */
import type { Box } from './box-grid';
import type { EdgeLine } from './edge-lines';
import { arrowsOf, type EdgeLook } from './edge-look';
import { clipPolyline } from './polyline-clip';

export interface Group {
	look: EdgeLook;
	lines: EdgeLine[];
}

const inBox = (b: Box, inner: Box) =>
	inner.x1 >= b.x1 && inner.x2 <= b.x2 && inner.y1 >= b.y1 && inner.y2 <= b.y2;

function tracePath(ctx: CanvasRenderingContext2D, pts: ArrayLike<number>) {
	ctx.moveTo(pts[0]!, pts[1]!);
	for (let i = 2; i + 1 < pts.length; i += 2) ctx.lineTo(pts[i]!, pts[i + 1]!);
}

/**
 * One group of lines: its halo, its lines in one stroke, its arrows in one fill. A long line is
 * cut to `view` (when given); a dashed one is then stroked piece by piece, each piece's dashes
 * offset by how far along the line it starts, so they do not shift as the view moves.
 */
export function strokeGroup(
	ctx: CanvasRenderingContext2D,
	{ look, lines }: Group,
	view: Box | null,
	arrows: boolean
) {
	const pieces = (l: EdgeLine) =>
		!view || inBox(view, l.box) ? [{ points: l.points, start: 0 }] : clipPolyline(l.points, view);
	ctx.lineJoin = 'miter';
	if (look.halo) {
		// Round-ended, as Cytoscape strokes an underlay.
		ctx.lineCap = 'round';
		ctx.globalAlpha = look.halo.opacity;
		ctx.strokeStyle = look.halo.color;
		ctx.lineWidth = look.halo.width;
		ctx.setLineDash([]);
		ctx.beginPath();
		for (const l of lines) for (const p of pieces(l)) tracePath(ctx, p.points);
		ctx.stroke();
	}
	ctx.lineCap = 'butt';
	ctx.globalAlpha = look.opacity;
	ctx.strokeStyle = look.color;
	ctx.lineWidth = look.width;
	ctx.setLineDash(look.dash);
	ctx.lineDashOffset = 0;
	const apart: { points: number[]; start: number }[] = [];
	ctx.beginPath();
	for (const l of lines)
		for (const p of pieces(l)) {
			if (look.dash.length && p.start > 0) apart.push(p);
			else tracePath(ctx, p.points);
		}
	ctx.stroke();
	for (const p of apart) {
		ctx.lineDashOffset = p.start;
		ctx.beginPath();
		tracePath(ctx, p.points);
		ctx.stroke();
	}
	ctx.setLineDash([]);
	ctx.lineDashOffset = 0;
	if (arrows) {
		ctx.fillStyle = look.color;
		ctx.beginPath();
		for (const l of lines)
			for (const arrow of arrowsOf(l, look)) {
				if (view && !within(view, arrow[0]!, arrow[1]!)) continue;
				tracePath(ctx, arrow);
				ctx.closePath();
			}
		ctx.fill();
	}
	ctx.globalAlpha = 1;
}

const within = (b: Box, x: number, y: number) => x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2;

const round = (n: number) => Math.round(n * 10) / 10;

function svgPath(pts: ArrayLike<number>, close = false): string {
	let d = `M${round(pts[0]!)} ${round(pts[1]!)}`;
	for (let i = 2; i + 1 < pts.length; i += 2) d += `L${round(pts[i]!)} ${round(pts[i + 1]!)}`;
	return close ? `${d}Z` : d;
}

/** One group as SVG: halo, lines and arrows, as `strokeGroup` draws them. */
export function svgGroup({ look, lines }: Group): string {
	const d = lines.map((l) => svgPath(l.points)).join('');
	const dash = look.dash.length ? ` stroke-dasharray="${look.dash.join(' ')}"` : '';
	const halo = look.halo
		? `<path d="${d}" fill="none" stroke="${look.halo.color}" stroke-opacity="${look.halo.opacity}" stroke-width="${look.halo.width}" stroke-linecap="round"/>`
		: '';
	const arrows = lines.flatMap((l) => arrowsOf(l, look).map((a) => svgPath(a, true))).join('');
	return [
		halo,
		`<path d="${d}" fill="none" stroke="${look.color}" stroke-width="${look.width}"${dash} opacity="${look.opacity}"/>`,
		`<path d="${arrows}" fill="${look.color}" opacity="${look.opacity}"/>`
	].join('');
}
