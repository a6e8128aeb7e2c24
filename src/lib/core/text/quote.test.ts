/**
 * The quote index matches quotes in the unfolded source and slides its
 * trigram window; these tests hold it to the plain definitions (search in
 * the folded text with an offset per character, trigrams recounted for every
 * window) on generated texts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWhitespace, quoteIndex } from './quote';

const runs = { numRuns: Number(process.env.FC_RUNS ?? 150) };

/** Words and white space of several kinds, so that runs of every length occur. */
const sourceText = fc
	.array(
		fc.constantFrom('alpha', 'Beta', 'gamma,', 'δέλτα', '日本', ' ', '  ', '\n', '\n\n  ', '\t'),
		{
			maxLength: 40
		}
	)
	.map((parts) => parts.join(''));

/** The offset in `raw` of each character of its folded form, one by one. */
function originsByCharacter(raw: string): number[] {
	const origin: number[] = [];
	let pendingSpace = -1;
	for (let i = 0; i < raw.length; i++) {
		if (/\s/.test(raw[i] as string)) {
			if (pendingSpace < 0 && origin.length > 0) pendingSpace = i;
			continue;
		}
		if (pendingSpace >= 0) origin.push(pendingSpace);
		pendingSpace = -1;
		origin.push(i);
	}
	return origin;
}

function trigramCounts(s: string): Map<string, number> {
	const grams = new Map<string, number>();
	for (let i = 0; i + 3 <= s.length; i++)
		grams.set(s.slice(i, i + 3), (grams.get(s.slice(i, i + 3)) ?? 0) + 1);
	return grams;
}

/** The closest passage by recounting the trigrams of every window. */
function closestByRecounting(text: string, needle: string): string | null {
	if (!needle || !text) return null;
	const target = trigramCounts(needle.toLowerCase());
	const starts = text.includes(' ')
		? [0, ...[...text].flatMap((c, i) => (c === ' ' ? [i + 1] : []))]
		: Array.from({ length: Math.ceil(text.length / 4) }, (_, i) => i * 4);
	let best = { score: 0, start: 0 };
	for (const start of starts) {
		const window = text.slice(start, start + needle.length);
		let shared = 0;
		for (const [g, n] of trigramCounts(window.toLowerCase()))
			shared += Math.min(n, target.get(g) ?? 0);
		const size = Math.max(needle.length - 2, 0) + Math.max(window.length - 2, 0);
		const score = size === 0 ? 0 : (2 * shared) / size;
		if (score > best.score) best = { score, start };
	}
	return best.score < 0.3 ? null : text.slice(best.start, best.start + needle.length).trim();
}

describe('a very long quote', () => {
	it('is found, where one pattern of its words could not be compiled', () => {
		const words = Array.from({ length: 20_000 }, (_, i) => `w${i % 97}`);
		const source = `Before. ${words.join(' \n ')} After.`;
		const found = quoteIndex(source).find(words.join(' '));
		expect(found).toMatchObject({ start: 8, occurrences: 1 });
		expect(found!.exact.endsWith(` ${words.at(-1)}`)).toBe(true);
		expect(quoteIndex(source).find(`${words.join(' ')} Nowhere`)).toBeNull();
	});
});

describe('quoteIndex on generated texts', () => {
	it('folds white space exactly as replacing every run of it with one space', () => {
		const text = fc
			.array(fc.constantFrom('a', 'b', ' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\u3000'))
			.map((parts) => parts.join(''));
		fc.assert(
			fc.property(text, (raw) => {
				expect(foldWhitespace(raw)).toBe(raw.replace(/\s+/g, ' ').trim());
			}),
			runs
		);
	});

	it('maps a found quote back to the same offsets as a table per character', () => {
		fc.assert(
			fc.property(sourceText, fc.nat(), fc.nat(), (raw, a, b) => {
				const folded = foldWhitespace(raw);
				const from = a % (folded.length + 1);
				const needle = folded.slice(from, from + (b % 12)).trim();
				const match = quoteIndex(raw).find(needle);
				if (!needle) {
					expect(match).toBeNull();
					return;
				}
				const origin = originsByCharacter(raw);
				const at = folded.indexOf(needle);
				let occurrences = 0;
				for (let i = at; i >= 0; i = folded.indexOf(needle, i + 1)) occurrences++;
				expect(match).toMatchObject({
					start: origin[at],
					end: (origin[at + needle.length - 1] as number) + 1,
					occurrences
				});
				expect(foldWhitespace(match?.exact ?? '')).toBe(needle);
			}),
			runs
		);
	});

	it('proposes the same closest passage as recounting every window', () => {
		const needle = fc
			.array(fc.constantFrom('alpha', 'beta', 'gamm', 'δέλτα', '日本', ' '), {
				minLength: 1,
				maxLength: 6
			})
			.map((p) => p.join('').trim());
		fc.assert(
			fc.property(sourceText, needle, (raw, quote) => {
				const folded = foldWhitespace(raw);
				expect(quoteIndex(raw).closest(quote)).toBe(
					closestByRecounting(folded, foldWhitespace(quote))
				);
			}),
			runs
		);
	});

	it('finds quotes after long runs of white space at the start and inside', () => {
		const index = quoteIndex('\n\n   One  two\n\n\n three\tfour ');
		expect(index.find('two three')).toMatchObject({
			start: 10,
			end: 22,
			exact: 'two\n\n\n three'
		});
		expect(index.find('One')).toMatchObject({ start: 5, end: 8 });
		expect(index.find('four')).toMatchObject({ start: 23, end: 27, suffix: ' ' });
	});
});
