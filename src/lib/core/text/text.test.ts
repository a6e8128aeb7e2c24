import { describe, expect, it } from 'vitest';
import { decodeUtf8, normalizeNewlines } from './decode';
import { quoteIndex } from './quote';
import { createIdAllocator, slugify } from './slug';

describe('decodeUtf8', () => {
	it('drops a BOM and unifies line endings', () => {
		const bytes = new TextEncoder().encode('\ufeffa\r\nb\rc\n');
		expect(decodeUtf8(bytes)).toEqual({ ok: true, text: 'a\nb\nc\n' });
	});

	it('locates the first invalid byte', () => {
		const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0xff, 0x64]);
		expect(decodeUtf8(bytes)).toEqual({ ok: false, line: 2, column: 3, offset: 4 });
	});

	it('keeps text without carriage returns as it is', () => {
		expect(normalizeNewlines('a\nb')).toBe('a\nb');
	});
});

describe('quoteIndex', () => {
	const index = quoteIndex('Alpha beta,\n  gamma delta. Epsilon “zeta” eta.');
	it('matches across differences in white space', () => {
		const m = index.find('beta, gamma   delta');
		expect(m).toMatchObject({ exact: 'beta,\n  gamma delta', start: 6, occurrences: 1 });
	});

	it('does not forgive other differences, such as straight for curly quotes', () => {
		expect(index.find('Epsilon "zeta"')).toBeNull();
		expect(index.closest('Epsilon "zeta"')).toContain('Epsilon “zeta”');
	});

	it('proposes nothing when nothing is close', () => {
		expect(index.closest('completely unrelated words here')).toBeNull();
	});
});

describe('slugify', () => {
	it('keeps letters of every script and joins the rest with dashes', () => {
		expect(slugify('Japan first')).toBe('japan-first');
		expect(slugify("Kishida's posture")).toBe('kishida-s-posture');
		expect(slugify('日本 第一')).toBe('日本-第一');
		expect(slugify('***')).toBe('node');
	});

	it('hands out unique ids', () => {
		const next = createIdAllocator();
		expect([next('A'), next('a'), next('A!')]).toEqual(['a', 'a-2', 'a-3']);
	});
});
