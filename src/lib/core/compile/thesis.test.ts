import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';

const map = (thesis: string) => `===
title: T
question: Should we?
thesis: ${thesis}
===

[Yes]: We should. #position
  + [Because]: A reason.

[No]: We should not. #position
`;

describe('thesis and question', () => {
	it('names the main position and the question at issue', () => {
		const r = compileText(map('yes'));
		expect(r.diagnostics).toEqual([]);
		expect(r.map).toMatchObject({ thesis: 'yes', question: 'Should we?' });
	});

	it('refuses a thesis that is not a position, at its line, and keeps none', () => {
		for (const [thesis, message] of [
			['nothing', /names no node/],
			['because', /is a claim, not a position/]
		] as const) {
			const r = compileText(map(thesis));
			expect(r.diagnostics).toMatchObject([{ code: 'unknown-thesis', line: 4, column: 1 }]);
			expect(r.diagnostics[0]?.message).toMatch(message);
			expect(r.diagnostics[0]?.hint).toMatch(/yes, no/);
			expect(r.map.thesis).toBeUndefined();
		}
	});
});
