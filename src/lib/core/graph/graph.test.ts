import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';
import { bearingIndex } from './bearing';
import { traceNode } from './trace';

// P1 and P2 are positions; X attacks Y, Y attacks P1, so X counts for P1.
const { map } = compileText(`[P1]: First position. #position
  - [Y]: Y contests P1.
    - [X]: X contests Y.
      + [W]: W backs X.
  + [S]: S supports P1.
    +> [P2]

[P2]: Second position. #position
  - [Y]
`);

describe('bearingIndex', () => {
	const index = bearingIndex(map);
	it('multiplies polarity along paths: an attack on an attack counts for the position', () => {
		expect(index.get('x')).toEqual([
			{ position: 'p1', stance: 'for' },
			{ position: 'p2', stance: 'for' }
		]);
		expect(index.get('y')).toEqual([
			{ position: 'p1', stance: 'against' },
			{ position: 'p2', stance: 'against' }
		]);
		expect(index.get('w')?.find((b) => b.position === 'p1')?.stance).toBe('for');
	});

	it('lists only the positions a node actually reaches', () => {
		const { map: m } = compileText(
			'[P]: P. #position\n  + [A]: A.\n\n[Q]: Q. #position\n  + [B]: B.\n  - [C]: C.\n\n[R]: R. #position\n  + [C]\n'
		);
		const index = bearingIndex(m);
		expect(index.get('a')).toEqual([{ position: 'p', stance: 'for' }]);
		expect(index.get('b')).toEqual([{ position: 'q', stance: 'for' }]);
		expect(index.get('c')).toEqual([
			{ position: 'q', stance: 'against' },
			{ position: 'r', stance: 'for' }
		]);
		expect(index.get('r')).toEqual([{ position: 'r', stance: 'for' }]);
	});

	it('marks a node that reaches a position both ways as mixed', () => {
		const { map: m } = compileText(
			'[P]: P. #position\n  + [A]: A.\n  - [B]: B.\n\n[C]: C.\n  +> [A]\n  +> [B]\n'
		);
		expect(bearingIndex(m).get('c')).toEqual([{ position: 'p', stance: 'mixed' }]);
	});
});

describe('traceNode', () => {
	it('splits what bears on a node into supporters and contesters, transitively', () => {
		const t = traceNode(map, 'p1');
		expect(t.supporters.sort()).toEqual(['s', 'w', 'x']);
		expect(t.contesters).toEqual(['y']);
		const y = t.tree.find((b) => b.node === 'y');
		expect(y).toMatchObject({ kind: 'attacks', polarity: -1, depth: 1 });
		expect(y?.children[0]).toMatchObject({ node: 'x', polarity: 1, depth: 2 });
	});

	it('lists the chains up to each position with their polarity, shortest first', () => {
		const t = traceNode(map, 'x');
		expect(
			t.chains.map((c) => [c.position, c.polarity, c.steps.map((s) => s.to).join('>')])
		).toEqual([
			['p1', 1, 'y>p1'],
			['p2', 1, 'y>p2']
		]);
	});

	it('terminates on cycles and reports a position itself as a chain of length zero', () => {
		const { map: m } = compileText('[P]: P. #position\n  + [A]: A.\n    + [B]: B.\n      + [A]\n');
		const t = traceNode(m, 'p');
		expect(t.supporters.sort()).toEqual(['a', 'b']);
		expect(t.chains).toEqual([{ position: 'p', polarity: 1, steps: [] }]);
	});

	it('cuts the chain list at its limit and says so', () => {
		const lines = ['[P]: P. #position'];
		for (let i = 0; i < 30; i++) lines.push(`  + [M${i}]: M${i}.`);
		lines.push('', '[Start]: Start.');
		for (let i = 0; i < 30; i++) lines.push(`  +> [M${i}]`);
		const { map: m } = compileText(lines.join('\n'));
		const t = traceNode(m, 'start', { maxChains: 10 });
		expect(t.chains).toHaveLength(10);
		expect(t.truncated).toBe(true);
	});
});
