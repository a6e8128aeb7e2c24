import { describe, expect, it } from 'vitest';
import { keyTarget, RowLayout, rowsToDraw } from './virtual-list';

const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}`);

describe('where the rows of a long list lie', () => {
	it('places rows by their estimates, then by what was measured', () => {
		const layout = new RowLayout();
		layout.setRows(keys(10_000), (i) => (i % 2 ? 40 : 60));
		expect(layout.total).toBe(500_000);
		expect(layout.top(3)).toBe(60 + 40 + 60);
		expect(layout.indexAt(159)).toBe(2);
		expect(layout.indexAt(160)).toBe(3);
		expect(layout.indexAt(10e6)).toBe(9_999);

		expect(layout.measure('k1', 100)).toBe(true);
		expect(layout.measure('k1', 100.2)).toBe(false);
		expect(layout.top(3)).toBe(60 + 100 + 60);
		expect(layout.total).toBe(500_060);
	});

	it('keeps a measure by key when rows are filtered and shown again', () => {
		const layout = new RowLayout();
		layout.setRows(['a', 'b', 'c'], () => 50);
		layout.measure('c', 80);
		layout.setRows(['c'], () => 50);
		expect(layout.total).toBe(80);
		layout.setRows(['a', 'b', 'c'], () => 50);
		expect(layout.total).toBe(180);
	});

	it('draws the rows in view and a margin on each side, never past the ends', () => {
		const layout = new RowLayout();
		layout.setRows(keys(1_000), () => 50);
		expect(layout.window(1_000, 1_500, 200)).toEqual({ start: 16, end: 35 });
		expect(layout.window(-300, 400, 100)).toEqual({ start: 0, end: 11 });
		expect(layout.window(49_800, 52_000, 100)).toEqual({ start: 994, end: 1_000 });
		layout.setRows([], () => 50);
		expect(layout.window(0, 800, 100)).toEqual({ start: 0, end: 0 });
	});
});

describe('the rows drawn', () => {
	it('keeps the row holding the focus, in its place in the order', () => {
		expect(rowsToDraw({ start: 10, end: 13 }, null, 100)).toEqual([10, 11, 12]);
		expect(rowsToDraw({ start: 10, end: 13 }, 2, 100)).toEqual([2, 10, 11, 12]);
		expect(rowsToDraw({ start: 10, end: 13 }, 50, 100)).toEqual([10, 11, 12, 50]);
		expect(rowsToDraw({ start: 10, end: 13 }, 11, 100)).toEqual([10, 11, 12]);
		expect(rowsToDraw({ start: 10, end: 13 }, 500, 100)).toEqual([10, 11, 12]);
	});
});

describe('moving between rows by keyboard', () => {
	it('goes by one, by a page, or to either end, and stays in the list', () => {
		expect(keyTarget('ArrowDown', 4, 10, 3)).toBe(5);
		expect(keyTarget('ArrowUp', 0, 10, 3)).toBe(0);
		expect(keyTarget('PageDown', 8, 10, 3)).toBe(9);
		expect(keyTarget('PageUp', 8, 10, 3)).toBe(5);
		expect(keyTarget('Home', 8, 10, 3)).toBe(0);
		expect(keyTarget('End', 2, 10, 3)).toBe(9);
		expect(keyTarget('PageDown', 2, 10, 0)).toBe(3);
		expect(keyTarget('Tab', 2, 10, 3)).toBeNull();
		expect(keyTarget('End', 0, 0, 3)).toBeNull();
	});
});
