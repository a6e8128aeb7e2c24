import { describe, expect, it } from 'vitest';
import type { GraphData } from '$lib/core/view/elements';
import { BATCH_FROM, FIRST_BATCH_MARGIN, batches } from './batches';

function chain(count: number): GraphData {
	const elements: GraphData['elements'] = [];
	for (let i = 0; i < count; i++) {
		elements.push({
			group: 'nodes',
			data: { id: `n${i}`, kind: 'claim', label: `N${i}` },
			position: { x: (i % 100) * 200, y: Math.floor(i / 100) * 100 }
		});
		if (i > 0)
			elements.push({
				group: 'edges',
				data: {
					id: `e${i}`,
					source: `n${i}`,
					target: `n${i - 1}`,
					kind: 'supports',
					origin: 'relation',
					cross: false
				}
			});
	}
	return { elements, parents: {} };
}

const view = { zoom: 1, pan: { x: 0, y: 0 }, width: 1000, height: 600 };

describe('drawing in batches', () => {
	it('keeps a map up to the limit in one batch', () => {
		const data = chain(BATCH_FROM);
		expect(batches(data, view)).toEqual([data.elements]);
	});

	it('puts the nodes around the view first, then the rest, each element exactly once', () => {
		const data = chain(5000);
		const out = batches(data, view, { size: 1000 });
		expect(out.length).toBeGreaterThan(2);
		const first = new Set(out[0]!.filter((e) => e.group === 'nodes').map((e) => e.data.id));
		// Every node in the view, and around it nothing beyond the margin.
		const m = FIRST_BATCH_MARGIN;
		for (const n of data.elements) {
			if (n.group !== 'nodes') continue;
			const { x, y } = n.position;
			if (x >= 0 && x <= 1000 && y >= 0 && y <= 600) expect(first.has(n.data.id)).toBe(true);
			const beyond = x < -m * 1000 || x > (1 + m) * 1000 || y < -m * 600 || y > (1 + m) * 600;
			if (beyond) expect(first.has(n.data.id)).toBe(false);
		}
		const ids = out.flat().map((e) => e.data.id);
		expect(new Set(ids).size).toBe(data.elements.length);
		expect(ids.length).toBe(data.elements.length);
	});

	it('never hands over an edge before both its ends', () => {
		const out = batches(chain(4000), view, { size: 700 });
		const seen = new Set<string>();
		for (const batch of out) {
			for (const e of batch) if (e.group === 'nodes') seen.add(e.data.id);
			for (const e of batch)
				if (e.group === 'edges') {
					expect(seen.has(e.data.source)).toBe(true);
					expect(seen.has(e.data.target)).toBe(true);
				}
		}
	});

	it('holds the nodes only when asked, in the same batches', () => {
		const data = chain(4000);
		const nodesOf = (b: GraphData['elements']) => b.filter((e) => e.group === 'nodes');
		const withEdges = batches(data, view, { size: 700 });
		const nodesOnly = batches(data, view, { size: 700, edges: false });
		expect(nodesOnly).toEqual(withEdges.map(nodesOf));
		expect(nodesOnly.flat().length).toBe(4000);
	});
});
