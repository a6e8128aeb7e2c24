/** The `ronten` command as a user runs it: a real process, real files, real exit codes. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ronten } from '$test/cli';
import schema from '../../src/lib/core/formats/json/map.schema.json';

describe('ronten validate', () => {
	it('passes the bundled maps with no errors and no warnings', () => {
		const r = ronten('validate');
		expect(r.out).toBe('');
		expect(r.err).toMatch(/0 error\(s\), 0 warning\(s\)/);
		expect(r.code).toBe(0);
	});

	it('prints file:line:column severity code message, then the hint, and exits 1 on errors', () => {
		const r = ronten('validate', 'tests/fixtures/invalid/quote-not-found.argdown');
		expect(r.code).toBe(1);
		const [head, hint] = r.out.trim().split('\n');
		expect(head).toBe(
			'tests/fixtures/invalid/quote-not-found.argdown:9:5 error quote-not-found The quote of "Q" does not occur in source "text".'
		);
		expect(hint).toContain('The quick brown fox jumps over the lazy dog.');
	});

	it('exits 0 when there are only warnings', () => {
		const r = ronten('validate', 'tests/fixtures/invalid/off-position.argdown');
		expect(r.code).toBe(0);
		expect(r.out).toContain('warning off-position');
	});

	it('exits 2 on a usage error, and never prints a stack trace', () => {
		for (const args of [
			['validate', 'no/such/path'],
			['frobnicate'],
			['search', 'japan-nato'],
			['search', 'japan-nato', 'x', '--limit', 'many'],
			[]
		]) {
			const r = ronten(...args);
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.err).not.toMatch(/\n\s+at /);
		}
	});

	it('reports a file that is not UTF-8 with its place', () => {
		const r = ronten('validate', 'tests/fixtures/invalid/not-utf8.argdown');
		expect(r.code).toBe(1);
		expect(r.out).toMatch(/not-utf8\.argdown:1:9 error not-utf8/);
	});
});

describe('ronten list', () => {
	it('lists the maps with their counts', () => {
		const r = ronten('list', '--json');
		expect(r.code).toBe(0);
		const [map] = JSON.parse(r.out);
		expect(map).toMatchObject({ id: 'japan-nato', positions: 3, errors: false });
		expect(map.claims + map.arguments).toBeGreaterThanOrEqual(30);
		expect(map.evidence).toBeGreaterThanOrEqual(15);
	});
});

describe('ronten search', () => {
	it('prints hits as JSON, best first, with the positions they bear on', () => {
		const r = ronten('search', 'japan-nato', 'artillery shells', '--json', '--limit', '3');
		expect(r.code).toBe(0);
		const hits = JSON.parse(r.out);
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.length).toBeLessThanOrEqual(3);
		expect(Object.keys(hits[0]).sort()).toEqual([
			'id',
			'kind',
			'positions',
			'score',
			'text',
			'title'
		]);
		expect(hits[0].id).toMatch(/north-korean-shells/);
		expect(hits[0].positions.map((p: { position: string }) => p.position)).toContain(
			'cross-regional-deterrence'
		);
		for (let i = 1; i < hits.length; i++)
			expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
	});

	it('takes a path to a map file as well as an id', () => {
		const r = ronten('search', 'tests/fixtures/valid/cities.argdown', 'cargo', '--json');
		expect(JSON.parse(r.out)[0].id).toBe('cargo-bikes');
	});
});

describe('ronten trace', () => {
	it('shows how a node bears on both camps', () => {
		// The article relates "it cuts both ways" only to the case for cross-regional
		// deterrence, so the node that reaches both camps is the Ukraine argument.
		const r = ronten('trace', 'japan-nato', 'ukraine-today-east-asia-tomorrow', '--json');
		expect(r.code).toBe(0);
		const trace = JSON.parse(r.out);
		const stances = new Set(
			trace.chains.map((c: { position: string; polarity: number }) => `${c.position}:${c.polarity}`)
		);
		expect(stances.has('japan-first:-1')).toBe(true);
		expect(stances.has('cross-regional-deterrence:1')).toBe(true);
	});

	it('prints a readable tree, and an unknown node is a usage error (exit 2)', () => {
		expect(ronten('trace', 'japan-nato', 'competition-for-assets').out).toMatch(
			/Contested|contested by/
		);
		expect(ronten('trace', 'japan-nato', 'no-such-node').code).toBe(2);
	});
});

describe('ronten export', () => {
	it('writes JSON that the schema accepts, to stdout or to a file', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronten-'));
		const file = join(dir, 'map.json');
		const r = ronten('export', 'japan-nato', '--format', 'json', '-o', file);
		expect(r.code).toBe(0);
		const doc = JSON.parse(readFileSync(file, 'utf8'));
		const validate = new Ajv2020().compile(schema);
		expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
		expect(JSON.parse(ronten('export', 'japan-nato', '--format', 'json').out)).toEqual(doc);
	});

	it('refuses an unknown format and a map with errors', () => {
		expect(ronten('export', 'japan-nato', '--format', 'pdf').code).toBe(2);
		const dir = mkdtempSync(join(tmpdir(), 'ronten-'));
		writeFileSync(join(dir, 'bad.argdown'), '[A]: Alpha. #position\n  + [Nothing]\n');
		const r = ronten('export', join(dir, 'bad.argdown'), '--format', 'json');
		expect(r.code).toBe(1);
		expect(r.out).toBe('');
		expect(r.err).toContain('empty-statement');
	});
});

describe('ronten import', () => {
	const aif = readFileSync('tests/fixtures/aif/taxes-ova.json', 'utf8');

	it('writes a Kialo export as a map that validates', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronten-import-'));
		const out = join(dir, 'car-free.argdown');
		const r = ronten('import', 'tests/fixtures/kialo/car-free.txt', '-o', out);
		expect(r.err).toContain('Imported 6 nodes and 7 relations from kialo.');
		expect(r.code).toBe(0);
		const v = ronten('validate', out);
		expect(v.code).toBe(0);
		expect(v.err).toMatch(/0 error\(s\)/);
	});

	it('writes an AIF file with its analysed text beside the map, and refuses to overwrite', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronten-import-'));
		const input = join(dir, 'taxes.json');
		writeFileSync(input, aif);
		const out = join(dir, 'maps', 'taxes.argdown');
		expect(ronten('import', input, '-o', out).code).toBe(0);
		expect(readFileSync(join(dir, 'maps', 'sources', 'taxes.txt'), 'utf8')).toBe(
			'I think taxes must go up, because our schools need money.\n'
		);
		expect(ronten('validate', out).code).toBe(0);
		const again = ronten('import', input, '-o', out);
		expect(again.code).toBe(1);
		expect(again.err).toContain('already exist');
		expect(ronten('import', input, '-o', out, '--force').code).toBe(0);
	});

	it('prints the map to standard output without -o', () => {
		const r = ronten('import', 'tests/fixtures/kialo/crlf.txt', '--from', 'kialo');
		expect(r.code).toBe(0);
		expect(r.out).toContain(
			'[Firms should adopt a four-day week]: Firms should adopt a four-day week. #position'
		);
	});

	it('reports malformed input at its line and JSON path and exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronten-import-'));
		const bad = join(dir, 'bad.json');
		writeFileSync(
			bad,
			'{\n  "nodes": [\n    {"nodeID": "1", "text": "A"}\n  ],\n  "edges": []\n}\n'
		);
		const r = ronten('import', bad);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/bad\.json:3:5 error invalid-aif .*\(at \$\.nodes\[0\]\.type\)/);
		expect(r.err).not.toMatch(/at .*\.ts:\d+/);
	});

	it('rejects an unknown format and a missing file as usage errors', () => {
		expect(ronten('import', 'tests/fixtures/kialo/crlf.txt', '--from', 'xml').code).toBe(2);
		expect(ronten('import').code).toBe(2);
		expect(ronten('import', 'no/such/file.json').code).toBe(2);
	});

	it('names a picture as not a map, instead of asking for it as UTF-8 text', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronten-import-'));
		const png = join(dir, 'diagram.png');
		writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
		const r = ronten('import', png);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(
			/diagram\.png:1:1 error not-a-map "diagram\.png" is not a map: it is a PNG image/
		);
		expect(r.err).not.toContain('UTF-8');
	});

	it('says what it cannot detect', () => {
		const r = ronten('import', 'README.md');
		expect(r.code).toBe(1);
		expect(r.err).toContain('unknown-format');
	});
});

describe('ronten export in every format', () => {
	it('writes each registered format of the bundled map', () => {
		const checks: Record<string, (out: string) => void> = {
			argdown: (out) => expect(out).toContain('[Japan first]: '),
			aif: (out) => expect(JSON.parse(out).nodes.length).toBeGreaterThan(90),
			graphml: (out) => expect(out).toContain('<key id="n_kind" for="node" attr.name="kind"'),
			dot: (out) => expect(out).toMatch(/^digraph "NATO and Japan/)
		};
		for (const [format, check] of Object.entries(checks)) {
			const r = ronten('export', 'japan-nato', '--format', format);
			expect(r.code, format).toBe(0);
			check(r.out);
		}
	});
});
