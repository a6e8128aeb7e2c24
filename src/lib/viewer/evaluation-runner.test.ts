import { describe, expect, it } from 'vitest';
import { referenceMap } from '$test/reference-map';
import { evaluationRunner, whatIfKey } from './evaluation-runner';

describe('evaluation runner', () => {
	it('takes the same what-if in any order as the same', () => {
		expect(whatIfKey({ reject: ['b', 'a'], base: { y: 1, x: 0 } })).toBe(
			whatIfKey({ reject: ['a', 'b'], base: { x: 0, y: 1 } })
		);
		expect(whatIfKey({ reject: ['a'] })).not.toBe(whatIfKey({}));
	});

	it('keeps the last run for a new explanation and evaluates again for a new what-if', () => {
		const run = evaluationRunner(referenceMap());
		const first = run({}, 'complementarity');
		const again = run({ reject: [] }, 'shared-needs');
		expect(again.evaluation).toBe(first.evaluation);
		expect(again.ms).toBe(0);
		expect(again.explanation?.label).toMatch(/^In/);
		const other = run({ reject: ['shared-needs'] }, 'shared-needs');
		expect(other.evaluation).not.toBe(first.evaluation);
		expect(other.explanation?.label).toBe('Out: rejected in this what-if.');
		expect(run({}, null).explanation).toBeNull();
	});
});
