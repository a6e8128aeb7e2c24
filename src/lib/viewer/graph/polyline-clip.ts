/**
 * The parts of a polyline inside a rectangle, each with how far along the
 * whole line it starts, so that a dash pattern drawn from there lines up with
 * the pattern of the whole line.
 */
import type { Box } from './box-grid';

export interface Piece {
	/** x0, y0, x1, y1, …: the piece's points. */
	points: number[];
	/** Its distance from the polyline's first point, along the polyline. */
	start: number;
}

/** `pts` is x0, y0, x1, y1, …; the rectangle's edges count as inside. */
export function clipPolyline(pts: ArrayLike<number>, rect: Box): Piece[] {
	const pieces: Piece[] = [];
	let current: Piece | null = null;
	let travelled = 0;
	for (let i = 0; i + 3 < pts.length; i += 2) {
		const x0 = pts[i]!;
		const y0 = pts[i + 1]!;
		const x1 = pts[i + 2]!;
		const y1 = pts[i + 3]!;
		const length = Math.hypot(x1 - x0, y1 - y0);
		const inside = clipSegment(x0, y0, x1, y1, rect);
		if (!inside) {
			current = null;
		} else {
			const [t0, t1] = inside;
			const ax = x0 + t0 * (x1 - x0);
			const ay = y0 + t0 * (y1 - y0);
			const bx = x0 + t1 * (x1 - x0);
			const by = y0 + t1 * (y1 - y0);
			if (current && t0 === 0) current.points.push(bx, by);
			else {
				current = { points: [ax, ay, bx, by], start: travelled + t0 * length };
				pieces.push(current);
			}
			// Leaving the rectangle before the segment's end ends the piece.
			if (t1 < 1) current = null;
		}
		travelled += length;
	}
	return pieces;
}

/**
 * The part of the segment inside the rectangle, as the range [t0, t1] of its parameter
 * (Liang–Barsky); null if none of it is.
 */
function clipSegment(
	x0: number,
	y0: number,
	x1: number,
	y1: number,
	rect: Box
): [number, number] | null {
	const dx = x1 - x0;
	const dy = y1 - y0;
	let t0 = 0;
	let t1 = 1;
	// Each side: p·t ≤ q keeps the point on the inner side of it.
	const sides: [number, number][] = [
		[-dx, x0 - rect.x1],
		[dx, rect.x2 - x0],
		[-dy, y0 - rect.y1],
		[dy, rect.y2 - y0]
	];
	for (const [p, q] of sides) {
		if (p === 0) {
			if (q < 0) return null;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return null;
	}
	return [t0, t1];
}
