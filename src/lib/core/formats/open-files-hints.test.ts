/** What the open page tells a reader who chose the wrong file, or too few. */
import { describe, expect, it } from 'vitest';
import { sampleMap } from '$test/sample-map';
import { jsonExporter } from './json/export';
import { openFiles } from './open-files';

const text = (name: string, content: string) => ({
	name,
	bytes: new TextEncoder().encode(content)
});

// The first bytes of a PNG: signature, then the IHDR chunk (with its NUL bytes).
const PNG = Uint8Array.from([
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52
]);

describe('openFiles hints', () => {
	it('asks for the text file of a missing source, not for a path', async () => {
		const map = `===\nsources:\n  - {id: text, title: T, file: sources/speech.txt}\n===\n\n[A]: A. #position\n`;
		const opened = await openFiles([text('cities.argdown', map)]);
		const [d] = opened.diagnostics;
		expect(d).toMatchObject({ code: 'source-missing', line: 3 });
		expect(d?.hint).toMatch(/choose its text file "speech\.txt" too/);
		expect(d?.hint).not.toMatch(/path/);
	});

	it('says that a PNG or another binary file is not a map, and names what is', async () => {
		for (const [name, bytes, kind] of [
			['view.png', PNG, 'a PNG image'],
			['data.bin', Uint8Array.from([0x41, 0x00, 0x42]), 'a binary file']
		] as const) {
			const opened = await openFiles([{ name, bytes }]);
			expect(opened.map).toBeNull();
			expect(opened.diagnostics).toHaveLength(1);
			expect(opened.diagnostics[0]).toMatchObject({
				code: 'not-a-map',
				message: `"${name}" is not a map: it is ${kind}.`
			});
			expect(opened.diagnostics[0]?.hint).toMatch(/\.argdown.*AIF JSON.*Kialo/);
		}
	});

	it('still calls a text file with one bad byte not UTF-8, at its place', async () => {
		const bytes = Uint8Array.from([...new TextEncoder().encode('1. A\n2'), 0xff]);
		const opened = await openFiles([{ name: 'k.txt', bytes }]);
		expect(opened.diagnostics.map((d) => [d.code, d.line])).toEqual([['not-utf8', 2]]);
	});

	it('opens the JSON that ronten export writes, as json', async () => {
		const opened = await openFiles([text('sample.json', jsonExporter.export(sampleMap().map))]);
		expect(opened.diagnostics).toEqual([]);
		expect(opened.format).toBe('json');
		expect(opened.map?.title).toBe('Foxes & dogs');
		expect(opened.map?.nodes).toHaveLength(sampleMap().map.nodes.length);
	});

	it('gives no command-line advice, and tells a lone source text to come with its map', async () => {
		const alone = await openFiles([text('speech.txt', 'Friends, citizens, countrymen.')]);
		expect(alone.diagnostics[0]?.code).toBe('unknown-format');
		expect(alone.diagnostics[0]?.hint).toMatch(/together with the \.argdown map/);
		const graphml = await openFiles([text('map.graphml', '<?xml version="1.0"?><graphml/>')]);
		expect(graphml.diagnostics.map((d) => d.hint).join(' ')).not.toMatch(/--from/);
	});

	it('places the problems of an imported map in the file the reader opened', async () => {
		const empty = JSON.stringify({ nodes: [], edges: [], locutions: [] });
		const opened = await openFiles([text('xaif-empty.json', empty)]);
		const problems = opened.diagnostics.filter((d) => d.code === 'empty-map');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'xaif-empty.json', line: 1, column: 1 });
		expect(problems[0]?.hint).not.toMatch(/front matter/);
	});
});
