import { describe, expect, it } from 'vitest';
import { referenceMap } from '$test/reference-map';
import { toElements } from '$lib/core/view/elements';
import { openingBatches } from './opening-batch';
import { initialViewport } from './viewport';

describe('the opening batch of a small map', () => {
	const data = toElements(referenceMap());
	const [width, height] = [849, 616];

	it('holds what lies around the opening view; the rest follows, each element once', () => {
		const v = initialViewport(data, width, height);
		const [first, rest] = openingBatches(data, { zoom: v.zoom!, pan: v.pan!, width, height });
		expect(first!.length).toBeGreaterThan(10);
		expect(rest!.length).toBeGreaterThan(0);
		const ids = [...first!, ...rest!].map((e) => e.data.id);
		expect(new Set(ids).size).toBe(data.elements.length);
		// Edges never arrive before both their ends.
		const early = new Set(first!.map((e) => e.data.id));
		for (const e of first!)
			if (e.group === 'edges')
				expect(early.has(e.data.source) && early.has(e.data.target)).toBe(true);
	});

	it('is one batch when the view holds the whole map', () => {
		const far = { zoom: 0.05, pan: { x: 100, y: 100 }, width, height };
		expect(openingBatches(data, far)).toEqual([data.elements]);
	});
});
