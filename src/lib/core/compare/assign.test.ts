import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign, type Candidate } from './assign';

const pair = (r: number, s: number, score: number): Candidate => ({ r, s, score, reasons: [] });
const total = (pairs: readonly Candidate[]) => pairs.reduce((sum, c) => sum + c.score, 0);

/** The greatest summed score of any one-to-one choice among `pairs`, by trying them all. */
function bestTotal(
	pairs: readonly Candidate[],
	from = 0,
	usedR = new Set<number>(),
	usedS = new Set<number>()
): number {
	if (from === pairs.length) return 0;
	const c = pairs[from]!;
	const without = bestTotal(pairs, from + 1, usedR, usedS);
	if (usedR.has(c.r) || usedS.has(c.s)) return without;
	const withIt =
		c.score + bestTotal(pairs, from + 1, new Set([...usedR, c.r]), new Set([...usedS, c.s]));
	return Math.max(without, withIt);
}

describe('assign', () => {
	it('keeps an exact match rather than two weak pairs around it', () => {
		// Reference 0 is the student's 0 word for word; 1 and the student's 1 only resemble them.
		const chosen = assign([pair(0, 0, 1), pair(1, 0, 0.33), pair(0, 1, 0.27)]);
		expect(chosen).toEqual([pair(0, 0, 1)]);
	});

	it('chooses one-to-one pairs with the greatest summed score', () => {
		const pairs = fc
			.uniqueArray(
				fc.record({
					r: fc.nat(4),
					s: fc.nat(4),
					score: fc.double({ min: 0.25, max: 1, noNaN: true })
				}),
				{ selector: (c) => `${c.r} ${c.s}`, maxLength: 12 }
			)
			.map((list) => list.map((c) => pair(c.r, c.s, c.score)));
		fc.assert(
			fc.property(pairs, (list) => {
				const chosen = assign(list);
				expect(new Set(chosen.map((c) => c.r)).size).toBe(chosen.length);
				expect(new Set(chosen.map((c) => c.s)).size).toBe(chosen.length);
				expect(total(chosen)).toBeCloseTo(bestTotal(list), 9);
			}),
			{ numRuns: 300 }
		);
	});
});
