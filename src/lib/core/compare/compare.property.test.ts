import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceMap } from '$test/reference-map';
import type { EdgeKind, MapNode, NodeKind, QuoteAnchor } from '../model';
import { compareMaps, matchNodes, type ComparableMap } from '.';

const SOURCE =
	'The river rose in spring. Farmers moved their herds uphill. The town built a wall of stone. Nobody expected the second flood. 川は春に増水した。';
const WORDS = ['river', 'flood', 'wall', 'town', 'farmer', 'the', 'it', 'stone', 'spring', '増水'];
const KINDS: NodeKind[] = ['position', 'claim', 'claim', 'evidence', 'argument'];
const EDGES: EdgeKind[] = ['supports', 'attacks', 'undercuts', 'contradicts'];
const location = { file: 'm.argdown', line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Small maps whose nodes share words, quote overlapping spans, and may say the same thing twice. */
const maps = fc.integer({ min: 1, max: 12 }).chain((n) =>
	fc.record({
		nodes: fc.array(
			fc.record({
				kind: fc.constantFrom(...KINDS),
				title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
				text: fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }),
				span: fc.tuple(fc.nat(SOURCE.length - 1), fc.integer({ min: 1, max: 40 }))
			}),
			{ minLength: n, maxLength: n }
		),
		edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(...EDGES)), {
			maxLength: 2 * n
		}),
		language: fc.constantFrom('en', 'ja')
	})
);

type Drawn = typeof maps extends fc.Arbitrary<infer T> ? T : never;

function build(drawn: Drawn, id = 'm'): ComparableMap {
	const nodes = drawn.nodes.map((d, i): MapNode => {
		// Titles are unique within a map, as the compiler makes them.
		const base = { id: `n${i}`, title: `${d.title.join(' ')} ${i}`, text: d.text.join(' ') };
		const [start, length] = d.span;
		const end = Math.min(SOURCE.length, start + length);
		const quote: QuoteAnchor = {
			source: 's',
			exact: SOURCE.slice(start, end),
			prefix: '',
			suffix: '',
			start,
			end
		};
		if (d.kind === 'evidence') return { ...base, kind: 'evidence', tags: [], quote, location };
		if (d.kind === 'argument') return { ...base, kind: 'argument', tags: [], pcs: [], location };
		return { ...base, kind: d.kind, tags: [], location } as MapNode;
	});
	return {
		id,
		title: id,
		language: drawn.language,
		sources: [{ id: 's', title: 'S', text: SOURCE }],
		nodes,
		edges: drawn.edges.map(([from, to, kind], i) => ({
			id: `e${i}`,
			from: `n${from}`,
			to: `n${to}`,
			kind,
			origin: 'relation' as const
		}))
	};
}

describe('comparing a map with itself', () => {
	it('matches every node to itself, covers everything and finds no conflict', () => {
		fc.assert(
			fc.property(maps, (drawn) => {
				const map = build(drawn);
				const report = compareMaps(map, map);
				expect(report.matched.map((p) => [p.reference, p.student])).toEqual(
					map.nodes.map((n) => [n.id, n.id])
				);
				expect(report.coverage).toBe(1);
				expect(report.conflicts).toEqual([]);
				expect(report.missing).toEqual([]);
				expect(report.extra).toEqual([]);
			}),
			{ numRuns: 150 }
		);
	});

	it('holds for the reference map', () => {
		const map = referenceMap();
		const report = compareMaps(map, map);
		expect(report.matched.every((p) => p.reference === p.student)).toBe(true);
		expect(report.matched).toHaveLength(map.nodes.length);
		expect(report.coverage).toBe(1);
		expect(report.conflicts).toEqual([]);
	});
});

describe('the assignment', () => {
	it('is one-to-one, and every match reaches the threshold', () => {
		fc.assert(
			fc.property(maps, maps, (a, b) => {
				const matched = matchNodes(build(a, 'a'), build(b, 'b'));
				const refs = matched.map((p) => p.reference);
				const students = matched.map((p) => p.student);
				expect(new Set(refs).size).toBe(refs.length);
				expect(new Set(students).size).toBe(students.length);
				for (const p of matched) expect(p.score).toBeGreaterThanOrEqual(0.25);
			}),
			{ numRuns: 150 }
		);
	});
});

/** A fixed table of rewordings, as a student paraphrasing titles would make. */
const REWORD: [RegExp, string][] = [
	[/\bJapan\b/g, 'Tokyo'],
	[/\bNATO\b/g, 'the Alliance'],
	[/\bQuote\b/g, 'Citation'],
	[/\bEurope\b/g, 'the Europeans'],
	[/\bthe\b/g, 'a'],
	[/\bUS\b/g, 'American'],
	[/s\b/g, '']
];
const reword = (title: string) => REWORD.reduce((t, [from, to]) => t.replace(from, to), title);

describe('comparing with a reworded copy of the reference map', () => {
	it('still matches every quoted node, whatever nodes the student dropped', () => {
		const reference = referenceMap();
		const copy = {
			...reference,
			nodes: reference.nodes.map((n) => ({ ...n, title: reword(n.title), id: `s-${n.id}` }))
		};
		copy.edges = reference.edges.map((e) => ({ ...e, from: `s-${e.from}`, to: `s-${e.to}` }));
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.nat(reference.nodes.length - 1), { maxLength: 60 }),
				(dropped) => {
					const gone = new Set(dropped.map((i) => copy.nodes[i]!.id));
					const student = {
						...copy,
						nodes: copy.nodes.filter((n) => !gone.has(n.id)),
						edges: copy.edges.filter((e) => !gone.has(e.from) && !gone.has(e.to))
					};
					const found = new Map(
						matchNodes(reference, student).map((p) => [p.student, p.reference])
					);
					for (const n of student.nodes)
						if (n.kind === 'evidence') expect(found.get(n.id)).toBe(n.id.slice(2));
				}
			),
			{ numRuns: 15 }
		);
	});
});
