import { describe, expect, it } from 'vitest';
import { compileMap } from '../compile';
import { chainMap } from '$test/deep-chain';
import { exportFormats, exporterFor } from '../formats/registry';
import { treeRows } from '../graph/tree-rows';
import { comparable } from '$test/compile-text';
import { toElements } from './elements';
import { COLUMN_GAP, COLUMN_WIDTH, INDENT, ROW_HEIGHT } from './layout';
import { outline } from './outline';
import { spanningTree } from './spanning-tree';

const LINKS = 10_000;
const map = chainMap(LINKS);

describe('views of a chain of 10,000 links', () => {
	it('hang each link under the next one in the spanning tree', () => {
		const t = spanningTree(map);
		expect(t.roots.map((r) => r.node)).toEqual(['s0']);
		expect(t.parentOf.get(`s${LINKS}`)).toBe(`s${LINKS - 1}`);
		expect(t.crossLinks.size).toBe(0);
	});

	it('outline every level', () => {
		const rows = treeRows(outline(map));
		expect(rows).toHaveLength(LINKS + 1);
		expect(rows[LINKS]).toMatchObject({ depth: LINKS, parent: LINKS - 1 });
		expect(rows[LINKS]?.item).toMatchObject({ id: `s${LINKS}`, relation: 'supports' });
	});

	// Changed for the first-sight requirement: the chain is no longer one column per level (a
	// strip 2.5 million units wide) but an outline poured into newspaper columns.
	it('lay every level out one row below the last, or at the top of the next column', () => {
		const nodes = toElements(map).elements.flatMap((e) => (e.group === 'nodes' ? [e] : []));
		expect(nodes).toHaveLength(LINKS + 1);
		const top = nodes[1]!.position.y;
		for (let i = 2; i <= LINKS; i++) {
			const [a, b] = [nodes[i - 1]!.position, nodes[i]!.position];
			const below = (b.x === a.x || b.x === a.x + INDENT) && b.y === a.y + ROW_HEIGHT;
			const next = b.y === top && b.x - a.x === COLUMN_WIDTH + COLUMN_GAP;
			if (!below && !next) expect.fail(`s${i} at ${b.x},${b.y} after ${a.x},${a.y}`);
		}
	});
});

describe('exports of a chain of 10,000 links', () => {
	it.each(exportFormats())('%s writes every node', (format) => {
		const text = exporterFor(format)!.export(map, { now: new Date(0) });
		expect(text).toContain(`Statement ${LINKS}.`);
	});

	it('Argdown nests no deeper than its parser reads, and compiles back to the same map', () => {
		const text = exporterFor('argdown')!.export(map);
		const deepest = Math.max(...text.split('\n').map((l) => l.match(/^ */)![0].length / 2));
		expect(deepest).toBeLessThan(50);
		const back = compileMap({
			id: 'chain',
			file: 'chain.argdown',
			content: text,
			loadSource: () => null
		});
		expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(comparable(back.map)).toEqual(comparable(map));
	});
});
