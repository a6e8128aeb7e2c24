import { describe, expect, it } from 'vitest';
import { NESTED_LEVELS, TreeView, pruneTree } from './tree-view';

type T = { id: string; keep?: boolean; children: T[] };
const t = (id: string, ...children: T[]): T => ({ id, children });

// a ─ b ─ c
//   └ d
// e
const roots = () => [t('a', t('b', t('c')), t('d')), t('e')];
const ids = (view: TreeView<T, string>, indices: number[]) =>
	indices.map((i) => view.rows[i]!.item.id);

describe('TreeView', () => {
	it('shows every row in reading order, and none under a closed item', () => {
		const view = new TreeView(roots(), (i) => i.id);
		expect(ids(view, view.shown())).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(
			ids(
				view,
				view.shown((i) => i.id === 'b')
			)
		).toEqual(['a', 'b', 'd', 'e']);
		expect(
			ids(
				view,
				view.shown((i) => i.id === 'a' || i.id === 'c')
			)
		).toEqual(['a', 'e']);
	});

	it('finds rows by key and walks up to the root', () => {
		const view = new TreeView(roots(), (i) => i.id);
		expect(ids(view, view.ancestors(view.index('c')!))).toEqual(['b', 'a']);
		expect(view.ancestors(view.index('e')!)).toEqual([]);
		expect(view.index('zz')).toBeUndefined();
	});

	it('lists what lies below an item flat, skipping what is under closed items', () => {
		const [a] = roots();
		const view = new TreeView([a!], (i) => i.id);
		expect(view.below(a!).map((r) => [r.item.id, r.depth])).toEqual([
			['b', 1],
			['c', 2],
			['d', 1]
		]);
		expect(view.below(a!, (i) => i.id === 'b').map((r) => r.item.id)).toEqual(['b', 'd']);
	});

	it('knows when a tree is deeper than its nesting', () => {
		const chain = (n: number) => {
			const top = t('0');
			let at = top;
			for (let i = 1; i < n; i++) at = at.children[0] = t(String(i));
			return [top];
		};
		expect(new TreeView(chain(NESTED_LEVELS)).flattened).toBe(false);
		expect(new TreeView(chain(NESTED_LEVELS + 1)).flattened).toBe(true);
		expect(new TreeView(chain(50_000)).levels).toBe(50_000);
		expect(new TreeView([]).levels).toBe(0);
	});
});

describe('pruneTree', () => {
	it('keeps the items that pass and their ancestors, as copies', () => {
		const tree = roots();
		tree[0]!.children[0]!.children[0]!.keep = true; // c
		const pruned = pruneTree(tree, (i) => i.keep === true);
		expect(pruned).toEqual([t('a', t('b', { id: 'c', keep: true, children: [] }))]);
		expect(tree[0]!.children).toHaveLength(2);
	});

	it('prunes a chain 50,000 deep', () => {
		const top = t('0');
		let at = top;
		for (let i = 1; i < 50_000; i++) at = at.children[0] = t(String(i));
		at.keep = true;
		const view = new TreeView(pruneTree([top], (i) => i.keep === true));
		expect(view.rows).toHaveLength(50_000);
		expect(pruneTree([top], () => false)).toEqual([]);
	});
});
