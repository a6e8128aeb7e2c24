import { describe, expect, it } from 'vitest';
import { chainMap } from '$test/deep-chain';
import { COLUMN_GAP, COLUMN_WIDTH, outlineLayout, TARGET_ASPECT } from './layout';
import { spanningTree } from './spanning-tree';

describe('outlineLayout on deep maps', () => {
	// Changed for the first-sight requirement: a chain used to run one column per level,
	// `{ x: LINKS * LEVEL_WIDTH, y: 0 }`; it is now poured into columns of the target proportions.
	it('lays out a chain of 100,000 links in columns, near the target proportions', () => {
		const layout = outlineLayout(spanningTree(chainMap(100_000)), new Set(['s0']));
		expect(layout.points.size).toBe(100_001);
		expect(layout.row).toEqual(['s0']);
		const last = layout.points.get('s100000')!;
		expect(last.column).toBe(layout.columns.length - 1);
		const width = layout.columns.at(-1)! + COLUMN_WIDTH + COLUMN_GAP;
		let bottom = 0;
		for (const p of layout.points.values()) bottom = Math.max(bottom, p.y);
		expect(width / bottom).toBeGreaterThan(TARGET_ASPECT / 1.25);
		expect(width / bottom).toBeLessThan(TARGET_ASPECT * 1.25);
		// One link per row: no two nodes share a place.
		const places = new Set([...layout.points.values()].map((p) => `${p.x},${p.y}`));
		expect(places.size).toBe(100_001);
	});
});
