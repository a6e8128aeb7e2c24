import { describe, expect, it } from 'vitest';
import { moveInGrid } from './flow-grid';

describe('flow grid cursor', () => {
	it('moves one cell with the arrows and stops at the edges', () => {
		expect(moveInGrid({ row: 0, col: 0 }, 'ArrowRight', 3, 4)).toEqual({ row: 0, col: 1 });
		expect(moveInGrid({ row: 0, col: 3 }, 'ArrowRight', 3, 4)).toEqual({ row: 0, col: 3 });
		expect(moveInGrid({ row: 2, col: 1 }, 'ArrowDown', 3, 4)).toEqual({ row: 2, col: 1 });
		expect(moveInGrid({ row: 0, col: 0 }, 'ArrowUp', 3, 4)).toEqual({ row: 0, col: 0 });
		expect(moveInGrid({ row: 1, col: 0 }, 'ArrowLeft', 3, 4)).toEqual({ row: 1, col: 0 });
	});

	it('jumps along the row with Home and End, to the corners with Ctrl, ten rows by page', () => {
		expect(moveInGrid({ row: 1, col: 2 }, 'Home', 3, 4)).toEqual({ row: 1, col: 0 });
		expect(moveInGrid({ row: 1, col: 2 }, 'End', 3, 4)).toEqual({ row: 1, col: 3 });
		expect(moveInGrid({ row: 1, col: 2 }, 'End', 3, 4, true)).toEqual({ row: 2, col: 3 });
		expect(moveInGrid({ row: 1, col: 2 }, 'Home', 3, 4, true)).toEqual({ row: 0, col: 0 });
		expect(moveInGrid({ row: 1, col: 2 }, 'PageDown', 30, 4)).toEqual({ row: 11, col: 2 });
	});

	it('leaves other keys to the page', () => {
		expect(moveInGrid({ row: 0, col: 0 }, 'Enter', 3, 4)).toBeNull();
		expect(moveInGrid({ row: 0, col: 0 }, 'a', 3, 4)).toBeNull();
	});
});
