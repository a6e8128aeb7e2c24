import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMap, type CompileResult } from '../compile';
import { toAif } from './aif/export';
import { sampleMap } from '$test/sample-map';
import { quoteOf } from '../model';
import { generateKialo } from '../../../../tests/fixtures/kialo/generate';
import carFree from '../../../../tests/fixtures/kialo/car-free.txt?raw';
import crlf from '../../../../tests/fixtures/kialo/crlf.txt?raw';
import missingParent from '../../../../tests/fixtures/kialo/invalid/missing-parent.txt?raw';
import badLink from '../../../../tests/fixtures/kialo/invalid/bad-link.txt?raw';
import duplicate from '../../../../tests/fixtures/kialo/invalid/duplicate.txt?raw';
import taxesOva from '../../../../tests/fixtures/aif/taxes-ova.json?raw';
import { detectImporter } from './registry';
import { importText, type ImportResult } from './import-file';

// Fixtures come in through Vite as raw text (line endings untouched): the core has no file system.
const fixtures: Record<string, string> = {
	'car-free.txt': carFree,
	'crlf.txt': crlf,
	'invalid/missing-parent.txt': missingParent,
	'invalid/bad-link.txt': badLink,
	'invalid/duplicate.txt': duplicate
};
const fixture = (name: string) => fixtures[name] as string;

function imported(text: string, from?: string, name = 'imported') {
	const r = importText({ text, file: `${name}.in`, name }, from);
	return r;
}

/** Imports and compiles, as `ronten import` followed by `ronten validate` would. */
function importAndCompile(
	text: string,
	from?: string
): { result: ImportResult; compiled: CompileResult } {
	const r = imported(text, from);
	expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	const result = r.value as ImportResult;
	const files = new Map(result.sources.map((s) => [s.file, s.text]));
	const compiled = compileMap({
		id: 'imported',
		file: 'imported.argdown',
		content: result.argdown,
		loadSource: (f) => files.get(f) ?? null
	});
	return { result, compiled };
}

const byTitle = (c: CompileResult, start: string) =>
	c.map.nodes.find((n) => n.text.startsWith(start));
const edgeKinds = (c: CompileResult) =>
	c.map.edges.map((e) => `${e.from} ${e.kind} ${e.to}`).sort();

// A small AIFdb nodeset: a linked argument, an undercut, an attack on an attack,
// integer ids, a dangling edge and a locution whose node was deleted.
const NODESET = JSON.stringify({
	nodes: [
		{ nodeID: 1, text: 'Parliament must regulate the services.', type: 'I' },
		{ nodeID: 2, text: 'The disclosures showed abuse.', type: 'I' },
		{ nodeID: 3, text: 'Abuse calls for oversight.', type: 'I' },
		{ nodeID: 4, text: 'Default Inference', type: 'RA' },
		{ nodeID: 5, text: 'The disclosures concern other countries.', type: 'I' },
		{ nodeID: 6, text: 'Default Conflict', type: 'CA' },
		{ nodeID: 7, text: 'The services work together closely.', type: 'I' },
		{ nodeID: 8, text: 'Default Conflict', type: 'CA' },
		{ nodeID: 9, text: 'Oversight slows the services down.', type: 'I' },
		{ nodeID: 10, text: 'Default Conflict', type: 'CA' }
	],
	edges: [
		{ edgeID: 1, fromID: 2, toID: 4 },
		{ edgeID: 2, fromID: 3, toID: 4 },
		{ edgeID: 3, fromID: 4, toID: 1 },
		{ edgeID: 4, fromID: 5, toID: 6 },
		{ edgeID: 5, fromID: 6, toID: 4 },
		{ edgeID: 6, fromID: 7, toID: 8 },
		{ edgeID: 7, fromID: 8, toID: 6 },
		{ edgeID: 8, fromID: 9, toID: 10 },
		{ edgeID: 9, fromID: 10, toID: 1 },
		{ edgeID: 10, fromID: 9, toID: 99 }
	],
	locutions: [{ nodeID: '42', personID: 1 }]
});

// An OVA3 file: the xAIF wrapper, string ids, integer edge ids, analysed HTML.
const OVA = JSON.parse(taxesOva) as unknown;

describe('aif importer', () => {
	it('is detected from the content', () => {
		expect(detectImporter(NODESET)?.format).toBe('aif');
		expect(detectImporter('{"AIF": {"nodes": []}}')?.format).toBe('aif');
	});

	it('reads supports, undercuts and attacks on attacks from a plain nodeset', () => {
		const { result, compiled } = importAndCompile(NODESET);
		expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const kinds = compiled.map.nodes.map((n) => n.kind).sort();
		// 6 statements, the linked RA as an argument, the attacked CA as a conflict argument.
		expect(kinds).toEqual([
			'argument',
			'argument',
			'claim',
			'claim',
			'claim',
			'claim',
			'claim',
			'position'
		]);
		expect(byTitle(compiled, 'Parliament')?.kind).toBe('position');
		const inference = compiled.map.nodes.find((n) => n.kind === 'argument' && n.pcs.length === 3);
		expect(inference).toBeDefined();
		const conflict = compiled.map.nodes.find((n) => n.tags.includes('aif-conflict'))!;
		const id = (start: string) => byTitle(compiled, start)!.id;
		expect(edgeKinds(compiled)).toEqual(
			[
				`${id('The disclosures concern')} supports ${conflict.id}`,
				`${conflict.id} undercuts ${inference!.id}`,
				`${id('The services work')} undercuts ${conflict.id}`,
				`${id('Oversight')} attacks ${id('Parliament')}`,
				`${id('The disclosures showed')} supports ${inference!.id}`,
				`${id('Abuse calls')} supports ${inference!.id}`,
				`${inference!.id} supports ${id('Parliament')}`
			].sort()
		);
		const warned = imported(NODESET).diagnostics;
		expect(warned.find((d) => d.code === 'dangling-edge')?.path).toBe('$.edges[9]');
		expect(result.sources).toEqual([]);
	});

	it('says so when it leaves out a statement supporting itself', () => {
		const loop = JSON.stringify({
			nodes: [
				{ nodeID: 1, text: 'It is so because it is so.', type: 'I' },
				{ nodeID: 2, text: 'Default Inference', type: 'RA' }
			],
			edges: [
				{ edgeID: 1, fromID: 1, toID: 2 },
				{ edgeID: 2, fromID: 2, toID: 1 }
			]
		});
		const warned = imported(loop, 'aif').diagnostics.filter(
			(d) => d.code === 'self-relation-dropped'
		);
		expect(warned).toHaveLength(1);
		expect(warned[0]!.message).toMatch(/«It is so because it is so» supports itself/);
	});

	it('keeps I, RA and CA counts and conflict targets through AIF → Ronten → AIF', () => {
		const { compiled } = importAndCompile(NODESET);
		const again = toAif(compiled.map);
		const count = (t: string) => again.nodes.filter((n) => n.type === t).length;
		expect([count('I'), count('RA'), count('CA')]).toEqual([6, 1, 3]);
		const type = (id: string) => again.nodes.find((n) => n.nodeID === id)?.type;
		const targets = again.nodes
			.filter((n) => n.type === 'CA')
			.map((n) => type(again.edges.find((e) => e.fromID === n.nodeID)!.toID))
			.sort();
		expect(targets).toEqual(['CA', 'I', 'RA']);
	});

	it('recovers quotes from the analysed HTML of an OVA file', () => {
		const { result, compiled } = importAndCompile(JSON.stringify(OVA));
		expect(result.sources).toEqual([
			{
				file: 'sources/imported.txt',
				text: 'I think taxes must go up, because our schools need money.\n'
			}
		]);
		expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const thesis = byTitle(compiled, 'Taxes')!;
		expect(thesis.kind).toBe('position');
		expect(quoteOf(thesis)?.exact).toBe('taxes must go up');
		expect(quoteOf(thesis)?.start).toBe(8);
		const reason = byTitle(compiled, 'Schools')!;
		expect(reason.kind).toBe('evidence');
		expect(quoteOf(reason)?.exact).toBe('our schools need money');
	});

	it('brings the sample map back with its quotes after an AIF round trip', () => {
		const { map } = sampleMap();
		const { compiled } = importAndCompile(JSON.stringify(toAif(map)));
		const quotes = (c: { nodes: typeof map.nodes }) =>
			c.nodes.flatMap((n) => (quoteOf(n) ? [quoteOf(n)!.exact] : [])).sort();
		expect(quotes(compiled.map)).toEqual(quotes(map));
		const again = toAif(compiled.map);
		const count = (a: ReturnType<typeof toAif>, t: string) =>
			a.nodes.filter((n) => n.type === t).length;
		for (const t of ['I', 'RA', 'CA', 'L']) expect(count(again, t), t).toBe(count(toAif(map), t));
	});

	it('points a warning in an OVA file at its place under "AIF"', () => {
		const text = JSON.stringify(
			{
				AIF: {
					nodes: [
						{ nodeID: 'a', text: 'A claim', type: 'I' },
						{ nodeID: 'b', text: 'Default Inference', type: 'RA' }
					],
					edges: [{ edgeID: 1, fromID: 'a', toID: 'b' }]
				}
			},
			null,
			2
		);
		const r = importText({ text, file: 'ova.json', name: 'ova' }, 'aif');
		const d = r.diagnostics.find((x) => x.code === 'unsupported-inference')!;
		expect(d.path).toBe('$.AIF.nodes[1]');
		expect(d.line).toBe(9);
	});

	it.each([
		['{"nodes": [1, 2', 'invalid-json', 1, undefined],
		['{"nodes": {}, "edges": []}', 'invalid-aif', 1, '$.nodes'],
		[
			'{\n  "nodes": [\n    {"nodeID": "1", "text": "A"}\n  ],\n  "edges": []\n}',
			'invalid-aif',
			3,
			'$.nodes[0].type'
		],
		[
			'{"nodes": [{"nodeID": true, "type": "I"}], "edges": []}',
			'invalid-aif',
			1,
			'$.nodes[0].nodeID'
		],
		['{"nodes": [{"id": 1, "x": 0, "y": 0}], "edges": []}', 'invalid-aif', 1, '$.nodes'],
		['[1, 2]', 'invalid-aif', 1, '$']
	])('reports %s as %s at line %i', (text, code, line, path) => {
		const r = importText({ text, file: 'bad.json', name: 'bad' }, 'aif');
		expect(r.value).toBeNull();
		const d = r.diagnostics.find((x) => x.severity === 'error')!;
		expect(d.code).toBe(code);
		expect(d.line).toBe(line);
		if (path) expect(d.path).toBe(path);
		expect(d.hint).not.toBe('');
	});
});

describe('kialo importer', () => {
	it('is detected from the content', () => {
		expect(detectImporter(fixture('car-free.txt'))?.format).toBe('kialo');
		expect(detectImporter('just some words')).toBeUndefined();
	});

	it('reads the thesis, Pro and Con, links back, continued lines, escapes and sources', () => {
		const { result, compiled } = importAndCompile(fixture('car-free.txt'));
		expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(compiled.map.title).toBe('Should cities ban cars from their centres?');
		const id = (start: string) => byTitle(compiled, start)!.id;
		expect(byTitle(compiled, 'City centres')?.kind).toBe('position');
		expect(byTitle(compiled, 'Delivery')?.text).toBe(
			'Delivery traffic still needs access to shops (and to markets).'
		);
		expect(byTitle(compiled, 'Air quality')?.text).toBe(
			'Air quality rose by a fifth where cars were banned.'
		);
		expect(edgeKinds(compiled)).toEqual(
			[
				`${id('Delivery')} attacks ${id('City centres')}`,
				`${id('Cargo')} attacks ${id('Delivery')}`,
				`${id('Heavy')} supports ${id('Delivery')}`,
				`${id('Fewer cars')} supports ${id('City centres')}`,
				`${id('Air quality')} supports ${id('Fewer cars')}`,
				// The "-> See" lines: the same claims, related to the thesis once more.
				`${id('Cargo')} attacks ${id('City centres')}`,
				`${id('Heavy')} supports ${id('City centres')}`
			].sort()
		);
		expect(compiled.map.sources.map((s) => s.url)).toEqual([
			'https://example.org/report_(2023)',
			'https://example.org/air'
		]);
		expect(byTitle(compiled, 'Cargo')?.text).toContain(
			'a city report (https://example.org/report_(2023))'
		);
		expect(result.format).toBe('kialo');
	});

	it('reads CRLF line endings', () => {
		expect(fixture('crlf.txt')).toContain('\r\n');
		const { compiled } = importAndCompile(fixture('crlf.txt'));
		expect(compiled.map.nodes).toHaveLength(4);
		expect(compiled.map.nodes.every((n) => !/\r/.test(n.text))).toBe(true);
	});

	it.each([
		['missing-parent.txt', 5, 'no parent'],
		['bad-link.txt', 5, 'points at no claim'],
		['duplicate.txt', 5, 'twice']
	])('reports %s at its line', (name, line, words) => {
		const r = importText({ text: fixture(`invalid/${name}`), file: name, name: 'x' });
		expect(r.value).toBeNull();
		const d = r.diagnostics.find((x) => x.severity === 'error')!;
		expect([d.code, d.line]).toEqual(['invalid-kialo', line]);
		expect(d.message).toContain(words);
	});

	it('says what is wrong with a link to itself or to another link', () => {
		const message = (lines: string[]) =>
			importText({ text: lines.join('\n'), file: 'k.txt', name: 'k' }).diagnostics.find(
				(d) => d.severity === 'error'
			)?.message;
		const head = ['Discussion Title: T', '', '1. T', '1.1. Pro: A reason.'];
		expect(message([...head, '1.1.1. Pro: -> See 1.1.1.'])).toContain('points at itself');
		expect(message([...head, '1.1.1. Pro: -> See 1.1.2.', '1.1.2. Con: -> See 1.1.1.'])).toContain(
			'points at 1.1.2., which is itself a link'
		);
	});

	it('imports a generated discussion of 5,000 claims', () => {
		const text = generateKialo(5000, 7);
		const links = text.split('\n').filter((l) => l.includes('-> See')).length;
		const { compiled } = importAndCompile(text);
		expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(compiled.map.nodes).toHaveLength(5000 - links);
		expect(compiled.map.nodes.filter((n) => n.kind === 'position')).toHaveLength(1);
		expect(compiled.diagnostics.filter((d) => d.code === 'off-position')).toEqual([]);
	});
});

describe('importers on mutated files', () => {
	const seeds = [
		NODESET,
		JSON.stringify(OVA, null, 1),
		fixture('car-free.txt'),
		fixture('crlf.txt')
	];
	const mutation = fc.oneof(
		fc.record({ at: fc.nat(), cut: fc.integer({ min: 1, max: 12 }) }).map((m) => (t: string) => {
			const i = m.at % (t.length + 1);
			return t.slice(0, i) + t.slice(i + m.cut);
		}),
		fc
			.record({
				at: fc.nat(),
				add: fc.oneof(
					fc.string(),
					fc.constantFrom(
						'{',
						'}',
						'[',
						']',
						'"',
						',',
						'null',
						'-1',
						'\\',
						'\n',
						'\r\n',
						'1.1. Con: ',
						'-> See 1.9.',
						'\u0000',
						'\u2028',
						'🦊'
					)
				)
			})
			.map((m) => (t: string) => {
				const i = m.at % (t.length + 1);
				return t.slice(0, i) + m.add + t.slice(i);
			})
	);
	it('never throw, and point every error at a line', () => {
		fc.assert(
			fc.property(
				fc.nat(seeds.length - 1),
				fc.array(mutation, { minLength: 1, maxLength: 6 }),
				fc.constantFrom(undefined, 'aif', 'kialo'),
				(seed, mutations, from) => {
					const text = mutations.reduce((t, m) => m(t), seeds[seed] as string);
					const r = importText({ text, file: 'fuzz', name: 'fuzz' }, from);
					expect(r.diagnostics.some((d) => d.code === 'internal-error')).toBe(false);
					for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
					if (!r.value) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
					else {
						const files = new Map(r.value.sources.map((s) => [s.file, s.text]));
						const c = compileMap({
							id: 'f',
							file: 'f.argdown',
							content: r.value.argdown,
							loadSource: (f) => files.get(f) ?? null
						});
						// Whatever was imported must compile: the importer wrote valid Argdown.
						expect(
							c.diagnostics.filter(
								(d) => d.code.startsWith('argdown') || d.code === 'internal-error'
							)
						).toEqual([]);
					}
				}
			),
			{ numRuns: 2 * Number(process.env.FC_RUNS ?? 150) }
		);
	});
});
