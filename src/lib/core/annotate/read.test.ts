import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDiagnostic } from '../diagnostics';
import { MAX_FILE_CHARS, readAnnotations } from './read';
import { importAnnotations } from './import';
import type { Annotation } from './model';

const NODE = 'https://h.test/maps/m/?node=n';
const good = (extra: Record<string, unknown> = {}) => ({
	id: 'urn:uuid:1',
	type: 'Annotation',
	modified: '2025-01-01T00:00:00Z',
	body: [{ type: 'TextualBody', value: 'hello', purpose: 'commenting' }],
	target: NODE,
	...extra
});
const page = (...items: unknown[]) => JSON.stringify({ type: 'AnnotationPage', items }, null, 2);
const codes = (text: string) => readAnnotations(text, 'in.json').diagnostics.map((d) => d.code);

describe('a hostile or broken annotation file', () => {
	it('is refused with a located, one-line error for broken JSON', () => {
		const [d] = readAnnotations(
			'{"type": "AnnotationPage", "items": [\n  {,}]}',
			'in.json'
		).diagnostics;
		expect(d).toMatchObject({ code: 'invalid-json', line: 2 });
		expect(formatDiagnostic(d!).split('\n')[0]).toMatch(/^in\.json:2:\d+ error invalid-json /);
	});

	it('says an empty file is empty, with no advice about commas', () => {
		const [d] = readAnnotations(' \n', 'in.json').diagnostics;
		expect(d).toMatchObject({ code: 'invalid-json', message: 'The file is empty.' });
		expect(d!.hint).not.toMatch(/comma/);
	});

	it('warns of two annotations with one id, which merge as versions of one', () => {
		const read = readAnnotations(
			page(good(), good({ modified: '2025-02-01T00:00:00Z' })),
			'in.json'
		);
		expect(read.value).toHaveLength(2);
		expect(read.diagnostics).toMatchObject([
			{ code: 'duplicate-id', severity: 'warning', path: '$.items[1].id' }
		]);
	});

	it('reports a stray comma once, not each bracket after it', () => {
		expect(codes('{"type": "AnnotationPage", "items": [1,]}')).toEqual(['invalid-json']);
	});

	it('places a problem of a file of one annotation at the root, not in a list', () => {
		const text = JSON.stringify(good({ target: 'javascript:alert(1)//maps/m/?node=n' }), null, 2);
		expect(readAnnotations(text, 'in.json').diagnostics).toMatchObject([
			{
				code: 'unknown-target',
				path: '$.target',
				line: text.split('\n').findIndex((l) => l.includes('"target"')) + 1
			}
		]);
	});

	it('names the JSON path of a missing field', () => {
		const read = readAnnotations(page(good(), good({ id: undefined })), 'in.json');
		expect(read.value).toEqual([]);
		expect(read.diagnostics).toMatchObject([
			{ code: 'invalid-annotation', path: '$.items[1].id', line: 17 }
		]);
	});

	it('names the deepest place of a wrong selector', () => {
		const bad = good({
			target: {
				source: 'https://h.test/maps/m/?view=source&source=s',
				selector: [{ type: 'TextQuoteSelector', exact: 3 }]
			}
		});
		const [d] = readAnnotations(page(bad), 'in.json').diagnostics;
		expect(d?.path).toBe('$.items[0].target.selector[0].exact');
	});

	it('refuses a file of another kind', () => {
		expect(codes('{"id": "car-free", "nodes": []}')).toEqual(['not-annotations']);
		expect(codes('"just a string"')).toEqual(['not-annotations']);
		expect(codes('{"type": "AnnotationCollection", "first": "https://h.test/page1"}')).toEqual([
			'page-not-included'
		]);
	});

	it('refuses a file too large before parsing it', () => {
		expect(codes(' '.repeat(MAX_FILE_CHARS + 1))).toEqual(['file-too-large']);
	});

	it('refuses nesting that would exhaust the parser', () => {
		expect(codes('['.repeat(100_000))).toEqual(['too-deep']);
	});

	it('refuses a stance that is none of ours and a target that is no node', () => {
		expect(
			codes(page(good({ body: { type: 'TextualBody', value: 'maybe', purpose: 'assessing' } })))
		).toEqual(['unknown-stance']);
		expect(codes(page(good({ target: 'javascript:alert(1)' })))).toEqual(['unknown-target']);
		expect(codes(page(good({ target: 'not a url' })))).toEqual(['unknown-target']);
	});

	it('keeps markup and odd Unicode as plain text', () => {
		const note = '<img src=x onerror=alert(1)> \u202e\u2028 \ud83d\ude00 \u0000';
		const read = readAnnotations(
			page(good({ body: { type: 'TextualBody', value: note } })),
			'in.json'
		);
		expect(read.value[0]?.note).toBe(note);
	});

	it('takes no prototype from __proto__ keys', () => {
		const text = `{"type":"AnnotationPage","items":[{"__proto__":{"polluted":true},"id":"x","type":"Annotation","target":"${NODE}"}]}`;
		const read = readAnnotations(text, 'in.json');
		expect(read.value).toHaveLength(1);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(read.value[0])).toBe(Object.prototype);
	});

	it('changes nothing when any annotation is broken', () => {
		const stored = new Map<string, Annotation>();
		const result = importAnnotations(
			page(good(), good({ id: 'urn:uuid:2', target: 42 })),
			'in.json',
			'm',
			stored,
			'2026-01-01T00:00:00.000Z'
		);
		expect(result.changed).toEqual([]);
		expect(result.summary).toEqual({ added: 0, updated: 0, skipped: 0, otherMap: 0 });
		expect(result.diagnostics.map((d) => d.code)).toEqual(['invalid-annotation']);
	});

	it('caps a long list of errors', () => {
		const items = Array.from({ length: 50 }, () => ({ type: 'Annotation' }));
		const diagnostics = readAnnotations(page(...items), 'in.json').diagnostics;
		expect(diagnostics).toHaveLength(21);
		expect(diagnostics.at(-1)?.code).toBe('more-errors');
	});

	it('never throws, whatever the text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
				const read = readAnnotations(text, 'in.json');
				expect(Array.isArray(read.value)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});
