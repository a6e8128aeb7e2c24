import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';
import schema from './map.schema.json';
import { exporterFor, exportFormats } from '../registry';

const { map } = compileText(
	`===
title: Foxes
sources:
  - {id: text, title: A sentence, file: text.txt, url: "https://example.org/fox"}
===

[Fox]: Foxes are quick. #position
  + [Jump]: Foxes jump. {source: text, quote: "jumps over"}
  - <Slow>: Some foxes are slow.

<Agile>

(1) [Legs]: Long legs.
----
(2) [Fox]
`,
	{ 'text.txt': 'The quick brown fox jumps over the lazy dog.' }
);

describe('json exporter', () => {
	const exporter = exporterFor('json');
	const validate = new Ajv2020({ allErrors: true }).compile(schema);

	it('is registered', () => {
		expect(exportFormats()).toContain('json');
		expect(exporter?.extension).toBe('json');
	});

	it('writes a document that the JSON Schema accepts', () => {
		const doc = JSON.parse(exporter!.export(map));
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
	});

	it('matches the golden structure: sources with text, nodes with quotes, edges from bearer to target', () => {
		const doc = JSON.parse(exporter!.export(map));
		expect(doc.sources).toEqual([
			{
				id: 'text',
				title: 'A sentence',
				url: 'https://example.org/fox',
				file: 'text.txt',
				text: 'The quick brown fox jumps over the lazy dog.'
			}
		]);
		expect(doc.nodes.find((n: { id: string }) => n.id === 'jump').quote).toEqual({
			source: 'text',
			exact: 'jumps over',
			prefix: 'The quick brown fox ',
			suffix: ' the lazy dog.',
			start: 20,
			end: 30
		});
		expect(doc.edges.find((e: { from: string }) => e.from === 'slow')).toMatchObject({
			to: 'fox',
			kind: 'attacks'
		});
	});

	it('rejects a document that breaks the schema', () => {
		const doc = JSON.parse(exporter!.export(map));
		doc.nodes[0].kind = 'rebuttal';
		expect(validate(doc)).toBe(false);
	});
});
