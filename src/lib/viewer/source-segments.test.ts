import { describe, expect, it } from 'vitest';
import type { MapNode } from '$lib/core';
import { sourceSegments } from './source-segments';

const evidence = (id: string, start: number, end: number): MapNode => ({
	id,
	kind: 'evidence',
	title: id,
	text: '',
	tags: [],
	location: { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1 },
	quote: { source: 's', exact: '', prefix: '', suffix: '', start, end }
});

describe('sourceSegments', () => {
	it('cuts the text at every quote boundary and lists the quotes covering each run', () => {
		const segs = sourceSegments('abcdefghij', 's', [evidence('a', 2, 6), evidence('b', 4, 8)]);
		expect(segs.map((s) => [s.text, s.nodes])).toEqual([
			['ab', []],
			['cd', ['a']],
			['ef', ['a', 'b']],
			['gh', ['b']],
			['ij', []]
		]);
		expect(segs.map((s) => s.text).join('')).toBe('abcdefghij');
	});

	it('ignores quotes of other sources and unresolved ones', () => {
		expect(sourceSegments('abc', 'other', [evidence('a', 0, 2), evidence('b', -1, -1)])).toEqual([
			{ text: 'abc', start: 0, nodes: [] }
		]);
	});
});
