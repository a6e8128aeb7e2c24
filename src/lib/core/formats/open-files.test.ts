/**
 * Sources of a map opened in the browser: found by file name among the
 * files the reader chose (by design: the page sees nothing else), and held
 * to the same path rule and size limit as on disk.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../compile/source-file';
import { openFiles, type LocalFile } from './open-files';

const text = (name: string, content: string): LocalFile => ({
	name,
	bytes: new TextEncoder().encode(content)
});

const mapNaming = (file: string) =>
	text(
		'map.argdown',
		`===
sources:
  - id: text
    title: A text
    file: ${file}
===

[Fox]: A fox. #position
  + [Seen]: Seen. {source: text, quote: "quick fox"}
`
	);

describe('openFiles and sources', () => {
	it('finds a source by its file name, whatever folder the map names', async () => {
		const opened = await openFiles([
			mapNaming('sources/deep/fox.txt'),
			text('fox.txt', 'The quick fox.')
		]);
		expect(opened.diagnostics).toEqual([]);
		expect(opened.map?.sources[0]?.text).toBe('The quick fox.');
	});

	it('refuses a path that climbs out of the map folder, even when a chosen file has its name', async () => {
		const opened = await openFiles([mapNaming('../fox.txt'), text('fox.txt', 'The quick fox.')]);
		expect(opened.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
			['source-outside-map', 5, 5]
		]);
		expect(opened.map?.sources[0]?.text).toBe('');
	});

	it('refuses a chosen source over the size limit', async () => {
		const big = { name: 'fox.txt', bytes: new Uint8Array(MAX_SOURCE_BYTES + 1) };
		const opened = await openFiles([mapNaming('sources/fox.txt'), big]);
		expect(opened.diagnostics.map((d) => d.code)).toEqual(['source-too-large']);
	});
});
