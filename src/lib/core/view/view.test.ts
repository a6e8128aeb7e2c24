import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';
import { shortLabel, toElements } from './elements';
import { INDENT, ROW_HEIGHT } from './layout';
import { outline } from './outline';
import { spanningTree } from './spanning-tree';

const { map } = compileText(`[P]: First. #position
  - [Q]
  + [A]: A supports P.
    - [B]: B attacks A.
  + [C]: C supports P.

[Q]: Second. #position
  + [C]

[Stray]: Reaches nothing.
`);

describe('spanningTree', () => {
	it('puts every position at the top and hangs each node under the nearest node it bears on', () => {
		const t = spanningTree(map);
		expect(t.roots.map((r) => r.node)).toEqual(['p', 'q', 'stray']);
		expect(t.parentOf.get('b')).toBe('a');
		expect(t.parentOf.get('c')).toBe('p');
		expect(t.parentOf.has('q')).toBe(false);
		const cross = map.edges.filter((e) => t.crossLinks.has(e.id)).map((e) => `${e.from}>${e.to}`);
		expect(cross.sort()).toEqual(['c>q', 'q>p']);
	});
});

describe('toElements', () => {
	const graph = toElements(map);
	const nodes = graph.elements.filter((e) => e.group === 'nodes');
	const pos = Object.fromEntries(nodes.map((n) => [n.data.id, n.position]));

	// Changed for the first-sight requirement: positions no longer head trees that run to the
	// right (a tall strip at a screen's size); they stand in a row over outline columns.
	it('stands the positions in a row at the top, with what bears on them in outline columns below', () => {
		expect(pos.p!.y).toBe(pos.q!.y);
		for (const id of ['a', 'b', 'c', 'stray']) expect(pos[id]!.y).toBeGreaterThan(pos.p!.y);
		// A and C head columns side by side; B is listed under A, one level in.
		expect(pos.a!.y).toBe(pos.c!.y);
		expect(pos.c!.x).toBeGreaterThan(pos.a!.x);
		expect(pos.b!.y).toBe(pos.a!.y + ROW_HEIGHT);
		expect(pos.b!.x).toBe(pos.a!.x + INDENT);
		expect(new Set(nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(nodes.length);
	});

	it('is the same on every run', () => {
		expect(toElements(map)).toEqual(graph);
	});

	it('marks cross-links and keeps relation kinds on edges', () => {
		const edge = graph.elements.find(
			(e) => e.group === 'edges' && e.data.source === 'c' && e.data.target === 'q'
		);
		expect(edge?.data).toMatchObject({ kind: 'supports', cross: true });
	});

	it('marks edges that share their two nodes with another, whichever way they run', () => {
		const { map: mutual } = compileText(`[P]: One camp. #position
  - [Q]: The other camp. #position
    - [P]
  + [A]: A supports P.
`);
		const parallel = toElements(mutual)
			.elements.flatMap((e) => (e.group === 'edges' && e.data.parallel ? [e.data] : []))
			.map((d) => `${d.source}>${d.target}`);
		expect(parallel.sort()).toEqual(['p>q', 'q>p']);
	});
});

describe('outline', () => {
	it('nests items with their relation to the parent and their other links', () => {
		const [p] = outline(map);
		expect(p?.children.map((c) => [c.id, c.relation])).toEqual([
			['a', 'supports'],
			['c', 'supports']
		]);
		expect(p?.children[1]?.also).toEqual([{ id: 'q', kind: 'supports' }]);
	});
});

describe('shortLabel', () => {
	it('cuts long titles at a word boundary', () => {
		expect(shortLabel('short')).toBe('short');
		const long = shortLabel('word '.repeat(30));
		expect(long.length).toBeLessThanOrEqual(48);
		expect(long.endsWith('…')).toBe(true);
	});
});
