import { describe, expect, it } from 'vitest';
import { readText, sizeProblem } from './read-text';

describe('readText', () => {
	it('reads UTF-8 bytes and text with their line ends evened out', () => {
		expect(readText(new TextEncoder().encode('a\r\nb'), 'f')).toEqual({
			value: 'a\nb',
			diagnostics: []
		});
		expect(readText('a\rb', 'f').value).toBe('a\nb');
	});

	it('refuses bytes that are not UTF-8, at the first bad byte', () => {
		const r = readText(new Uint8Array([0x61, 0x0a, 0x62, 0xff]), 'bad.txt');
		expect(r.value).toBeNull();
		expect(r.diagnostics).toMatchObject([
			{ code: 'not-utf8', file: 'bad.txt', line: 2, column: 2 }
		]);
	});

	it('refuses a file over the limit before decoding it', () => {
		const r = readText(new Uint8Array(11), 'big.argdown', 10);
		expect(r.diagnostics).toMatchObject([{ code: 'file-too-large', line: 1, column: 1 }]);
		expect(sizeProblem(10, 'f', 10)).toBeNull();
		expect(sizeProblem(3 * 2 ** 30, 'f')?.message).toMatch(/3072\.0 MB/);
	});
});
