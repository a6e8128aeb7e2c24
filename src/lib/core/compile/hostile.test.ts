/** Hostile and extreme maps: nothing written may vanish between the text and the map without a diagnostic. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '@argdown/core';
import { MAX_NESTING, readTokens } from '../argdown/tokens';
import type { MapNode } from '../model';
import { codes, compileText } from '$test/compile-text';
import { checkNothingLost } from './checks';

/** A support tree `depth` levels deep below one position, each level one more indent. */
function nested(depth: number): string {
	const lines = ['[S0]: The root. #position'];
	for (let i = 1; i <= depth; i++) lines.push(`${'  '.repeat(i)}+ [S${i}]: Level ${i}.`);
	return lines.join('\n');
}

/** Bold and italic markers opened `depth` deep inside one statement, then closed again. */
function marked(depth: number): string {
	const open = ['*a ', '_b ', '**c ', '__d '];
	const close = ['a* ', 'b_ ', 'c** ', 'd__ '];
	let head = '';
	let tail = '';
	for (let i = 0; i < depth; i++) {
		head += open[i % 4];
		tail = close[i % 4] + tail;
	}
	return `[A]: ${head}${tail}#position\n  + [B]: Beta.`;
}

describe('deep nesting', () => {
	it(`compiles ${MAX_NESTING} levels with every statement and edge`, () => {
		const { map, diagnostics } = compileText(nested(MAX_NESTING));
		expect(diagnostics).toEqual([]);
		expect(map.nodes).toHaveLength(MAX_NESTING + 1);
		expect(map.edges).toHaveLength(MAX_NESTING);
	});

	it('reports too-deep at the relation that passes the limit, and keeps what was read', () => {
		const { map, diagnostics } = compileText(nested(MAX_NESTING + 1));
		expect(diagnostics).toHaveLength(1);
		expect(diagnostics[0]).toMatchObject({
			code: 'too-deep',
			severity: 'error',
			line: MAX_NESTING + 2,
			column: 2 * (MAX_NESTING + 1) + 1
		});
		expect(diagnostics[0]?.hint).toMatch(/top level/);
		expect(map.nodes).toHaveLength(MAX_NESTING + 2);
	});

	it('reports too-deep where Argdown itself gives up and returns nothing', () => {
		for (const depth of [400, 2000]) {
			const { map, diagnostics } = compileText(nested(depth));
			expect(map.nodes).toEqual([]);
			expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['too-deep', MAX_NESTING + 2]]);
		}
	});

	it('counts bold and italic markup as nesting too', () => {
		expect(codes(compileText(marked(MAX_NESTING)))).toEqual([]);
		const { map, diagnostics } = compileText(marked(1000));
		expect(map.nodes).toEqual([]);
		expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['too-deep', 1]]);
		expect(diagnostics[0]?.message).toMatch(/markup/);
	});
});

describe('titles that are names of Object.prototype', () => {
	const names = Object.getOwnPropertyNames(Object.prototype);

	it('keeps every one as a statement, with its edges', () => {
		const text = ['[Root]: The root. #position', ...names.map((n, i) => `  + [${n}]: Claim ${i}.`)];
		const { map, diagnostics } = compileText(text.join('\n'));
		expect(diagnostics).toEqual([]);
		expect(map.nodes.map((n) => n.title).sort()).toEqual(['Root', ...names].sort());
		expect(map.edges).toHaveLength(names.length);
		const proto = map.nodes.find((n) => n.title === '__proto__');
		expect(proto).toMatchObject({
			text: `Claim ${names.indexOf('__proto__')}.`,
			location: { line: 2 + names.indexOf('__proto__') }
		});
	});

	it('keeps every one as an argument and as a tag', () => {
		const text = ['[Root]: The root. #position', ...names.map((n) => `  - <${n}>: Against, #${n}`)];
		const { map, diagnostics } = compileText(text.join('\n'));
		expect(diagnostics).toEqual([]);
		const args = map.nodes.filter((n) => n.kind === 'argument');
		expect(args.map((n) => n.title).sort()).toEqual([...names].sort());
		expect(args.every((n) => n.tags.length === 1 && n.tags[0] === n.title)).toBe(true);
	});

	it('joins a reference to its definition as for any other title', () => {
		const { map } = compileText(
			'[constructor]: Built. #position\n\n[toString]: Said.\n  + [constructor]\n'
		);
		expect(map.nodes.map((n) => n.title)).toEqual(['constructor', 'toString']);
		expect(map.edges.map((e) => `${e.from} ${e.kind} ${e.to}`)).toEqual([
			'constructor supports tostring'
		]);
	});
});

describe('line and paragraph separators', () => {
	it('read as spaces in titles, text and comments, without moving anything', () => {
		const { map, diagnostics } = compileText(
			'[One\u2028title]: Its\u2029text. #position\n/* a\u2028comment */\n  + [B]: Beta\u2028two.\n  - [C]: Gamma.'
		);
		expect(diagnostics).toEqual([]);
		expect(map.nodes.map((n) => [n.title, n.text, n.location.line, n.location.column])).toEqual([
			['One title', 'Its text.', 1, 1],
			['B', 'Beta two.', 3, 5],
			['C', 'Gamma.', 4, 5]
		]);
	});
});

describe('very long lines', () => {
	it('keep their statements', () => {
		const words = 'word '.repeat(200_000);
		const title = 'T'.repeat(50_000);
		const { map, diagnostics } = compileText(
			`[${title}]: ${words}#position\n  + [B]: ${'x'.repeat(1_000_000)}\n  - [C]: Short.`
		);
		expect(diagnostics).toEqual([]);
		expect(map.nodes.map((n) => [n.title.length, n.text.length])).toEqual([
			[50_000, words.length - 1],
			[1, 1_000_000],
			[1, 6]
		]);
		expect(map.edges).toHaveLength(2);
	}, 30_000);
});

describe('empty maps', () => {
	const empty = {
		nothing: '',
		'white space': '  \n\n\t\n',
		'front matter only': '===\ntitle: Nothing yet\n===\n',
		'comments only': '// a note\n/* and\nanother */\n<!-- and one more -->\n',
		'a heading only': '# A heading\n'
	};
	for (const [what, text] of Object.entries(empty)) {
		it(`warn with empty-map at 1:1: ${what}`, () => {
			const { map, diagnostics } = compileText(text);
			expect(map.nodes).toEqual([]);
			expect(
				diagnostics.map(({ code, severity, line, column }) => ({ code, severity, line, column }))
			).toEqual([{ code: 'empty-map', severity: 'warning', line: 1, column: 1 }]);
			expect(diagnostics[0]?.hint).toMatch(/^[A-Z].*\.$/);
		});
	}

	it('are not warned about when they hold a statement', () => {
		expect(codes(compileText('===\ntitle: One\n===\n\n[A]: Alpha. #position\n'))).toEqual([]);
	});
});

describe('the loss guard', () => {
	// Real tokens of a small map; the nodes handed to the guard are what a faulty model would hold.
	const written = readTokens(tokenize('[A]: Alpha.\n\n[B]: Beta.\n\n<C>: Gamma.\n').tokens);
	const node = (title: string, kind: MapNode['kind'] = 'claim') =>
		({
			id: title.toLowerCase(),
			kind,
			title,
			text: '',
			tags: [],
			location: { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1 }
		}) as MapNode;

	it('passes a map that holds every title written', () => {
		const nodes = [node('A'), node('B'), node('C', 'argument')];
		expect(checkNothingLost(written, true, nodes, 'f')).toEqual([]);
	});

	it('names the statements and arguments missing, at the first of them', () => {
		const [d, ...rest] = checkNothingLost(written, true, [node('A'), node('C')], 'f');
		expect(rest).toEqual([]);
		expect(d).toMatchObject({ code: 'internal-loss', severity: 'error', line: 3, column: 1 });
		expect(d?.message).toContain('2 nodes');
		expect(d?.message).toContain('[B], <C>');
	});

	it('reports a map read as nothing although its text holds statements', () => {
		const [d, ...rest] = checkNothingLost(written, true, [], 'f');
		expect(rest).toEqual([]);
		expect(d).toMatchObject({ code: 'map-not-read', severity: 'error', line: 1, column: 1 });
	});

	it('leaves losses to the syntax errors that explain them', () => {
		expect(checkNothingLost(written, false, [], 'f')).toEqual([]);
	});
});
