import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';
import { MAX_UNCLOSED_WORK, unclosedProblem } from './unclosed';

describe('unclosed openers', () => {
	it('refuse a run that would make the lexer read on for each, where it starts', () => {
		const r = compileText(`[A]: a #position ${'{'.repeat(20_000)}\n`);
		expect(r.diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
			{ code: 'unclosed-brackets', line: 1, column: 18 }
		]);
		for (const open of ['[', '<'])
			expect(unclosedProblem(`[A]: a ${`${open} `.repeat(20_000)}`, 'm.argdown')).toMatchObject({
				code: 'unclosed-brackets',
				column: 8
			});
	});

	it('leave alone what a map holds: closed blocks, and a few stray openers in long texts', () => {
		const line = `[T]: 1 < 2 and [a note {x: 1} ${'words '.repeat(2000)}\n`;
		const text = line.repeat(200) + '{'.repeat(10);
		expect(unclosedProblem(text, 'm.argdown')).toBeNull();
		// Far from the limit: a hundred times these would still pass.
		expect(200 * 12_000 * 2 + 10 * text.length).toBeLessThan(MAX_UNCLOSED_WORK);
	});
});
