import { describe, expect, it } from 'vitest';
import type { MapEdge } from '../model';
import { adjacency } from './adjacency';
import { folds, hiddenByCollapse, neighbourhood } from './neighbourhood';

const edge = (from: string, to: string, kind: MapEdge['kind'] = 'supports'): MapEdge => ({
	id: `${from}-${to}`,
	from,
	to,
	kind,
	origin: 'relation'
});

describe('neighbourhood', () => {
	const graph = adjacency({ edges: [edge('b', 'a'), edge('c', 'b'), edge('d', 'c', 'attacks')] });

	it('takes N steps either way along edges', () => {
		expect([...neighbourhood('b', 1, graph)].sort()).toEqual(['a', 'b', 'c']);
		expect([...neighbourhood('a', 2, graph)].sort()).toEqual(['a', 'b', 'c']);
		expect([...neighbourhood('a', 0, graph)]).toEqual(['a']);
		expect([...neighbourhood('d', 9, graph)].sort()).toEqual(['a', 'b', 'c', 'd']);
	});

	it('follows a contradiction from either end, once', () => {
		const g = adjacency({ edges: [edge('p', 'q', 'contradicts')] });
		expect([...neighbourhood('q', 1, g)].sort()).toEqual(['p', 'q']);
	});
});

describe('folds', () => {
	const parents = { b: 'a', c: 'b', d: 'c', e: 'a' };

	it('hides every descendant of a collapsed node, not the node itself', () => {
		expect([...hiddenByCollapse(new Set(['b']), parents)].sort()).toEqual(['c', 'd']);
		expect(hiddenByCollapse(new Set(), parents).size).toBe(0);
	});

	it('counts a fold inside a fold with the outermost, whichever is named first', () => {
		for (const order of [
			['c', 'a'],
			['a', 'c']
		]) {
			const { hidden, counts } = folds(new Set(order), parents);
			expect([...hidden].sort()).toEqual(['b', 'c', 'd', 'e']);
			expect(Object.fromEntries(counts)).toEqual({ a: 4, c: 0 });
		}
	});

	it('reads each parent link a bounded number of times on a chain 10,000 deep', () => {
		// Walking up from every node to find a collapsed ancestor reads ~50 million links here.
		const n = 10_000;
		const chain: Record<string, string> = {};
		for (let i = 1; i <= n; i++) chain[`s${i}`] = `s${i - 1}`;
		let reads = 0;
		const counted = new Proxy(chain, {
			get(target, key) {
				reads++;
				return Reflect.get(target, key);
			}
		});
		const { hidden, counts } = folds(new Set(['s0', 's5000']), counted);
		expect(hidden.size).toBe(n);
		expect(counts.get('s0')).toBe(n);
		expect(counts.get('s5000')).toBe(0);
		expect(reads).toBeLessThanOrEqual(2 * n);
	});
});
