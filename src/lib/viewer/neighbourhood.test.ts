import { describe, expect, it } from 'vitest';
import { hiddenByCollapse, neighbourhood } from './neighbourhood';

const edges = [
	{ source: 'b', target: 'a' },
	{ source: 'c', target: 'b' },
	{ source: 'd', target: 'c' }
];

describe('neighbourhood', () => {
	it('takes N steps either way along edges', () => {
		expect([...neighbourhood('b', 1, edges)].sort()).toEqual(['a', 'b', 'c']);
		expect([...neighbourhood('a', 2, edges)].sort()).toEqual(['a', 'b', 'c']);
		expect([...neighbourhood('a', 0, edges)]).toEqual(['a']);
	});
});

describe('hiddenByCollapse', () => {
	it('hides every descendant of a collapsed node, not the node itself', () => {
		const parents = { b: 'a', c: 'b', d: 'c', e: 'a' };
		expect([...hiddenByCollapse(new Set(['b']), parents)].sort()).toEqual(['c', 'd']);
		expect(hiddenByCollapse(new Set(), parents).size).toBe(0);
	});
});
