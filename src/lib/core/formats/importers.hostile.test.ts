/**
 * Importers on hostile input: nesting deep enough to overflow a recursive
 * parser, line separators inside a claim, built-in property names as text,
 * lines and files made to take quadratic time, and files that are wrong on
 * every line. Each gets diagnostics or a map, quickly, and never a crash.
 */
import { describe, expect, it } from 'vitest';
import { escapeText, safeTitle } from '../argdown/escape';
import { compileMap } from '../compile';
import type { DraftSource } from './draft';
import { findExcessDepth, MAX_JSON_DEPTH } from './shared/json-document';
import { MAX_PER_CODE } from './shared/limit';
import { importText } from './import-file';
import { unescapeKialo } from './kialo/import';

const run = (text: string, from?: string) => importText({ text, file: 'in.txt', name: 'in' }, from);
const codes = (text: string, from?: string) => run(text, from).diagnostics.map((d) => d.code);

/** Milliseconds one call takes. */
function timed(f: () => void): number {
	const start = performance.now();
	f();
	return performance.now() - start;
}

describe('deeply nested JSON', () => {
	const deep = 100_000;

	it('is refused at the place and path where it passes the limit, not with a stack overflow', () => {
		const lists = '['.repeat(deep) + ']'.repeat(deep);
		const r = run(`{"nodes": ${lists}, "edges": []}`, 'aif');
		expect(r.value).toBeNull();
		expect(r.diagnostics).toHaveLength(1);
		const d = r.diagnostics[0]!;
		expect(d).toMatchObject({ code: 'too-deep', severity: 'error', line: 1 });
		// `{` is level 1, the first `[` level 2: the one past the limit opens at 1-based column 11 + limit - 1.
		expect(d.column).toBe(10 + MAX_JSON_DEPTH);
		expect(d.path).toBe('$.nodes' + '[0]'.repeat(MAX_JSON_DEPTH - 1));
		expect(d.message).toContain(String(MAX_JSON_DEPTH));
		expect(d.hint).toMatch(/^[A-Z].*\.$/);
	});

	it('names keys and list indexes on the way down, across lines', () => {
		let text = '{\n  "AIF": {"nodes": [{"nodeID": "1", "text": "a", "type": "I"},\n';
		text += '    {"extra": ' + '{"a\\"b": '.repeat(deep);
		const r = run(text, 'aif');
		const d = r.diagnostics[0]!;
		expect(d).toMatchObject({ code: 'too-deep', line: 3 });
		expect(d.path).toBe('$.AIF.nodes[1].extra' + '["a\\"b"]'.repeat(MAX_JSON_DEPTH - 4));
	});

	it('up to the limit is parsed as usual', () => {
		const atLimit = '{"nodes": [], "edges": [], "x": ' + '['.repeat(MAX_JSON_DEPTH - 1);
		const closed = atLimit + ']'.repeat(MAX_JSON_DEPTH - 1) + '}';
		expect(findExcessDepth(closed)).toBeUndefined();
		expect(codes(closed, 'aif')).not.toContain('too-deep');
		expect(findExcessDepth(closed.replace('"x": ', '"x": ['))).toBeDefined();
	});

	it('counts no brackets inside strings, escaped quotes included', () => {
		const text = `{"a": "${'[{'.repeat(1000)}\\"${'['.repeat(1000)}", "b": [[1]]}`;
		expect(findExcessDepth(text, 3)).toBeUndefined();
		expect(findExcessDepth(text, 2)).toEqual({ offset: text.indexOf('[[1]]') + 1, path: ['b', 0] });
	});

	it('is not taken for AIF or Kialo by detection, and detection does not throw', () => {
		const lists = '['.repeat(deep) + ']'.repeat(deep);
		expect(codes(lists)).toEqual(['unknown-format']);
		expect(codes(`{"nodes": ${lists}}`)).toEqual(['too-deep']);
	});
});

describe('Kialo text with line and paragraph separators', () => {
	for (const separator of ['\u2028', '\u2029']) {
		const name = separator === '\u2028' ? 'U+2028' : 'U+2029';

		it(`reads ${name} inside a claim and in the title as text`, () => {
			const text = `Discussion Title: One${separator}two\n\n1. Thesis${separator}here\n1.1. Con: a${separator}b\n`;
			const r = run(text, 'kialo');
			expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			const nodes = r.value!.draft.nodes;
			expect(nodes.map((n) => n.text)).toEqual([`Thesis${separator}here`, `a${separator}b`]);
			expect(r.value!.draft.edges).toEqual([{ from: '1.1', to: '1', kind: 'attacks' }]);
			expect(r.value!.draft.title).toBe(`One${separator}two`);
			// Argdown holds a statement on one line: the separator is written as a space.
			const compiled = compileMap({ id: 'in', file: 'in.argdown', content: r.value!.argdown });
			expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			expect(compiled.map.nodes.map((n) => n.text)).toEqual(['Thesis here', 'a b']);
		});

		it(`unescapes a backslash before ${name} in link words as everywhere else`, () => {
			const sources: DraftSource[] = [];
			const text = `see [a\\${separator}b](https://example.org/x) and \\${separator}`;
			expect(unescapeKialo(text, sources)).toBe(
				`see a${separator}b (https://example.org/x) and ${separator}`
			);
			expect(sources).toHaveLength(1);
		});
	}
});

describe('built-in property names as text', () => {
	const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype'];

	it('are kept as Kialo claims and their titles in the draft', () => {
		const text = names.map((n, i) => (i ? `1.${i}. Pro: ${n}` : `1. ${n}`)).join('\n');
		const r = run(text, 'kialo');
		expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(r.value!.draft.nodes.map((n) => [n.title, n.text])).toEqual(names.map((n) => [n, n]));
		expect(r.value!.argdown).toContain('\\_\\_proto\\_\\_');
	});

	it('stay whole as statement titles', () => {
		for (const name of names) expect(safeTitle(name, 'statement')).toBe(name);
		// Argument titles still lose a leading underscore: `<_` opens an undercut.
		expect(safeTitle('__proto__', 'argument')).toBe('proto__');
		expect(safeTitle('-x', 'statement')).toBe('x');
	});

	it('with leading underscores, come back from Argdown as statement titles', () => {
		// Titles like __proto__ itself also need the compiler to keep built-in names as keys.
		const titles = ['__init__', '_private', '__dunder__x', '_ spaced', '__'];
		const lines = titles.map(
			(t, i) =>
				`${i ? '  + ' : ''}[${safeTitle(t, 'statement')}]: ${escapeText(t)}${i ? '' : ' #position'}`
		);
		const compiled = compileMap({ id: 'in', file: 'in.argdown', content: lines.join('\n') });
		expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(compiled.map.nodes.map((n) => [n.title, n.text])).toEqual(titles.map((t) => [t, t]));
	});

	it('are kept as AIF node ids and texts', () => {
		const nodes = names.map((n) => ({ nodeID: n, text: n, type: 'I' }));
		const edges = [
			{ fromID: 'constructor', toID: 'toString' },
			{ fromID: 'toString', toID: '__proto__' }
		];
		nodes.push({ nodeID: 'toString', text: 'S', type: 'RA' });
		const r = run(JSON.stringify({ nodes, edges }), 'aif');
		// toString is an I-node and an RA at once: a duplicate id, reported as such.
		expect(r.diagnostics.map((d) => d.message)).toContain('Node id "toString" is used twice.');
		const fine = run(JSON.stringify({ nodes: nodes.slice(0, -1), edges: [] }), 'aif');
		expect(fine.value!.draft.nodes.map((n) => n.text)).toEqual(names);
	});
});

describe('input made to take quadratic time', () => {
	it('a long run of unclosed link brackets in a Kialo claim', () => {
		const text = `1. ${'['.repeat(200_000)}](x y)`;
		let r: ReturnType<typeof run> | undefined;
		// A scan from every bracket to the end took minutes; one pass takes milliseconds.
		expect(timed(() => (r = run(text, 'kialo')))).toBeLessThan(5_000);
		expect(r!.value!.draft.nodes[0]!.text).toBe(text.slice(3));
	});

	it('a claim continued over many lines', () => {
		const text = '1. Start\n' + 'and more words on the next line\n'.repeat(50_000);
		let r: ReturnType<typeof run> | undefined;
		expect(timed(() => (r = run(text, 'kialo')))).toBeLessThan(5_000);
		expect(r!.value!.draft.nodes[0]!.text).toMatch(/^Start and more words .* line$/);
	});
});

describe('files wrong on every line', () => {
	it('get a few diagnostics of each kind and a count of the rest (Kialo)', () => {
		const orphans = Array.from({ length: 5_000 }, (_, i) => `1.9.${i + 1}. Pro: orphan`);
		const text = ['1. Thesis', ...orphans].join('\n');
		const r = run(text, 'kialo');
		expect(r.value).toBeNull();
		const twice = r.diagnostics.filter((d) => d.code === 'invalid-kialo');
		expect(twice.length).toBe(MAX_PER_CODE + 1);
		expect(twice.at(-1)!.message).toBe(
			`${5_000 - MAX_PER_CODE} more invalid-kialo problems are not listed (5000 in all).`
		);
	});

	it('get a few diagnostics of each kind and a count of the rest (AIF)', () => {
		const nodes = Array.from({ length: 50_000 }, () => 0);
		const r = run(JSON.stringify({ nodes, edges: [], locutions: [{}, {}] }), 'aif');
		expect(r.diagnostics.map((d) => d.code)).toEqual([
			...Array<string>(MAX_PER_CODE).fill('invalid-aif'),
			'invalid-locution',
			'invalid-locution',
			'invalid-aif'
		]);
		expect(r.diagnostics.at(-1)).toMatchObject({
			path: `$.nodes[${MAX_PER_CODE}]`,
			message: `${50_000 - MAX_PER_CODE} more invalid-aif problems are not listed (50000 in all).`
		});
	});
});
