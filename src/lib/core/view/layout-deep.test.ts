import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import { describe, expect, it } from 'vitest';
import { chainMap } from '$test/deep-chain';
import { compileText } from '$test/compile-text';
import { LEVEL_WIDTH, tidyLayout, toHierarchy } from './layout';
import { spanningTree, type TreeLink } from './spanning-tree';

/** Every node's data, depth, height and children, in d3's own order. */
const shape = (root: HierarchyNode<TreeLink>) =>
	root.descendants().map((n) => [n.data.node, n.depth, n.height, n.children?.length ?? 0]);

describe('toHierarchy', () => {
	it('builds the same hierarchy as d3', () => {
		const { map } = compileText(`[P]: P. #position
  + [A]: A.
    - [B]: B.
      + [C]: C.
    + [D]: D.
  - [E]: E.

[Q]: Q. #position
  + [F]: F.
`);
		for (const root of spanningTree(map).roots)
			expect(shape(toHierarchy(root))).toEqual(shape(hierarchy(root, (l) => l.children)));
	});

	it('lays out a chain of 100,000 links (d3’s own hierarchy takes minutes: nodes × depth steps)', () => {
		const points = tidyLayout(spanningTree(chainMap(100_000)));
		expect(points.get('s100000')).toEqual({ x: 100_000 * LEVEL_WIDTH, y: 0 });
		expect(points.get('s0')).toEqual({ x: 0, y: 0 });
	});
});
