import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, suggest, typingDistance } from './suggest';

describe('typingDistance', () => {
	it('counts insertions, deletions, replacements and swapped neighbours as one edit each', () => {
		expect(typingDistance('japan-nat', 'japan-nato')).toBe(1);
		expect(typingDistance('serach', 'search')).toBe(1);
		expect(typingDistance('expotr', 'export')).toBe(1);
		expect(typingDistance('jsn', 'json')).toBe(1);
		expect(typingDistance('kitten', 'sitting')).toBe(3);
		expect(typingDistance('', 'abc')).toBe(3);
		expect(typingDistance('same', 'same')).toBe(0);
	});

	it('gives up past its limit with limit + 1', () => {
		expect(typingDistance('abcdef', 'uvwxyz', 2)).toBe(3);
		expect(typingDistance('a', 'abcdefgh', 2)).toBe(3);
	});

	it('is symmetric, zero only for equal strings, and at most the longer length', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
				const d = typingDistance(a, b);
				expect(typingDistance(b, a)).toBe(d);
				expect(d === 0).toBe(a === b);
				expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
				expect(typingDistance(a, b, 2)).toBe(Math.min(d, 3));
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 300) }
		);
	});
});

describe('suggest', () => {
	const commands = ['validate', 'list', 'search', 'trace', 'export', 'import'];

	it('finds the name a slip away, and the name the typed one begins', () => {
		expect(suggest('japan-nat', ['japan-nato', 'cities'])).toEqual(['japan-nato']);
		expect(suggest('serch', commands)).toEqual(['search']);
		expect(suggest('JAPAN', ['japan-nato'])).toEqual(['japan-nato']);
		expect(suggest('valid', commands)).toEqual(['validate']);
	});

	it('suggests nothing far off, nothing equal, and nothing for an empty name', () => {
		expect(suggest('frobnicate', commands)).toEqual([]);
		expect(suggest('list', commands)).toEqual([]);
		expect(suggest('', commands)).toEqual([]);
	});

	it('orders the closest first and keeps at most three', () => {
		expect(suggest('nodes', ['nodes-and-more', 'notes', 'node', 'nodez', 'mode'])).toEqual([
			'node',
			'nodez',
			'notes'
		]);
		expect(suggest('nodes', ['nodes-and-more', 'mode'])).toEqual(['nodes-and-more']);
	});
});

describe('didYouMean', () => {
	it('reads as a sentence to append to a message', () => {
		expect(didYouMean('japan-nat', ['japan-nato'])).toBe(' Did you mean "japan-nato"?');
		expect(didYouMean('tace', ['trace', 'race'])).toBe(' Did you mean "race" or "trace"?');
		expect(didYouMean('zzz', ['japan-nato'])).toBe('');
	});
});
