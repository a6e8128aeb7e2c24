import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipPolyline, type Piece } from './polyline-clip';
import type { Box } from './box-grid';

/** The point at distance `s` along a polyline (its last point past its end). */
function pointAt(pts: number[], s: number): [number, number] {
	let left = s;
	for (let i = 0; i + 3 < pts.length; i += 2) {
		const length = Math.hypot(pts[i + 2]! - pts[i]!, pts[i + 3]! - pts[i + 1]!);
		if (left <= length) {
			const t = length === 0 ? 0 : left / length;
			return [pts[i]! + t * (pts[i + 2]! - pts[i]!), pts[i + 1]! + t * (pts[i + 3]! - pts[i + 1]!)];
		}
		left -= length;
	}
	return [pts[pts.length - 2]!, pts[pts.length - 1]!];
}
const lengthOf = (pts: number[]) => {
	let sum = 0;
	for (let i = 0; i + 3 < pts.length; i += 2)
		sum += Math.hypot(pts[i + 2]! - pts[i]!, pts[i + 3]! - pts[i + 1]!);
	return sum;
};
const strictlyInside = (x: number, y: number, r: Box, margin: number) =>
	x > r.x1 + margin && x < r.x2 - margin && y > r.y1 + margin && y < r.y2 - margin;

const coordinate = fc.integer({ min: -2000, max: 2000 });
const polyline = fc
	.array(fc.tuple(coordinate, coordinate), { minLength: 2, maxLength: 8 })
	.map((ps) => ps.flat());
const rect = fc
	.tuple(
		coordinate,
		coordinate,
		fc.integer({ min: 1, max: 2500 }),
		fc.integer({ min: 1, max: 2500 })
	)
	.map(([x, y, w, h]) => ({ x1: x, y1: y, x2: x + w, y2: y + h }));

describe('clipPolyline', () => {
	it('keeps every point inside, where the whole line has it, and nothing outside', () => {
		fc.assert(
			fc.property(polyline, rect, (pts, r) => {
				const pieces = clipPolyline(pts, r);
				for (const piece of pieces)
					for (let i = 0; i < piece.points.length; i += 2) {
						expect(piece.points[i]!).toBeGreaterThanOrEqual(r.x1 - 1e-6);
						expect(piece.points[i]!).toBeLessThanOrEqual(r.x2 + 1e-6);
						expect(piece.points[i + 1]!).toBeGreaterThanOrEqual(r.y1 - 1e-6);
						expect(piece.points[i + 1]!).toBeLessThanOrEqual(r.y2 + 1e-6);
					}
				const total = lengthOf(pts);
				for (let k = 0; k <= 64; k++) {
					const s = (total * k) / 64;
					const p = pointAt(pts, s);
					if (!strictlyInside(p[0], p[1], r, 1e-6)) continue;
					// A piece holds this point at the same distance from where the line starts.
					const holder = pieces.find(
						(q: Piece) => q.start <= s + 1e-6 && s <= q.start + lengthOf(q.points) + 1e-6
					);
					expect(holder, `distance ${s}`).toBeDefined();
					const q = pointAt(holder!.points, Math.max(0, s - holder!.start));
					expect(q[0]).toBeCloseTo(p[0], 4);
					expect(q[1]).toBeCloseTo(p[1], 4);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('cuts a long line crossing a view down to the view, its dashes in step', () => {
		const pieces = clipPolyline([0, -10_000, 0, 10_000], { x1: -50, y1: 0, x2: 50, y2: 100 });
		expect(pieces).toEqual([{ points: [0, 0, 0, 100], start: 10_000 }]);
	});

	it('gives a line that leaves and comes back one piece per visit', () => {
		const pieces = clipPolyline([0, 0, 200, 0, 200, 50, 0, 50], {
			x1: -1,
			y1: -1,
			x2: 100,
			y2: 100
		});
		expect(pieces.map((p) => p.start)).toEqual([0, 350]);
	});

	it('joins the segments of a line that stays inside into one piece', () => {
		const pts = [0, 0, 10, 0, 10, 10, 0, 10];
		expect(clipPolyline(pts, { x1: -1, y1: -1, x2: 20, y2: 20 })).toEqual([
			{ points: pts, start: 0 }
		]);
	});

	it('gives nothing for a line that never enters', () => {
		expect(clipPolyline([0, 0, 10, 10], { x1: 100, y1: 100, x2: 200, y2: 200 })).toEqual([]);
	});
});
