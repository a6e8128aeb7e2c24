import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import type { EdgeKind, MapEdge } from '../model';
import { referenceMap, REFERENCE_THESIS } from '$test/reference-map';
import { flowSheet, type FlowSheet } from './flow';

const edge = (from: string, to: string, kind: EdgeKind = 'supports'): MapEdge => ({
	id: `${from}-${to}`,
	from,
	to,
	kind,
	origin: 'relation'
});

/** The sheet as a grid of node ids, '.' for an empty cell. */
const grid = (sheet: FlowSheet) => sheet.rows.map((r) => r.map((c) => c?.node ?? '.').join(' '));

describe('flow sheet', () => {
	it('puts each response in the row of what it answers, the next one below', () => {
		// P ← r1 (reason) ← o1 (objection to r1) ← a1 (answer), and P ← r2, P ← o2 (objection to P)
		const edges = [
			edge('r1', 'P'),
			edge('r2', 'P'),
			edge('o2', 'P', 'attacks'),
			edge('o1', 'r1', 'attacks'),
			edge('a1', 'o1', 'attacks'),
			edge('o3', 'r1', 'undercuts')
		];
		const sheet = flowSheet({ edges }, 'P');
		expect(sheet.columns).toBe(4);
		expect(grid(sheet)).toEqual(['P r1 o1 a1', '. . o3 .', '. r2 . .', '. o2 . .']);
	});

	it('gives each cell its side, and marks turns and dropped objections from the evaluation', () => {
		const edges = [
			edge('r1', 'P'),
			edge('o1', 'r1', 'attacks'),
			edge('a1', 'o1', 'attacks'),
			edge('o2', 'P', 'attacks')
		];
		const map = {
			nodes: ['P', 'r1', 'o1', 'a1', 'o2'].map((id) => ({
				id,
				kind: id === 'P' ? ('position' as const) : ('claim' as const),
				title: id
			})),
			edges
		};
		const sheet = flowSheet(map, 'P', evaluate(map));
		const cell = (id: string) => sheet.rows.flat().find((c) => c?.node === id)!;
		expect(cell('P')).toMatchObject({ side: 'for', relation: null, turn: false, dropped: false });
		expect(cell('r1')).toMatchObject({ side: 'for', relation: 'supports', turn: false });
		expect(cell('o1')).toMatchObject({
			side: 'against',
			turn: false,
			dropped: false,
			label: 'out'
		});
		// An attack on an attacker: a turn, and nothing answers it, so it is dropped too.
		expect(cell('a1')).toMatchObject({ side: 'for', turn: true, dropped: true, label: 'in' });
		expect(cell('o2')).toMatchObject({ side: 'against', dropped: true, label: 'in' });
		expect(cell('P').label).toBe('out');
		expect(cell('a1').strength).toBeCloseTo(0.5);
	});

	it('shows a node met again once, unexpanded, so cycles end', () => {
		const edges = [
			edge('A', 'P', 'attacks'),
			edge('P', 'A', 'attacks'),
			edge('B', 'A', 'contradicts')
		];
		const sheet = flowSheet({ edges }, 'P');
		expect(grid(sheet)).toEqual(['P A P', '. . B']);
		expect(sheet.rows[0]![2]).toMatchObject({ repeat: true });
		// A contradiction is listed both ways, but never as an answer to itself.
		expect(sheet.rows[1]![2]).toMatchObject({ node: 'B', relation: 'contradicts', repeat: false });
	});

	it('cuts a deep chain at the last column and says there is more', () => {
		const edges = Array.from({ length: 20_000 }, (_, i) => edge(`n${i + 1}`, `n${i}`, 'attacks'));
		const sheet = flowSheet({ edges }, 'n0', {}, { maxColumns: 5 });
		expect(sheet.columns).toBe(5);
		expect(sheet.rows).toHaveLength(1);
		expect(sheet.rows[0]![4]).toMatchObject({ node: 'n4', cut: true });
		// Uncut, a long chain is one row and no stack overflows.
		expect(flowSheet({ edges }, 'n0', {}, { maxColumns: 30_000 }).columns).toBe(20_001);
	});

	it('lays out the reference map’s thesis with its objections answered', () => {
		const map = referenceMap();
		const sheet = flowSheet(map, REFERENCE_THESIS, evaluate(map));
		const cells = sheet.rows.flat().filter((c) => c !== null);
		expect(sheet.rows[0]![0]).toMatchObject({ node: REFERENCE_THESIS, label: 'in' });
		const objection = cells.find((c) => c.node === 'competition-for-assets')!;
		expect(objection).toMatchObject({ side: 'against', label: 'out' });
		expect(cells.find((c) => c.node === 'complementarity')).toMatchObject({
			turn: true,
			label: 'in',
			dropped: true
		});
		// Each node is expanded once per sheet.
		const expanded = cells.filter((c) => !c.repeat).map((c) => c.node);
		expect(new Set(expanded).size).toBe(expanded.length);
	});
});
