import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';
import { frameworkMap } from '$test/frameworks';
import { referenceMap, REFERENCE_THESIS } from '$test/reference-map';
import { runEvaluation } from './index';

const why = (map: Parameters<typeof runEvaluation>[0], id: string, whatIf = {}) =>
	runEvaluation(map, whatIf).explain(id)!;

/** An argument reconstructed from two premises, one of them attacked. */
const reconstructed = `
[Thesis]: T. #position
  + <Arg>

<Arg>

(1) [P]: p.
(2) [Q]: q.
----
(3) [Thesis]

[P]
  - [X]: x.

[Q]
  - [R]: r.
    - [S]: s.
`;

describe('necessary support of premises', () => {
	const { map, diagnostics } = compileText(reconstructed);
	const id = (title: string) => map.nodes.find((n) => n.title === title)!.id;

	it('an argument falls with an attacked premise (a secondary attack), its conclusion does not', () => {
		expect(diagnostics).toEqual([]);
		const { evaluation: e } = runEvaluation(map);
		expect(e.grounded[id('P')]).toBe('out');
		expect(e.grounded[id('Arg')]).toBe('out');
		expect(e.grounded[id('Thesis')]).toBe('in');
		expect(why(map, id('Arg')).label).toBe(
			'Out: attacked by «X» (it attacks the premise «P»), which stands unanswered.'
		);
	});

	it('rejecting a premise in a what-if takes the argument down with it', () => {
		const map2 = compileText(reconstructed.replace('  - [X]: x.\n', '')).map;
		const id2 = (title: string) => map2.nodes.find((n) => n.title === title)!.id;
		const run = runEvaluation(map2, { reject: [id2('Q')] });
		expect(run.evaluation.grounded[id2('Arg')]).toBe('out');
		expect(run.explain(id2('Q'))).toEqual({
			label: 'Out: rejected in this what-if.',
			strength: 'Strength 0: rejected in this what-if.'
		});
		expect(run.explain(id2('Arg'))!.label).toBe(
			'Out: its premise «Q» is rejected in this what-if.'
		);
		// Without the what-if, Q's attacker R is answered by S and the argument stands.
		expect(runEvaluation(map2).evaluation.grounded[id2('Arg')]).toBe('in');
	});
});

describe('explanations', () => {
	it('says which in node answers each attacker of an in node', () => {
		const map = frameworkMap('a b c', ['b>a', 'c>b']);
		expect(why(map, 'a').label).toBe('In: every attack on it is answered: «B» by «C».');
		expect(why(map, 'c').label).toBe('In: nothing attacks it.');
		expect(why(map, 'b').label).toBe('Out: attacked by «C», which stands unanswered.');
	});

	it('names the cycle behind an undecided node', () => {
		const map = frameworkMap('a b c d', ['a>b', 'b>c', 'c>a', 'c>d']);
		expect(why(map, 'a').label).toBe(
			'Undecided: «A» attacks «B» attacks «C» attacks «A», in a cycle, and nothing outside settles it. No preferred extension accepts it.'
		);
		expect(why(map, 'd').label).toMatch(
			/^Undecided: attacked by «C», which is undecided \(«C» attacks «A»/
		);
		expect(why(frameworkMap('a', ['a>a']), 'a').label).toMatch(/^Undecided: «A» attacks itself\./);
		expect(why(frameworkMap('a b', ['a>b', 'b>a']), 'a').label).toBe(
			'Undecided: «A» and «B» attack each other, and nothing outside settles it. 1 of 2 preferred extensions accept it.'
		);
	});

	it('names the children that moved a strength most', () => {
		const map = frameworkMap('a s c', ['a>c', 's+c']);
		const withBases = {
			...map,
			nodes: map.nodes.map((n) => (n.id === 'a' ? { ...n, base: 0.9 } : n))
		};
		// Without a the support alone gives 0.75; without s the attack alone gives 0.05.
		expect(why(withBases, 'c').strength).toBe(
			'Strength 0.30 from base 0.50: raised most by «S» (without it: 0.05); lowered most by «A» (without it: 0.75).'
		);
		expect(why(withBases, 'a').strength).toBe(
			'Strength 0.90 from base 0.90: nothing attacks or supports it.'
		);
	});
});

describe('the reference map', () => {
	const map = referenceMap();
	const run = runEvaluation(map);
	const e = run.evaluation;

	it("the author's thesis stands once his rebuttals are weighed", () => {
		expect(e.grounded[REFERENCE_THESIS]).toBe('in');
		expect(e.acceptance[REFERENCE_THESIS]).toBe('sceptical');
		expect(run.explain(REFERENCE_THESIS)!.label).toBe(
			'In: every attack on it is answered: «Competition for assets» by «Complementarity»; «Division of labour» by «It cuts both ways».'
		);
		expect(e.preferred.complete).toBe(true);
	});

	it('lists the unanswered objections per position', () => {
		const thesis = e.unanswered.find((u) => u.position === REFERENCE_THESIS)!;
		// Every objection the map records against the thesis is answered in the
		// article; the last, the burden of air deployments, by its "even so".
		expect(thesis.against).toEqual([]);
		expect(thesis.for.map((o) => o.from)).toEqual(
			expect.arrayContaining(['complementarity', 'air-power-is-fast'])
		);
		const japanFirst = e.unanswered.find((u) => u.position === 'japan-first')!;
		expect(japanFirst.against).toEqual([]);
	});
});

describe('the worked example of docs/adr/0005-evaluation.md', () => {
	const { map } = compileText(`[Thesis]: T. #position
  + <Arg>
  - [Objection]: O.
    - [Answer]: A.

<Arg>

(1) [P]: p.
(2) [Q]: q.
----
(3) [Thesis]

[P]
  - [X]: x.
`);
	const run = runEvaluation(map);

	it('gives the labels, strengths and explanation the ADR states', () => {
		expect({ ...run.evaluation.grounded }).toEqual({
			thesis: 'in',
			objection: 'out',
			answer: 'in',
			p: 'out',
			q: 'in',
			x: 'in',
			arg: 'out'
		});
		expect({ ...run.evaluation.strength }).toEqual({
			thesis: 0.78125,
			objection: 0.25,
			answer: 0.5,
			p: 0.25,
			q: 0.5,
			x: 0.5,
			arg: 0.8125
		});
		expect(run.explain('arg')!.label).toBe(
			'Out: attacked by «X» (it attacks the premise «P»), which stands unanswered.'
		);
	});
});
