import { describe, expect, it } from 'vitest';
import type { Annotation } from '$lib/core/annotate/model';
import { noteOptions } from './note-hits';

const base = {
	map: 'm',
	created: '2025-01-01T00:00:00Z',
	modified: '2025-01-01T00:00:00Z',
	tags: []
};
const map = {
	nodes: [{ id: 'a', title: 'Buses first' }] as never[],
	sources: [{ id: 'report', title: 'The 2024 report' }] as never[]
};

describe('notes as options of the search box', () => {
	it('names the node or the source, and goes to the node or the highlight', () => {
		const list: Annotation[] = [
			{ ...base, id: 'n1', kind: 'node', node: 'a', note: 'check the bus counts' },
			{
				...base,
				id: 'h1',
				kind: 'highlight',
				source: 'report',
				anchor: { exact: 'bus use rose', prefix: '', suffix: '', start: 0, end: 12 },
				note: ''
			},
			{ ...base, id: 'gone', kind: 'node', node: 'removed', note: 'bus' }
		];
		expect(noteOptions(list, 'bus', map)).toEqual([
			{ id: 'n1', title: 'Buses first', excerpt: 'check the bus counts', go: { node: 'a' } },
			{
				id: 'h1',
				title: 'Highlight in The 2024 report',
				excerpt: 'bus use rose',
				go: { highlight: 'h1' }
			}
		]);
		expect(noteOptions(list, ' ', map)).toEqual([]);
	});
});
