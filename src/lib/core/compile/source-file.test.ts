/** The core's own rules on source files, whatever the loader: the path as written, and the size. */
import { describe, expect, it } from 'vitest';
import { compileMap } from './index';
import { MAX_SOURCE_BYTES, sourcePathProblem, type SourceLoader } from './source-file';

describe('sourcePathProblem', () => {
	it.each([
		'sources/article.txt',
		'article.txt',
		'./sources/article.txt',
		'sources/../article.txt',
		'sources\\deep\\article.txt',
		'..hidden.txt',
		'sources/a..b.txt'
	])('lets %s through', (file) => {
		expect(sourcePathProblem(file)).toBeNull();
	});

	it.each([
		['../article.txt', /climbs out/],
		['sources/../../article.txt', /climbs out/],
		['./../article.txt', /climbs out/],
		['..\\..\\Windows\\win.ini', /climbs out/],
		['sources\\..\\..\\article.txt', /climbs out/],
		['..', /climbs out/],
		['/etc/passwd', /absolute/],
		['/proc/self/environ', /absolute/],
		['//server/share/article.txt', /absolute/],
		['\\\\server\\share\\article.txt', /absolute/],
		['\\\\?\\C:\\article.txt', /absolute/],
		['C:\\Users\\me\\article.txt', /drive/],
		['c:/article.txt', /drive/],
		['D:article.txt', /drive/]
	])('refuses %s', (file, why) => {
		expect(sourcePathProblem(file)).toMatch(why);
	});
});

const MAP = `===
sources:
  - id: text
    title: A text
    file: sources/text.txt
===

[Fox]: A fox. #position
  + [Seen]: Seen. {source: text, quote: "quick fox"}
`;

const compileWith = (loadSource: SourceLoader) =>
	compileMap({ id: 'm', file: 'm.argdown', content: MAP, loadSource });

describe('the size of what a loader returns', () => {
	const bytesWith = (size: number) => {
		const bytes = new Uint8Array(size).fill(0x20);
		bytes.set(new TextEncoder().encode('quick fox'));
		return bytes;
	};

	it('refuses bytes over the limit at the file: line', () => {
		const { diagnostics, map } = compileWith(() => bytesWith(MAX_SOURCE_BYTES + 1));
		expect(diagnostics).toEqual([
			expect.objectContaining({
				code: 'source-too-large',
				severity: 'error',
				line: 5,
				column: 5,
				message: `Source file "sources/text.txt" of source "text" is ${MAX_SOURCE_BYTES + 1} bytes; sources are limited to 8 MB (${MAX_SOURCE_BYTES} bytes).`
			})
		]);
		expect(map.sources[0]?.text).toBe('');
	});

	it('refuses text over the limit', () => {
		const { diagnostics } = compileWith(() => 'quick fox'.padEnd(MAX_SOURCE_BYTES + 1));
		expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
			['source-too-large', 5, 5]
		]);
		expect(diagnostics[0]?.message).toContain(`holds ${MAX_SOURCE_BYTES + 1} characters`);
	});

	it('reads a source of exactly the limit', () => {
		const { diagnostics, map } = compileWith(() => bytesWith(MAX_SOURCE_BYTES));
		expect(diagnostics).toEqual([]);
		expect(map.sources[0]?.text).toHaveLength(MAX_SOURCE_BYTES);
	});
});

describe('loaders', () => {
	it('never see a name the path rule refuses', () => {
		const asked: string[] = [];
		const result = compileMap({
			id: 'm',
			file: 'm.argdown',
			content: MAP.replace('sources/text.txt', '../secret.txt'),
			loadSource: (file) => (asked.push(file), 'quick fox')
		});
		expect(asked).toEqual([]);
		expect(result.diagnostics).toEqual([
			expect.objectContaining({
				code: 'source-outside-map',
				line: 5,
				column: 5,
				message: `Source file "../secret.txt" of source "text" climbs out of the map's folder with "..".`
			})
		]);
	});

	it("report a loader's refusal with its reason and a hint", () => {
		const { diagnostics } = compileWith(() => ({
			refused: 'not-a-file',
			detail: 'is a directory, not a text file'
		}));
		expect(diagnostics).toEqual([
			expect.objectContaining({
				code: 'source-outside-map',
				line: 5,
				column: 5,
				message: 'Source file "sources/text.txt" of source "text" is a directory, not a text file.',
				hint: expect.stringMatching(/^Put the text file inside the map's folder .+\.$/)
			})
		]);
	});
});
