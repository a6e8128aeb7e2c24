import { describe, expect, it } from 'vitest';
import { chainMap } from '$test/deep-chain';
import { referenceMap } from '$test/reference-map';
import { toElements, type GraphData, type NodeElement } from '$lib/core/view/elements';
import { NODE_HEIGHT, NODE_WIDTH, POSITION_HEIGHT, POSITION_WIDTH } from '$lib/core/view/layout';
import { FONT_SIZE, LABEL_ALL_LIMIT, LABEL_ZOOM, LEGIBLE_FONT, READ_ZOOM } from './graph-style';
import { initialViewport, type Viewport } from './viewport';

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
const onScreen = (v: Viewport, p: { x: number; y: number }) => ({
	x: v.pan!.x + v.zoom! * p.x,
	y: v.pan!.y + v.zoom! * p.y
});

/** Nodes whose whole box is on a canvas of this size. */
function inView(data: GraphData, v: Viewport, width: number, height: number): NodeElement[] {
	return data.elements.filter((e): e is NodeElement => {
		if (e.group !== 'nodes') return false;
		const [w, h] =
			e.data.kind === 'position' ? [POSITION_WIDTH, POSITION_HEIGHT] : [NODE_WIDTH, NODE_HEIGHT];
		const a = onScreen(v, { x: e.position.x - w / 2, y: e.position.y - h / 2 });
		const b = onScreen(v, { x: e.position.x + w / 2, y: e.position.y + h / 2 });
		return a.x >= 0 && a.y >= 0 && b.x <= width && b.y <= height;
	});
}

/** The graph's canvas in a 1280×800 window, and in a 390×844 phone's. */
const DESKTOP = [849, 616] as const;
const PHONE = [375, 464] as const;

describe('first view', () => {
	// Changed for the first-sight requirement: a map that cannot be read whole (titles under
	// LEGIBLE_FONT on screen) opens at a readable zoom on its positions instead of whole.
	it('shows a small map whole only when its titles can be read so', () => {
		const data = grid(12);
		const v = initialViewport(data, 2400, 700);
		expect(v.zoomedIn).toBe(false);
		expect(v.zoom! * FONT_SIZE).toBeGreaterThanOrEqual(LEGIBLE_FONT);
		expect(inView(data, v, 2400, 700)).toHaveLength(12);

		const many = grid(120);
		const opened = initialViewport(many, 1000, 700);
		expect(opened.zoom).toBe(READ_ZOOM);
		expect(opened.zoomedIn).toBe(false);
	});

	it('opens the reference map on its positions, with at least ten titles legible besides', () => {
		const data = toElements(referenceMap());
		const [width, height] = DESKTOP;
		const v = initialViewport(data, width, height);
		// Titles are drawn (LABEL_ZOOM) and at least LEGIBLE_FONT on screen.
		expect(v.zoom).toBeGreaterThanOrEqual(LABEL_ZOOM);
		expect(v.zoom! * FONT_SIZE).toBeGreaterThanOrEqual(LEGIBLE_FONT);
		const shown = inView(data, v, width, height);
		const positions = shown.filter((n) => n.data.kind === 'position').map((n) => n.data.id);
		expect(positions.sort()).toEqual(['cross-regional-deterrence', 'global-japan', 'japan-first']);
		expect(shown.length - positions.length).toBeGreaterThanOrEqual(10);
	});

	it('opens the reference map on its thesis on a phone', () => {
		const data = toElements(referenceMap());
		const [width, height] = PHONE;
		const v = initialViewport(data, width, height);
		const shown = inView(data, v, width, height).map((n) => n.data.id);
		expect(shown).toContain('cross-regional-deterrence');
		expect(v.zoom! * FONT_SIZE).toBeGreaterThanOrEqual(LEGIBLE_FONT);
	});

	it('opens a large map at a readable zoom on its first position', () => {
		const data = toElements(chainMap(LABEL_ALL_LIMIT + 200));
		const [width, height] = DESKTOP;
		const v = initialViewport(data, width, height);
		expect(v.zoomedIn).toBe(true);
		expect(v.zoom).toBe(READ_ZOOM);
		const shown = inView(data, v, width, height).map((n) => n.data.id);
		expect(shown).toContain('s0');
		expect(shown.length).toBeGreaterThan(5);
	});

	it('leaves an empty map alone', () => {
		expect(initialViewport({ elements: [], parents: {} }, 1000, 700)).toEqual({ zoomedIn: false });
	});
});
