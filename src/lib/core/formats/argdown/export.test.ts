import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeArgdown } from '../../argdown/write';
import { compileMap } from '../../compile';
import type { DraftEdge, DraftMap, DraftNode } from '../draft';
import type { EdgeKind } from '../../model';
import { comparable } from '$test/compile-text';
import { argdownExporter } from './export';
import { exporterFor } from '../registry';
import { SAMPLE_SOURCE, sampleMap } from '$test/sample-map';

const SOURCE =
	'Plain words. Braces {like these} and "quotes". A back\\slash, === and // too. 日本語の文。';
const QUOTES = [
	'Plain words.',
	'{like these}',
	'"quotes"',
	'back\\slash, === and //',
	'日本語の文。'
];

const compile = (text: string, sources: Record<string, string>) =>
	compileMap({
		id: 'rt',
		file: 'rt.argdown',
		content: text,
		loadSource: (f) => sources[f] ?? null
	});

// Text that Argdown would read as markup unless it is escaped.
const piece = fc.oneof(
	fc.constantFrom('word', 'Ünïcode', '日本', '🦊', 'a-b', "it's", '"q"', '(1)', '1.', 'e.g.'),
	fc.constantFrom('[x]', ']', '<y>', '{a: 1}', '}', '#tag', '#', '*em*', '_it_', '@[m]', '@<n>'),
	fc.constantFrom(
		'//',
		'/*',
		'*/',
		'<!--',
		'-->',
		'.->.',
		':happy:',
		'===',
		'\\',
		'\\[',
		'+',
		'-',
		'><'
	),
	fc.string({ minLength: 1, maxLength: 6 })
);
const text = fc
	.array(piece, { minLength: 1, maxLength: 8 })
	.map((parts) => parts.join(' '))
	.filter((t) => /\S/.test(t));
const title = fc
	.array(fc.oneof(piece, fc.constantFrom('Claim', 'Evidence', 'Ünï')), {
		minLength: 1,
		maxLength: 3
	})
	.map((p) => p.join(' '));
const tag = fc.constantFrom('pro', 'two words', '日本', 'a-b');

interface Shape {
	kinds: ('position' | 'claim' | 'evidence' | 'sketch' | 'pcs')[];
	titles: string[];
	texts: string[];
	tags: string[][];
	quotes: number[];
	sections: (string | undefined)[];
	picks: number[];
	edges: { from: number; to: number; kind: EdgeKind }[];
}

const shape: fc.Arbitrary<Shape> = fc.integer({ min: 2, max: 10 }).chain((n) =>
	fc.record({
		kinds: fc.array(fc.constantFrom('position', 'claim', 'evidence', 'sketch', 'pcs'), {
			minLength: n,
			maxLength: n
		}),
		titles: fc.array(title, { minLength: n, maxLength: n }),
		texts: fc.array(text, { minLength: n, maxLength: n }),
		tags: fc.array(fc.uniqueArray(tag, { maxLength: 2 }), { minLength: n, maxLength: n }),
		quotes: fc.array(fc.nat(QUOTES.length - 1), { minLength: n, maxLength: n }),
		sections: fc.array(fc.constantFrom(undefined, 'One', 'Two [2]'), {
			minLength: n,
			maxLength: n
		}),
		picks: fc.array(fc.nat(n - 1), { minLength: 3 * n, maxLength: 3 * n }),
		edges: fc.array(
			fc.record({
				from: fc.nat(n - 1),
				to: fc.nat(n - 1),
				kind: fc.constantFrom<EdgeKind>('supports', 'attacks', 'undercuts', 'contradicts')
			}),
			{ maxLength: 2 * n }
		)
	})
);

/** A draft map from the generated shape, kept within what Argdown can say. */
function draftOf(s: Shape): DraftMap | null {
	const statements = s.kinds.flatMap((k, i) => (k === 'sketch' || k === 'pcs' ? [] : [i]));
	const nodes: DraftNode[] = s.kinds.map((k, i) => {
		const base = {
			key: `n${i}`,
			title: s.titles[i] as string,
			text: s.texts[i] as string,
			tags: (s.tags[i] as string[]).filter((t) => t !== 'position'),
			section: s.sections[i]
		};
		if (k === 'position') return { ...base, kind: 'position' };
		if (k === 'claim') return { ...base, kind: 'claim' };
		if (k === 'evidence')
			return {
				...base,
				kind: 'evidence',
				quote: { source: 'src', exact: QUOTES[s.quotes[i] as number] as string }
			};
		if (k === 'sketch') return { ...base, kind: 'argument', pcs: [] };
		// A reconstruction: one or two premises and a conclusion, all distinct statements.
		const chosen = [
			...new Set(
				s.picks.slice(3 * i, 3 * i + 3).map((p) => statements[p % (statements.length || 1)])
			)
		];
		const steps = chosen.filter((x): x is number => x !== undefined);
		if (steps.length < 2) return { ...base, kind: 'argument', pcs: [] };
		return {
			...base,
			kind: 'argument',
			pcs: steps.map((x, j) => ({
				node: `n${x}`,
				role: j === steps.length - 1 ? 'main-conclusion' : 'premise',
				...(j === steps.length - 1 && i % 2 ? { inferenceRules: ['Modus ponens'] } : {})
			}))
		};
	});
	const isStatement = (i: number) => !['sketch', 'pcs'].includes(s.kinds[i] as string);
	const reconstructed = (i: number) => (nodes[i]?.pcs?.length ?? 0) > 0;
	const edges: DraftEdge[] = s.edges
		.filter(({ from, to, kind }) => {
			if (from === to || reconstructed(from)) return false;
			// Argdown drops a relation into a reconstructed argument from a statement of its
			// reconstruction, or from one that already relates to such a statement.
			const pcs = new Set(nodes[to]?.pcs?.map((step) => step.node) ?? []);
			if (pcs.has(`n${from}`)) return false;
			const relatesToPremise = (e: Shape['edges'][number]) =>
				(e.from === from && pcs.has(`n${e.to}`)) ||
				// A contradiction relates both ways.
				(e.kind === 'contradicts' && e.to === from && pcs.has(`n${e.from}`));
			if (s.edges.some(relatesToPremise)) return false;
			if (kind === 'undercuts') return !isStatement(to);
			if (kind === 'contradicts') return isStatement(from) && isStatement(to);
			return true;
		})
		.map(({ from, to, kind }) => ({ from: `n${from}`, to: `n${to}`, kind }));
	return {
		title: 'Generated',
		language: 'en',
		sources: [{ id: 'src', title: 'Source', file: 'src.txt' }],
		nodes,
		edges
	};
}

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('argdown exporter', () => {
	it('is registered', () => expect(exporterFor('argdown')).toBe(argdownExporter));

	it('writes the sample map as the golden file', async () => {
		const { map } = sampleMap();
		await expect(argdownExporter.export(map)).toMatchFileSnapshot('../golden/sample.argdown');
	});

	it('round-trips the sample map', () => {
		const { map } = sampleMap();
		const again = compile(argdownExporter.export(map), { 'text.txt': SAMPLE_SOURCE });
		expect(again.diagnostics).toEqual([]);
		expect(comparable(again.map)).toEqual(comparable(map));
	});

	it('writes generated maps so that Argdown reads back every text, kind, quote and edge', () => {
		fc.assert(
			fc.property(shape, (s) => {
				const draft = draftOf(s) as DraftMap;
				const { text: written, titles } = writeArgdown(draft);
				const first = compile(written, { 'src.txt': SOURCE });
				expect(
					first.diagnostics.filter((d) => d.severity === 'error'),
					written
				).toEqual([]);
				const byTitle = new Map(first.map.nodes.map((n) => [n.title, n]));
				for (const d of draft.nodes) {
					const n = byTitle.get(titles.get(d.key) as string);
					expect(n, written).toBeDefined();
					expect(n?.kind).toBe(d.kind);
					expect(n?.text).toBe(norm(d.text));
					if (n?.kind === 'evidence') expect(norm(n.quote.exact)).toBe(norm(d.quote!.exact));
				}
				const keyTitle = (k: string) => titles.get(k);
				const idTitle = new Map(first.map.nodes.map((n) => [n.id, n.title]));
				const sym = (a: string, k: string, b: string) =>
					k === 'contradicts' && b < a ? `${b} ${k} ${a}` : `${a} ${k} ${b}`;
				const expected = new Set(
					draft.edges.map((e) => sym(keyTitle(e.from)!, e.kind, keyTitle(e.to)!))
				);
				const actual = new Set(
					first.map.edges
						.filter((e) => e.origin === 'relation')
						.map((e) => sym(idTitle.get(e.from)!, e.kind, idTitle.get(e.to)!))
				);
				expect(actual).toEqual(expected);

				// And the exporter gives back the same map.
				const second = compile(argdownExporter.export(first.map), { 'src.txt': SOURCE });
				expect(comparable(second.map)).toEqual(comparable(first.map));
			}),
			{ numRuns: Number(process.env.FC_RUNS ?? 150) }
		);
	});
});
