import { describe, expect, it } from 'vitest';
import { chainMap } from '$test/deep-chain';
import { bearingIndex } from './bearing';
import { flatTrace, traceNode } from './trace';
import { treeRows } from './tree-rows';

describe('traceNode on a chain of 10,000 links', () => {
	const map = chainMap(10_000);

	it('finds the one chain from the far end to the position, and says the depth limit cut the search', () => {
		const t = traceNode(map, 's10000');
		expect(t.chains).toHaveLength(1);
		const [chain] = t.chains;
		expect(chain?.position).toBe('s0');
		expect(chain?.polarity).toBe(1);
		expect(chain?.steps).toHaveLength(10_000);
		expect(chain?.steps[0]).toMatchObject({ from: 's10000', to: 's9999', kind: 'supports' });
		expect(chain?.steps.at(-1)).toMatchObject({ from: 's1', to: 's0' });
		expect(t.truncated).toBe(true);
	});

	it('is complete, and not truncated, when no limit is reached', () => {
		const t = traceNode(map, 's10000', { maxDepth: 20_000 });
		expect(t.chains.map((c) => c.steps.length)).toEqual([10_000]);
		expect(t.truncated).toBe(false);
	});

	it('traces the position through all 10,000 levels, and flattens the tree for JSON', () => {
		const t = traceNode(map, 's0');
		expect(t.supporters).toHaveLength(10_000);
		expect(t.contesters).toEqual([]);
		expect(t.chains).toEqual([{ position: 's0', polarity: 1, steps: [] }]);
		expect(t.truncated).toBe(false);
		const flat = flatTrace(t);
		expect(flat.branches).toHaveLength(10_000);
		expect(flat.branches[9_999]).toEqual({
			node: 's10000',
			edge: 's10000--supports--s9999',
			kind: 'supports',
			polarity: 1,
			depth: 10_000,
			parent: 9_998
		});
		expect(JSON.parse(JSON.stringify(flat)).branches).toHaveLength(10_000);
	});
});

describe('bearingIndex on a chain of 10,000 links', () => {
	it('has every link bear on the position', () => {
		const index = bearingIndex(chainMap(10_000));
		expect(index.get('s10000')).toEqual([{ position: 's0', stance: 'for' }]);
		expect(index.get('s5000')).toEqual([{ position: 's0', stance: 'for' }]);
	});
});

describe('traceNode limits', () => {
	it('always gives a node that reaches a position a chain to it, however long', () => {
		// Past the default depth limit of 40 steps the old search found nothing and said nothing was cut.
		const t = traceNode(chainMap(50), 's50');
		expect(t.chains.map((c) => [c.position, c.steps.length])).toEqual([['s0', 50]]);
		expect(t.truncated).toBe(true);
	});

	it('lists the shortest chain first, even when the enumeration was cut before reaching it', () => {
		const map = chainMap(60);
		const shortcut = {
			id: 's60--attacks--s0',
			from: 's60',
			to: 's0',
			kind: 'attacks' as const,
			origin: 'relation' as const
		};
		const t = traceNode({ ...map, edges: [...map.edges, shortcut] }, 's60');
		expect(t.chains[0]).toEqual({
			position: 's0',
			polarity: -1,
			steps: [{ edge: shortcut.id, from: 's60', to: 's0', kind: 'attacks' }]
		});
		expect(t.chains).toHaveLength(1);
		expect(t.truncated).toBe(true);
	});

	it('says when the step budget cut the enumeration', () => {
		const full = traceNode(chainMap(30), 's30');
		expect(full.truncated).toBe(false);
		const cut = traceNode(chainMap(30), 's30', { maxSteps: 10 });
		expect(cut.truncated).toBe(true);
		expect(cut.chains).toEqual(full.chains);
	});
});

describe('treeRows', () => {
	type T = { id: string; children: T[] };
	const leaf = (id: string, ...children: T[]): T => ({ id, children });

	it('lists a tree in reading order with depth, parent, extent and place among siblings', () => {
		const rows = treeRows([leaf('a', leaf('b', leaf('c')), leaf('d')), leaf('e')]);
		expect(rows.map((r) => [r.item.id, r.depth, r.parent, r.end, r.position, r.siblings])).toEqual([
			['a', 0, -1, 4, 1, 2],
			['b', 1, 0, 3, 1, 2],
			['c', 2, 1, 3, 1, 1],
			['d', 1, 0, 4, 2, 2],
			['e', 0, -1, 5, 2, 2]
		]);
	});

	it('walks a tree 100,000 levels deep', () => {
		const root = leaf('0');
		let at = root;
		for (let i = 1; i < 100_000; i++) at = at.children[0] = leaf(String(i));
		const rows = treeRows([root]);
		expect(rows).toHaveLength(100_000);
		expect(rows[99_999]).toMatchObject({ depth: 99_999, parent: 99_998, end: 100_000 });
		expect(rows[0]?.end).toBe(100_000);
	});
});
