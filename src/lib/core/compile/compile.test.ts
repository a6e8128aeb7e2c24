import { describe, expect, it } from 'vitest';
import { codes, compileText } from '$test/compile-text';

const source = 'The quick brown fox jumps over\nthe lazy dog. It was not amused.';
const frontMatter = `===
title: Foxes
language: en
sources:
  - id: text
    title: A sentence
    file: text.txt
===
`;

describe('compileMap', () => {
	it('turns statements, arguments and relations into typed nodes and edges', () => {
		const { map, diagnostics } = compileText(
			`${frontMatter}
[Fox]: Foxes are quick. #position
  + [Jump]: Foxes jump over dogs. {source: text, quote: "jumps over the lazy dog"}
  - [Slow]: Some foxes are slow.
    - <Counter>: Slow foxes are rare.
  + <Agile>

<Agile>

(1) [Legs]: Foxes have long legs.
----
(2) [Fox]
`,
			{ 'text.txt': source }
		);
		expect(diagnostics).toEqual([]);
		expect(map.title).toBe('Foxes');
		const kinds = Object.fromEntries(map.nodes.map((n) => [n.id, n.kind]));
		expect(kinds).toEqual({
			fox: 'position',
			jump: 'evidence',
			slow: 'claim',
			legs: 'claim',
			counter: 'argument',
			agile: 'argument'
		});
		const edges = map.edges.map((e) => `${e.from} ${e.kind} ${e.to} (${e.origin})`).sort();
		expect(edges).toEqual([
			'agile supports fox (conclusion)',
			'counter attacks slow (relation)',
			'jump supports fox (relation)',
			'legs supports agile (premise)',
			'slow attacks fox (relation)'
		]);
		const agile = map.nodes.find((n) => n.id === 'agile');
		expect(agile?.kind === 'argument' && agile.pcs).toEqual([
			{ node: 'legs', role: 'premise' },
			{ node: 'fox', role: 'main-conclusion' }
		]);
	});

	it('keeps where each node was written', () => {
		const { map } = compileText('[A]: Alpha. #position\n  + [B]: Beta.\n');
		const b = map.nodes.find((n) => n.id === 'b');
		expect(b?.location).toMatchObject({ file: 'test.argdown', line: 2, column: 5 });
	});

	it('anchors a quote across line breaks, as a W3C text quote and position', () => {
		const { map, diagnostics } = compileText(
			`${frontMatter}
[F]: Foxes. #position
  + [E]: Evidence. {source: text, quote: "jumps over the lazy dog"}
`,
			{ 'text.txt': source }
		);
		expect(diagnostics).toEqual([]);
		const e = map.nodes.find((n) => n.id === 'e');
		if (e?.kind !== 'evidence') throw new Error('expected evidence');
		expect(e.quote.exact).toBe('jumps over\nthe lazy dog');
		expect(source.slice(e.quote.start, e.quote.end)).toBe(e.quote.exact);
		expect(e.quote.prefix.endsWith('brown fox ')).toBe(true);
		expect(e.quote.suffix.startsWith('. It was')).toBe(true);
	});

	it('maps every Argdown relation type onto an edge kind', () => {
		const { map } = compileText(
			`===
model:
  mode: strict
===

[A]: Alpha. #position
  + [B]: Beta.
  - [C]: Gamma.
  >< [D]: Delta.
  _ <U>: An undercut of nothing in particular.
`
		);
		const kinds = map.edges.map((e) => `${e.argdownType}:${e.kind}`).sort();
		expect(kinds).toEqual([
			'contradictory:contradicts',
			'contrary:contradicts',
			'entails:supports',
			'undercut:undercuts'
		]);
	});

	it('reports a quote that is not in the source with the closest passage as the hint', () => {
		const r = compileText(
			`${frontMatter}
[F]: Foxes. #position
  + [E]: Evidence. {source: text, quote: "The quick brown fox leaps over the lazy dog"}
`,
			{ 'text.txt': source }
		);
		expect(codes(r)).toEqual(['quote-not-found']);
		expect(r.diagnostics[0]).toMatchObject({ line: 11, column: 5 });
		expect(r.diagnostics[0]?.hint).toContain('The quick brown fox jumps over the lazy dog');
	});

	it('warns when a quote occurs more than once', () => {
		const r = compileText(
			`${frontMatter}\n[F]: Foxes. #position\n  + [E]: E. {source: text, quote: "the"}\n`,
			{
				'text.txt': 'the cat and the dog'
			}
		);
		expect(codes(r)).toEqual(['ambiguous-quote']);
	});

	it('reports evidence without a source or without a quote', () => {
		const r = compileText(
			`${frontMatter}\n[F]: Foxes. #position\n  + [E]: E. {quote: "fox"}\n  + [G]: G. {source: text}\n`,
			{
				'text.txt': source
			}
		);
		expect(codes(r).sort()).toEqual(['evidence-without-quote', 'evidence-without-source']);
	});

	it('reports a source id declared twice and a url that is not http(s)', () => {
		const r = compileText(`===
sources:
  - {id: a, title: A, file: a.txt}
  - {id: a, title: B, file: b.txt, url: "javascript:alert(1)"}
===

[F]: Foxes. #position
`);
		expect(codes(r)).toContain('invalid-front-matter');
		expect(r.diagnostics.find((d) => d.code === 'invalid-front-matter')?.line).toBe(4);
	});

	it('warns once when a map has no position at all', () => {
		expect(codes(compileText('[A]: Alpha.\n  + [B]: Beta.\n'))).toEqual(['no-positions']);
	});

	it('compiles an empty text to an empty map', () => {
		const r = compileText('');
		expect(r.map.nodes).toEqual([]);
		expect(codes(r)).toEqual(['empty-map']);
	});

	it('gives unique ids to a statement and an argument with the same title', () => {
		const { map } = compileText('[Same]: A statement. #position\n  + <Same>: An argument.\n');
		expect(map.nodes.map((n) => n.id).sort()).toEqual(['same', 'same-2']);
	});

	it('refuses a file above the size limit without parsing it', () => {
		const r = compileText('a'.repeat(16 * 1024 * 1024 + 1));
		expect(codes(r)).toEqual(['file-too-large']);
	});

	it('keeps the rest of the map when one data block is broken', () => {
		const r = compileText('[A]: Alpha. #position\n  + [B]: Beta. {x: [}\n  + [C]: Gamma.\n');
		expect(codes(r)).toEqual(['invalid-data']);
		expect(r.map.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
	});

	it('refuses YAML references, which a few lines can grow into billions of values', () => {
		// Nested eight deep, this took gigabytes and twenty seconds; nine ended the process.
		const levels = 'abcdefghi'.split('');
		const bomb = levels
			.map(
				(l, i) =>
					`${l}: &${l} [${Array(9)
						.fill(i ? `*${levels[i - 1]}` : 'x')
						.join(',')}]`
			)
			.join('\n');
		const front = compileText(`===\ntitle: T\n${bomb}\nzz: *i\n===\n\n[A]: Alpha. #position\n`);
		expect(front.diagnostics).toMatchObject([{ code: 'invalid-front-matter', line: 4, column: 8 }]);
		expect(front.map.nodes.map((n) => n.id)).toEqual(['a']);
		const data = compileText(`[A]: Alpha. #position {a: &a [x, x], b: [*a, *a]}\n`);
		expect(codes(data)).toEqual(['invalid-data']);
		// Asterisks and ampersands in text are no references.
		expect(codes(compileText('[A]: Alpha. #position {note: "R&D", x: a*b, y: 2 * 3}\n'))).toEqual(
			[]
		);
	});
});
