import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	arrivingClass,
	highlightFor,
	highlightPlan,
	NO_HIGHLIGHT,
	type Highlight
} from './highlight';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

/** A graph as its elements' class sets, changed the way the canvas applies a plan. */
function apply(classes: Map<string, Set<string>>, from: Highlight, to: Highlight) {
	const plan = highlightPlan(from, to);
	for (const set of classes.values()) {
		if (plan.whole === 'dim') set.add('dim');
		if (plan.whole === 'undim') set.delete('dim');
	}
	for (const c of plan.changes) {
		// Not drawn yet: it takes its class when it arrives.
		const set = classes.get(c.id);
		if (!set) continue;
		for (const cls of c.remove.split(' ').filter(Boolean)) set.delete(cls);
		for (const cls of c.add.split(' ').filter(Boolean)) set.add(cls);
	}
	return plan;
}

/** What an element's classes must be under a highlight, worked out from scratch. */
const expected = (h: Highlight, id: string) => {
	const cls = h.lit.get(id) ?? (h.dimRest ? 'dim' : '');
	return cls ? [cls] : [];
};
/** An element drawn later (a batch of a large map) arrives bare and takes its class. */
const arrive = (h: Highlight, id: string) => {
	const cls = arrivingClass(h, id);
	return new Set(cls ? [cls] : []);
};

const highlights = fc.oneof(
	fc.constant(NO_HIGHLIGHT),
	fc
		.dictionary(
			fc.constantFrom(...IDS),
			fc.constantFrom('', 'match', 'trace-support', 'trace-attack')
		)
		.chain((lit) =>
			// The viewer always dims the rest of a lit graph; the plan must not depend on that.
			fc.boolean().map((dimRest): Highlight => ({ dimRest, lit: new Map(Object.entries(lit)) }))
		)
);

describe('highlight changes', () => {
	it('leave every element with exactly the classes of the last highlight', () => {
		fc.assert(
			fc.property(fc.array(highlights, { maxLength: 10 }), (sequence) => {
				const classes = new Map<string, Set<string>>();
				let shown = NO_HIGHLIGHT;
				for (const [i, next] of sequence.entries()) {
					// Elements arrive one per step, like batches drawn while the reader searches.
					if (i < IDS.length) classes.set(IDS[i]!, arrive(shown, IDS[i]!));
					apply(classes, shown, next);
					shown = next;
					for (const [id, set] of classes) expect([...set].sort()).toEqual(expected(shown, id));
				}
			})
		);
	});

	it('touch only the elements whose highlight differs', () => {
		const many = (ids: string[]): Highlight => ({
			dimRest: true,
			lit: new Map(ids.map((id) => [id, 'match']))
		});
		const plan = highlightPlan(many(['a', 'b', 'c']), many(['b', 'c', 'd']));
		expect(plan.whole).toBeNull();
		expect(plan.changes).toEqual([
			{ id: 'a', remove: 'match', add: 'dim' },
			{ id: 'd', remove: 'dim', add: 'match' }
		]);
		expect(highlightPlan(many(['a']), many(['a'])).changes).toEqual([]);
	});

	it('lights a trace by polarity, the traced node undimmed, and nothing without one', () => {
		const h = highlightFor({
			node: 'n',
			tree: [
				{
					node: 's',
					edge: 'e1',
					kind: 'supports',
					polarity: 1,
					depth: 1,
					children: [
						{ node: 'r', edge: 'e2', kind: 'attacks', polarity: -1, depth: 2, children: [] }
					]
				}
			],
			supporters: ['s'],
			contesters: ['r'],
			chains: [],
			truncated: false
		});
		expect(Object.fromEntries(h.lit)).toEqual({
			n: '',
			s: 'trace-support',
			e1: 'trace-support',
			r: 'trace-attack',
			e2: 'trace-attack'
		});
		expect(highlightFor(null)).toBe(NO_HIGHLIGHT);
	});
});
