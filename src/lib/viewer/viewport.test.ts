import { describe, expect, it } from 'vitest';
import type { GraphData } from '$lib/core/view/elements';
import { LABEL_ALL_LIMIT, READ_ZOOM } from './graph-style';
import { initialViewport } from './viewport';

function grid(count: number): GraphData {
	const elements: GraphData['elements'] = [];
	for (let i = 0; i < count; i++)
		elements.push({
			group: 'nodes',
			data: { id: `n${i}`, kind: i % 50 === 0 ? 'position' : 'claim', label: `N${i}` },
			position: { x: 200 + (i % 40) * 200, y: 100 + Math.floor(i / 40) * 100 }
		});
	return { elements, parents: {} };
}

/** Where a layout point lands on screen. */
const onScreen = (
	v: { zoom?: number; pan?: { x: number; y: number } },
	p: { x: number; y: number }
) => ({
	x: v.pan!.x + v.zoom! * p.x,
	y: v.pan!.y + v.zoom! * p.y
});

describe('first view', () => {
	it('shows a small map whole', () => {
		const data = grid(120);
		const v = initialViewport(data, 1000, 700);
		expect(v.zoomedIn).toBe(false);
		for (const e of data.elements) {
			if (e.group !== 'nodes') continue;
			const p = onScreen(v, e.position);
			expect(p.x).toBeGreaterThanOrEqual(0);
			expect(p.x).toBeLessThanOrEqual(1000);
			expect(p.y).toBeGreaterThanOrEqual(0);
			expect(p.y).toBeLessThanOrEqual(700);
		}
	});

	it('opens a large map at a readable zoom on its first position', () => {
		const data = grid(LABEL_ALL_LIMIT + 200);
		const v = initialViewport(data, 1000, 700);
		expect(v.zoomedIn).toBe(true);
		expect(v.zoom).toBe(READ_ZOOM);
		const first = onScreen(v, { x: 200, y: 100 });
		expect(first.x).toBeGreaterThan(0);
		expect(first.x).toBeLessThan(200);
		expect(first.y).toBe(350);
	});

	it('leaves an empty map alone', () => {
		expect(initialViewport({ elements: [], parents: {} }, 1000, 700)).toEqual({ zoomedIn: false });
	});
});
