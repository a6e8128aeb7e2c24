import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoxGrid, type Box } from './box-grid';

const meets = (a: Box, b: Box) => !(a.x1 > b.x2 || b.x1 > a.x2 || a.y1 > b.y2 || b.y1 > a.y2);
const box = (x: number, y: number, w: number, h: number): Box => ({
	x1: x,
	y1: y,
	x2: x + w,
	y2: y + h
});

const coordinate = fc.double({ min: -5000, max: 5000, noNaN: true });
const size = fc.double({ min: 0, max: 800, noNaN: true });
const anyBox = fc.oneof(
	{ weight: 20, arbitrary: fc.tuple(coordinate, coordinate, size, size).map((t) => box(...t)) },
	// What a renderer may hold for an element it could not measure.
	{
		weight: 1,
		arbitrary: fc.constantFrom(box(NaN, 0, 10, 10), box(0, 0, Infinity, 10), {
			x1: 10,
			y1: 10,
			x2: 0,
			y2: 0
		})
	}
);

describe('BoxGrid', () => {
	it('answers every box that meets the area, each once, in ascending order', () => {
		fc.assert(
			fc.property(fc.array(anyBox, { maxLength: 300 }), anyBox, (boxes, area) => {
				const near = BoxGrid.of(boxes).near(area);
				expect(near).toEqual([...new Set(near)].sort((a, b) => a - b));
				const found = new Set(near);
				boxes.forEach((b, i) => {
					if (meets(b, area)) expect(found.has(i), `box ${i}`).toBe(true);
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('answers many areas in a row from one grid, as frames do', () => {
		fc.assert(
			fc.property(
				fc.array(anyBox, { minLength: 1, maxLength: 200 }),
				fc.array(anyBox, { minLength: 2, maxLength: 10 }),
				(boxes, areas) => {
					const grid = BoxGrid.of(boxes);
					for (const area of areas) {
						const found = new Set(grid.near(area));
						boxes.forEach((b, i) => {
							if (meets(b, area)) expect(found.has(i)).toBe(true);
						});
					}
				}
			)
		);
	});

	it('leaves out most of a large spread of small boxes', () => {
		const boxes: Box[] = [];
		for (let i = 0; i < 10_000; i++)
			boxes.push(box((i % 100) * 300, Math.floor(i / 100) * 200, 160, 60));
		const grid = BoxGrid.of(boxes);
		// A view of about 4 × 4 of them.
		const near = grid.near(box(3000, 2000, 1200, 800));
		expect(near.length).toBeGreaterThanOrEqual(16);
		expect(near.length).toBeLessThan(100);
	});

	it('finds a box spanning the grid wherever an area meets it', () => {
		const boxes = [box(0, 0, 10, 10), box(990, 990, 10, 10), box(0, 0, 1000, 1000)];
		for (let i = 0; i < 200; i++) boxes.push(box((i % 20) * 50, Math.floor(i / 20) * 100, 5, 5));
		const grid = BoxGrid.of(boxes);
		expect(grid.near(box(500, 500, 1, 1))).toContain(2);
		expect(grid.near(box(999, 1, 1, 1))).toContain(2);
		expect(grid.near(box(5000, 5000, 1, 1))).toEqual([]);
	});

	it('stays right when the boxes span so many cells that some are kept aside', () => {
		const big = fc
			.tuple(coordinate, coordinate, fc.double({ min: 0, max: 10_000, noNaN: true }), size)
			.map((t) => box(...t));
		fc.assert(
			fc.property(
				fc.array(fc.oneof(big, anyBox), { minLength: 50, maxLength: 300 }),
				anyBox,
				(boxes, area) => {
					const found = new Set(BoxGrid.of(boxes).near(area));
					boxes.forEach((b, i) => {
						if (meets(b, area)) expect(found.has(i)).toBe(true);
					});
				}
			),
			{ numRuns: 200 }
		);
	});

	it('answers everything to an area that has no place', () => {
		const grid = BoxGrid.of([box(0, 0, 1, 1), box(50, 50, 1, 1)]);
		expect(grid.near(box(NaN, 0, 1, 1))).toEqual([0, 1]);
	});

	it('holds no boxes without failing', () => {
		expect(BoxGrid.of([]).near(box(0, 0, 10, 10))).toEqual([]);
	});
});
