/**
 * Conformance against real Argdown files, read in place from the shared
 * corpus beside the clone (or RONTEN_CORPUS). EXPECTED.tsv holds the counts
 * that @argdown/core itself produces; where our mapping is one-to-one
 * (equivalence class → statement node, argument → argument node, relation →
 * edge) the counts must match.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, expectedRows } from './expected';
import { compileMap } from '../../src/lib/core';
import { argdownExporter } from '../../src/lib/core/formats/argdown/export';
import { comparable } from '../support/compile-text';

const dir = corpusDir('argdown');

describe('Argdown corpus', () => {
	it('is present beside the clone', () => {
		expect(existsSync(dir), `no corpus at ${dir}: set RONTEN_CORPUS to its folder`).toBe(true);
	});
	if (!existsSync(dir)) return;

	const expected = expectedRows(dir);
	const files = readdirSync(dir)
		.filter((f) => /\.(argdown|ad)$/.test(f))
		.sort();

	it('has an expectation for every file', () => {
		expect(files.filter((f) => !expected.has(f))).toEqual([]);
	});

	for (const file of files) {
		const row = expected.get(file);
		it(`${file}: compiles without a crash, counts match`, () => {
			const content = readFileSync(join(dir, file));
			const { map, diagnostics } = compileMap({ id: file, file, content, loadSource: () => null });
			expect(diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
			if (!row) return;
			if (row.ast_built === 'no') {
				expect(diagnostics.some((d) => d.code === 'argdown-syntax')).toBe(true);
				expect(map.nodes).toEqual([]);
				return;
			}
			const statements = map.nodes.filter((n) => n.kind !== 'argument').length;
			const args = map.nodes.filter((n) => n.kind === 'argument').length;
			const relations = map.edges.filter((e) => e.origin === 'relation').length;
			// A broken YAML block makes @argdown/core drop the rest of the model
			// silently; we blank the block and keep the rest, so we may find more.
			if (diagnostics.some((d) => d.code === 'invalid-data')) {
				expect(statements).toBeGreaterThanOrEqual(Number(row.statements_ec));
				return;
			}
			expect({ statements, args, relations }).toEqual({
				statements: Number(row.statements_ec),
				args: Number(row.arguments),
				relations: Number(row.relations)
			});
			const parserErrors = Number(row.parser_errors) + Number(row.lexer_errors);
			expect(
				diagnostics.filter((d) => d.code === 'argdown-syntax' || d.code === 'argdown-lexer').length
			).toBe(parserErrors);
		});
	}
});

describe('Argdown corpus, written back by the argdown exporter', () => {
	if (!existsSync(dir)) return;
	const files = readdirSync(dir)
		.filter((f) => /\.(argdown|ad)$/.test(f))
		.sort();
	for (const file of files) {
		it(`${file}: compiles to the same map again`, () => {
			const first = compileMap({ id: file, file, content: readFileSync(join(dir, file)) });
			const written = argdownExporter.export(first.map);
			const second = compileMap({ id: file, file: 'exported.argdown', content: written });
			expect(second.diagnostics.filter((d) => d.code.startsWith('argdown'))).toEqual([]);
			expect(comparable(second.map)).toEqual(comparable(first.map));
		});
	}
});
