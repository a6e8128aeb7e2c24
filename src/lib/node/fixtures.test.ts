/** Every fixture map compiles as expected, read from disk the way the CLI and the site read it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as core from '../core';
import { compileFile, listMapFiles } from './maps';

const fixtures = join(process.cwd(), 'tests', 'fixtures');

describe('valid fixtures', () => {
	for (const file of listMapFiles(join(fixtures, 'valid'))) {
		// An empty map is valid, with a warning that it holds nothing.
		const expected = file.endsWith('/empty.argdown') ? ['empty-map'] : [];
		it(`${file.split('/').pop()} compiles without diagnostics${expected.length ? ' but empty-map' : ''}`, () => {
			expect(compileFile(file).diagnostics.map((d) => d.code)).toEqual(expected);
		});
	}

	it('reads CRLF and BOM files with the same lines and text as LF files', () => {
		const crlf = compileFile(join(fixtures, 'valid', 'crlf.argdown')).map;
		expect(crlf.title).toBe('CRLF map');
		expect(crlf.nodes.map((n) => [n.id, n.text, n.location.line])).toEqual([
			['a', 'Alpha.', 5],
			['b', 'Beta.', 6],
			['c', 'Gamma.', 7]
		]);
		const bom = compileFile(join(fixtures, 'valid', 'bom.argdown')).map;
		expect(bom.nodes[0]).toMatchObject({
			id: 'a',
			text: 'Alpha with a BOM.',
			location: { line: 1, column: 1 }
		});
	});
});

describe('invalid fixtures', () => {
	const expected = JSON.parse(
		readFileSync(join(fixtures, 'invalid', 'expected.json'), 'utf8')
	) as Record<string, { code: string; severity: string; line: number; column: number }[]>;
	const files = listMapFiles(join(fixtures, 'invalid'));

	it('has an expectation for every invalid fixture', () => {
		expect(files.map((f) => f.split('/').pop()).sort()).toEqual(Object.keys(expected).sort());
	});

	for (const file of files) {
		const name = file.split('/').pop() as string;
		it(`${name} reports ${expected[name]?.map((d) => d.code).join(', ')} at the right place`, () => {
			const { diagnostics } = compileFile(file);
			const got = diagnostics.map(({ code, severity, line, column }) => ({
				code,
				severity,
				line,
				column
			}));
			expect(got).toEqual(expected[name]);
			for (const d of diagnostics) {
				expect(d.file).toBe(`tests/fixtures/invalid/${name}`);
				expect(d.message.length).toBeGreaterThan(10);
				expect(d.hint.length).toBeGreaterThan(10);
			}
		});
	}
});

describe('a very large map', () => {
	it('compiles 20,000 statements without an error', () => {
		const lines = ['[Root]: The root position. #position'];
		for (let i = 0; i < 20_000; i++)
			lines.push(`  ${i % 3 ? '+' : '-'} [S${i}]: Statement number ${i} about topic ${i % 97}.`);
		const { compileMap } = core;
		const { map, diagnostics } = compileMap({
			id: 'large',
			file: 'large.argdown',
			content: lines.join('\n')
		});
		expect(diagnostics).toEqual([]);
		expect(map.nodes).toHaveLength(20_001);
		expect(map.edges).toHaveLength(20_000);
	}, 120_000);
});
