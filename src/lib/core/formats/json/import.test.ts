import { describe, expect, it } from 'vitest';
import { compileMap } from '../../compile';
import { quoteOf } from '../../model';
import { comparable, compileText } from '$test/compile-text';
import { referenceMap } from '$test/reference-map';
import { sampleMap } from '$test/sample-map';
import { importText } from '../import-file';
import { detectImporter } from '../registry';
import { toAif } from '../aif/export';
import { jsonExporter, toJsonDocument } from './export';

/** Imports a text as Ronten JSON (detected unless named) and compiles the Argdown it becomes. */
function roundTrip(text: string, from?: string) {
	const imported = importText({ text, file: 'map.json', name: 'map' }, from);
	expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	const result = imported.value!;
	const files = new Map(result.sources.map((s) => [s.file, s.text]));
	const compiled = compileMap({
		id: 'map',
		file: 'map.argdown',
		content: result.argdown,
		loadSource: (f) => files.get(f) ?? null
	});
	return { imported, compiled };
}

const errorsOf = (text: string, from?: string) =>
	importText({ text, file: 'map.json', name: 'map' }, from).diagnostics;

describe('ronten json importer', () => {
	it('keeps base scores through JSON and the Argdown it becomes, and refuses one outside 0 to 1', () => {
		const { map } = compileText(
			'[T]: The thesis. #position {base: 0.8}\n  - [O]: An objection. {base: 0}\n  + <A>: A reason. {base: 1}\n'
		);
		const doc = toJsonDocument(map);
		const { compiled } = roundTrip(JSON.stringify(doc));
		const bases = Object.fromEntries(compiled.map.nodes.map((n) => [n.title, n.base]));
		expect(bases).toEqual({ T: 0.8, O: 0, A: 1 });
		const nodes = doc.nodes.map((n) => (n.title === 'T' ? { ...n, base: 1.5 } : n));
		const errors = errorsOf(JSON.stringify({ ...doc, nodes }, null, 2));
		expect(errors.map((d) => d.message).join('\n')).toMatch(/must be a number from 0 to 1/);
	});

	it('is detected from the content, before AIF', () => {
		const { map } = sampleMap();
		expect(detectImporter(jsonExporter.export(map))?.format).toBe('json');
		expect(detectImporter(JSON.stringify(toAif(map)))?.format).toBe('aif');
		expect(detectImporter('{"formatVersion": 1, "nodes": [,]}')?.format).toBe('json');
	});

	it('round-trips the reference map: nodes, kinds, titles, texts, quotes, relations, front matter', () => {
		const map = referenceMap();
		const { imported, compiled } = roundTrip(jsonExporter.export(map));
		expect(imported.value?.format).toBe('json');
		expect(compiled.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
		expect(comparable(compiled.map)).toEqual(comparable(map));
		// Ids follow titles, so they come back as they were; so do the positions and the thesis.
		expect(compiled.map.nodes.map((n) => `${n.id} ${n.kind}`).sort()).toEqual(
			map.nodes.map((n) => `${n.id} ${n.kind}`).sort()
		);
		expect(compiled.map.title).toBe(map.title);
		expect(compiled.map.question).toBe(map.question);
		expect(compiled.map.thesis).toBe(map.thesis);
		expect(compiled.map.sources.map(({ text, ...s }) => ({ ...s, length: text.length }))).toEqual(
			map.sources.map(({ text, ...s }) => ({ ...s, length: text.length }))
		);
	});

	it('round-trips the sample map, with its sections, tags, reconstruction and undercuts', () => {
		const { map } = sampleMap();
		const { compiled } = roundTrip(jsonExporter.export(map), 'json');
		expect(comparable(compiled.map)).toEqual(comparable(map));
	});

	it('reports syntax errors at their line and column, with a hint', () => {
		const [d] = errorsOf('{"formatVersion": 1,\n  "nodes": [\n    {"id": "a",}\n  ]\n}');
		expect(d).toMatchObject({ code: 'invalid-json', line: 3, column: 16 });
		expect(d?.hint).toMatch(/trailing comma/);
	});

	it('reports a broken node at its place and JSON path, and writes nothing', () => {
		const doc = toJsonDocument(sampleMap().map);
		const broken = {
			...doc,
			nodes: doc.nodes.map((n, i) => (i === 1 ? { ...n, kind: 'opinion' } : n))
		};
		const text = JSON.stringify(broken, null, 2);
		const result = importText({ text, file: 'map.json', name: 'map' });
		expect(result.value).toBeNull();
		expect(result.diagnostics).toHaveLength(1);
		const [d] = result.diagnostics;
		expect(d).toMatchObject({ code: 'invalid-map-json', path: '$.nodes[1].kind' });
		const line = text.split('\n').findIndex((l) => l.includes('"opinion"')) + 1;
		expect(d?.line).toBe(line);
		expect(d?.hint).toMatch(/"kind"/);
	});

	it('says in one line when the file is something else or from a newer Ronten', () => {
		const { map } = sampleMap();
		const aif = JSON.stringify(toAif(map), null, 2);
		expect(errorsOf(aif, 'json').map((d) => d.code)).toEqual(['not-map-json']);
		const newer = jsonExporter.export(map).replace('"formatVersion": 1', '"formatVersion": 2');
		const [d, ...rest] = errorsOf(newer);
		expect(rest).toEqual([]);
		expect(d).toMatchObject({ code: 'unsupported-format-version', line: 2, column: 20 });
		// Our JSON given to the AIF importer is named, once, instead of hundreds of invalid-aif lines.
		const asAif = errorsOf(jsonExporter.export(referenceMap()), 'aif');
		expect(asAif).toHaveLength(1);
		expect(asAif[0]?.message).toMatch(/Ronten map/);
		expect(asAif[0]?.hint).toMatch(/--from json/);
	});

	it('keeps source files inside the map folder and drops what names nothing', () => {
		const doc = toJsonDocument(sampleMap().map);
		const hostile = {
			...doc,
			thesis: 'no-such-node',
			sources: doc.sources.map((s) => ({ ...s, file: '../../etc/passwd' })),
			edges: [
				...doc.edges,
				{ id: 'x', from: 'fox', to: 'ghost', kind: 'supports', origin: 'relation' }
			]
		};
		const { imported, compiled } = roundTrip(JSON.stringify(hostile, null, 2));
		expect(imported.value?.sources.map((s) => s.file)).toEqual(['sources/map-text.txt']);
		expect(imported.diagnostics.map((d) => [d.code, d.path])).toEqual([
			['map-json-dropped', `$.edges[${doc.edges.length}]`],
			['map-json-dropped', '$.thesis']
		]);
		expect(compiled.map.thesis).toBeUndefined();
		expect(compiled.map.nodes).toHaveLength(doc.nodes.length);
	});

	it('mends what the map would refuse in its sources, says so, and keeps their texts', () => {
		const doc = {
			formatVersion: 1,
			id: 'x',
			title: 'T',
			language: 'en',
			sources: [
				{ id: '../../etc/a b', title: 'S', url: 'javascript:alert(1)', text: 'The quick fox.' }
			],
			nodes: [
				{ id: 'p', kind: 'position', title: 'P', text: 'p', tags: [] },
				{
					id: 'e',
					kind: 'evidence',
					title: 'E',
					text: 'e',
					tags: [],
					quote: { source: '../../etc/a b', exact: 'quick fox' }
				}
			],
			edges: [{ from: 'e', to: 'p', kind: 'supports', origin: 'relation' }]
		};
		const { imported, compiled } = roundTrip(JSON.stringify(doc, null, 2));
		expect(imported.diagnostics.map((d) => d.path)).toEqual([
			'$.sources[0].id',
			'$.sources[0].url'
		]);
		expect(compiled.diagnostics).toEqual([]);
		const [source] = compiled.map.sources;
		expect(source).toMatchObject({ id: 'etc-a-b', text: 'The quick fox.' });
		expect(source!.url).toBeUndefined();
		expect(quoteOf(compiled.map.nodes.find((n) => n.id === 'e')!)?.source).toBe('etc-a-b');
	});

	it('lists a few problems of each kind in a file that is wrong everywhere', () => {
		const nodes = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, kind: 'x' }));
		const diagnostics = errorsOf(
			JSON.stringify({ formatVersion: 1, title: 't', nodes, edges: [] })
		);
		expect(diagnostics.length).toBeLessThanOrEqual(21);
		expect(diagnostics.at(-1)?.message).toMatch(/more invalid-map-json problems/);
	});
});
