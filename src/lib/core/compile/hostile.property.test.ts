/**
 * Generated hostile maps: deep nesting, long chains, cycles, titles that are
 * names of JavaScript's built-in objects, line separators and huge lines.
 * Whatever the map, compileMap must not throw and must keep every statement
 * and relation, or, past the nesting limit, say where the limit was passed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../argdown/tokens';
import { compileMap } from './index';

/** Property names of the objects a careless index could find behind a title. */
const BUILT_IN_NAMES = [
	...new Set(
		[
			Object.prototype,
			Function.prototype,
			Array.prototype,
			String.prototype,
			Promise.prototype,
			Object,
			Array,
			globalThis
		].flatMap((o) => Object.getOwnPropertyNames(o))
	)
].filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));

const SEPARATORS = ['\u2028', '\u2029'];
const word = fc.stringMatching(/^[a-z]{1,8}$/);

const title = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...BUILT_IN_NAMES) },
	{ weight: 1, arbitrary: fc.stringMatching(/^[A-Z][a-z]{0,6}$/) },
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom(...BUILT_IN_NAMES), fc.constantFrom(...SEPARATORS), word)
			.map(([a, sep, b]) => `${a}${sep}${b}`)
	}
);

const text = fc.oneof(
	{
		weight: 8,
		arbitrary: fc
			.array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', ...SEPARATORS)), {
				minLength: 1,
				maxLength: 12
			})
			.map((parts) => parts.map(([w, sep]) => w + sep).join('') + 'end.')
	},
	// A huge line: one statement of up to a few hundred thousand characters.
	{
		weight: 1,
		arbitrary: fc
			.tuple(word, fc.integer({ min: 10_000, max: 60_000 }))
			.map(([w, n]) => `${w} `.repeat(n) + 'end.')
	}
);

const RELATIONS = ['+', '-', '><'] as const;
type Relation = (typeof RELATIONS)[number];
const KIND: Record<Relation, string> = { '+': 'supports', '-': 'attacks', '><': 'contradicts' };

interface Plan {
	statements: { title: string; text: string }[];
	/** [from, relation, to] as indices into statements: `from` supports, attacks or contradicts `to`. */
	relations: [number, Relation, number][];
	/** A chain of this many statements, each supporting the one before, written flat. */
	chain: number;
	/** A relation tree this many levels deep, cycling through the statements. */
	depth: number;
	/** What each level of that tree is indented by. */
	indent: string;
}

const plan: fc.Arbitrary<Plan> = fc
	.uniqueArray(fc.record({ title, text }), {
		minLength: 2,
		maxLength: 25,
		// Separators read as spaces, so two titles that differ only there are the same title.
		selector: (s) => readAs(s.title)
	})
	.chain((statements) => {
		const index = fc.nat(statements.length - 1);
		return fc.record({
			statements: fc.constant(statements),
			relations: fc.array(fc.tuple(index, fc.constantFrom(...RELATIONS), index), {
				maxLength: 40
			}),
			chain: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 })),
			depth: fc.oneof(
				{ weight: 4, arbitrary: fc.integer({ min: 0, max: MAX_NESTING }) },
				{ weight: 1, arbitrary: fc.integer({ min: MAX_NESTING + 1, max: 300 }) },
				// Deep enough that Argdown's parser runs out of stack and returns nothing.
				{ weight: 1, arbitrary: fc.integer({ min: 800, max: 1500 }) }
			),
			indent: fc.constantFrom(' ', '  ', '\t')
		});
	});

/** How the compiler reads a title or text: line and paragraph separators are spaces. */
const readAs = (s: string) => s.replace(/[\u2028\u2029]/g, ' ');
const squash = (s: string) => readAs(s).replace(/\s+/g, ' ').trim();

interface Written {
	text: string;
	/** Line of the relation that nests one level past MAX_NESTING, if any. */
	tooDeepLine?: number;
	titles: string[];
	/** `from kind to` by title, as the map's edges should read. */
	edges: Set<string>;
}

function write(p: Plan): Written {
	const lines: string[] = [];
	const titles = p.statements.map((s) => s.title);
	const chainTitles = Array.from({ length: p.chain }, (_, i) => `Link ${i}`);
	const edges = new Set<string>();
	const edge = (from: string, relation: Relation, to: string) => {
		if (readAs(from) === readAs(to)) return;
		const ends = [readAs(from), readAs(to)];
		if (relation === '><') ends.sort();
		edges.add(`${ends[0]} ${KIND[relation]} ${ends[1]}`);
	};

	p.statements.forEach((s, i) =>
		lines.push(`[${s.title}]: ${s.text}${i === 0 ? ' #position' : ''}`, '')
	);
	chainTitles.forEach((t, i) => lines.push(`[${t}]: Link ${i} of the chain.`, ''));

	for (const [from, relation, to] of p.relations) {
		const [a, b] = [titles[from] as string, titles[to] as string];
		lines.push(`[${b}]`, `  ${relation} [${a}]`, '');
		edge(a, relation, b);
	}
	for (let i = 1; i < chainTitles.length; i++) {
		lines.push(`[${chainTitles[i - 1]}]`, `  + [${chainTitles[i]}]`, '');
		edge(chainTitles[i] as string, '+', chainTitles[i - 1] as string);
	}

	let tooDeepLine: number | undefined;
	if (p.depth > 0) {
		const at = (level: number) => titles[level % titles.length] as string;
		lines.push(`[${at(0)}]`);
		for (let level = 1; level <= p.depth; level++) {
			lines.push(`${p.indent.repeat(level)}+ [${at(level)}]`);
			if (level === MAX_NESTING + 1) tooDeepLine = lines.length;
			edge(at(level), '+', at(level - 1));
		}
	}
	return {
		text: lines.join('\n'),
		tooDeepLine,
		titles: [...titles, ...chainTitles].map(readAs),
		edges
	};
}

const runs = Number(process.env.FC_RUNS ?? 100);

describe('compileMap on hostile maps', () => {
	it('never throws, and keeps every statement and relation or says where nesting went too deep', () => {
		fc.assert(
			fc.property(plan, (p) => {
				const w = write(p);
				const { map, diagnostics } = compileMap({ id: 'h', file: 'h.argdown', content: w.text });
				const errors = diagnostics.filter((d) => d.severity === 'error');
				for (const d of diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);

				if (w.tooDeepLine !== undefined) {
					// Argdown may or may not get through; the located error is there either way.
					expect(errors.map((d) => [d.code, d.line, d.column])).toEqual([
						['too-deep', w.tooDeepLine, p.indent.length * (MAX_NESTING + 1) + 1]
					]);
					return;
				}
				expect(errors).toEqual([]);
				const byTitle = new Map(map.nodes.map((n) => [n.title, n]));
				expect([...byTitle.keys()].sort()).toEqual([...w.titles].sort());
				for (const s of p.statements)
					expect(squash(byTitle.get(readAs(s.title))?.text ?? '')).toBe(squash(s.text));

				const titleOf = new Map(map.nodes.map((n) => [n.id, n.title]));
				const edges = map.edges.map((e) => {
					const ends = [titleOf.get(e.from), titleOf.get(e.to)];
					if (e.kind === 'contradicts') ends.sort();
					return `${ends[0]} ${e.kind} ${ends[1]}`;
				});
				expect(edges.sort()).toEqual([...w.edges].sort());
			}),
			{ numRuns: runs }
		);
	}, 600_000);
});
