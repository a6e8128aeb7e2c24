import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTags, MAX_TAG } from './model';

describe('cleanTags', () => {
	it('trims, drops leading #, repeats and empties', () => {
		expect(cleanTags(['  #figures ', 'figures', '##to   check', '', '#', '## #'])).toEqual([
			'figures',
			'to check'
		]);
		expect(cleanTags(['x'.repeat(MAX_TAG + 5)])[0]).toHaveLength(MAX_TAG);
	});

	it('leaves clean tags as they are, so an export read back keeps them', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: MAX_TAG + 20 }), { maxLength: 6 }), (raw) => {
				const once = cleanTags(raw);
				expect(cleanTags(once)).toEqual(once);
			}),
			{ numRuns: 2000 }
		);
	});
});
