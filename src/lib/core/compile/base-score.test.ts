import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';

const map = (data: string, argData = '') => `
[Yes]: We should. #position
  + [Because]: A reason. ${data}
  + <Why>: An argument. ${argData}
`;

describe('base scores from Argdown data', () => {
	it('reads {base: …} on statements and arguments', () => {
		const r = compileText(map('{base: 0.8}', '{base: 0}'));
		expect(r.diagnostics).toEqual([]);
		const byTitle = new Map(r.map.nodes.map((n) => [n.title, n]));
		expect(byTitle.get('Because')?.base).toBe(0.8);
		expect(byTitle.get('Why')?.base).toBe(0);
		expect(byTitle.get('Yes')?.base).toBeUndefined();
	});

	it('accepts a quoted number, as YAML gives it', () => {
		const r = compileText(map('{base: "0.25"}'));
		expect(r.diagnostics).toEqual([]);
		expect(r.map.nodes.find((n) => n.title === 'Because')?.base).toBe(0.25);
	});

	it('reports a value outside [0, 1] or not a number at the node, and keeps the default', () => {
		for (const [data, message] of [
			['{base: 1.5}', /outside 0 to 1/],
			['{base: -0.1}', /outside 0 to 1/],
			['{base: high}', /not a number/],
			['{base: [0.5]}', /not a number/],
			['{base: ".nan"}', /not a number/]
		] as const) {
			const r = compileText(map(data));
			expect(r.diagnostics, data).toMatchObject([
				{ code: 'invalid-base-score', severity: 'error', file: 'test.argdown', line: 3, column: 5 }
			]);
			expect(r.diagnostics[0]?.message).toMatch(message);
			expect(r.diagnostics[0]?.hint).toMatch(/\{base: 0\.8\}/);
			expect(r.map.nodes.find((n) => n.title === 'Because')?.base).toBeUndefined();
		}
	});

	it('reports a bad score on an argument at the argument', () => {
		const r = compileText(map('', '{base: 2}'));
		expect(r.diagnostics).toMatchObject([{ code: 'invalid-base-score', line: 4, column: 5 }]);
	});
});
