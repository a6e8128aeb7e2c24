import { describe, expect, it } from 'vitest';
import { sampleMap } from '$test/sample-map';
import { printedMap } from './print';
import { toViewerMap } from './viewer-map';

describe('the printed map', () => {
	const printed = printedMap(toViewerMap(sampleMap().map));

	it('lists every node in reading order, each quote beside its node', () => {
		const titles = printed.rows.map((r) => r.title);
		expect(new Set(titles)).toEqual(new Set(sampleMap().map.nodes.map((n) => n.title)));
		expect(printed.rows[0]).toMatchObject({ title: 'Fox', depth: 0, kind: 'position' });
		expect(printed.rows.find((r) => r.title === 'Jump')).toMatchObject({
			depth: 1,
			relation: 'supports',
			quote: { exact: 'jumps over', source: 'A sentence' }
		});
	});

	it('has the overview and the sources, without their texts', () => {
		expect(printed.positions.map((p) => p.title)).toEqual(['Fox']);
		expect(printed.sources).toEqual([
			{ id: 'text', title: 'A sentence', url: 'https://example.org/fox' }
		]);
	});
});
