import { describe, expect, it } from 'vitest';
import { frameworkMap } from '$test/frameworks';
import { evaluate } from './index';

/** Grounded labels as a compact string in node order, e.g. "in out in". */
const grounded = (nodes: string, edges: string[]) => {
	const e = evaluate(frameworkMap(nodes, edges));
	return nodes
		.split(' ')
		.map((id) => e.grounded[id])
		.join(' ');
};

/** Preferred extensions as sorted strings, e.g. ["ac", "bd"]. */
const preferred = (nodes: string, edges: string[]) =>
	evaluate(frameworkMap(nodes, edges))
		.preferred.extensions.map((e) => [...e].sort().join(''))
		.sort();

describe('grounded and preferred semantics on textbook frameworks', () => {
	it('a chain reinstates every second node', () => {
		expect(grounded('a b c d', ['a>b', 'b>c', 'c>d'])).toBe('in out in out');
		expect(preferred('a b c d', ['a>b', 'b>c', 'c>d'])).toEqual(['ac']);
	});

	it('the Nixon diamond: a mutual attack leaves both undecided, one preferred extension each', () => {
		expect(grounded('a b', ['a>b', 'b>a'])).toBe('undecided undecided');
		expect(preferred('a b', ['a>b', 'b>a'])).toEqual(['a', 'b']);
		const e = evaluate(frameworkMap('a b', ['a>b', 'b>a']));
		expect(e.acceptance).toEqual({ a: 'credulous', b: 'credulous' });
	});

	it('an odd cycle has only the empty preferred extension', () => {
		expect(grounded('a b c', ['a>b', 'b>c', 'c>a'])).toBe('undecided undecided undecided');
		expect(preferred('a b c', ['a>b', 'b>c', 'c>a'])).toEqual(['']);
	});

	it('an even cycle has two preferred extensions', () => {
		const edges = ['a>b', 'b>c', 'c>d', 'd>a'];
		expect(grounded('a b c d', edges)).toBe('undecided undecided undecided undecided');
		expect(preferred('a b c d', edges)).toEqual(['ac', 'bd']);
	});

	it('a self-attacking node is never in, and what it alone attacks is undecided', () => {
		expect(grounded('a b', ['a>a', 'a>b'])).toBe('undecided undecided');
		expect(preferred('a b', ['a>a', 'a>b'])).toEqual(['']);
		// Attacked from outside, the self-attacker goes out and reinstates its target.
		expect(grounded('a b c', ['a>a', 'a>b', 'c>a'])).toBe('out in in');
	});

	it('floating reinstatement: d is in every preferred extension but undecided in grounded', () => {
		const edges = ['a>b', 'b>a', 'a>c', 'b>c', 'c>d'];
		expect(grounded('a b c d', edges)).toBe('undecided undecided undecided undecided');
		expect(preferred('a b c d', edges)).toEqual(['ad', 'bd']);
		const e = evaluate(frameworkMap('a b c d', edges));
		expect(e.acceptance).toEqual({ a: 'credulous', b: 'credulous', c: 'none', d: 'sceptical' });
	});

	it("Dung's 1995 example: an unattacked argument defends what it reinstates", () => {
		// Dung's I.-and-A. dialogue: i1 attacks a1, a2 attacks i1, and nothing attacks a2.
		expect(grounded('i1 a1 a2', ['i1>a1', 'a2>i1'])).toBe('out in in');
		expect(preferred('i1 a1 a2', ['i1>a1', 'a2>i1'])).toEqual(['a1a2']);
	});

	it('an undercut attacks the argument it targets, not its conclusion', () => {
		expect(grounded('u arg c', ['u_arg', 'arg+c'])).toBe('in out in');
	});

	it('a contradiction attacks in both directions', () => {
		expect(grounded('a b', ['a~b'])).toBe('undecided undecided');
		expect(grounded('a b x', ['a~b', 'x>a'])).toBe('out in in');
	});

	it('plain supports carry no attack', () => {
		expect(grounded('a b c', ['a+b', 'c>a'])).toBe('out in in');
	});
});

describe('preferred semantics within a budget', () => {
	// k independent mutual attacks: 2^k preferred extensions.
	const pairsOf = (k: number) =>
		Array.from({ length: k }, (_, i) => [`a${i}>b${i}`, `b${i}>a${i}`]).flat();
	const nodesOf = (k: number) => Array.from({ length: k }, (_, i) => `a${i} b${i}`).join(' ');
	const pairs = pairsOf(12);
	const nodes = nodesOf(12);

	it('reports the budget reached instead of hanging, and what it found is genuine', () => {
		const e = evaluate(frameworkMap(nodes, pairs), {}, { preferred: { maxExtensions: 10 } });
		expect(e.preferred.complete).toBe(false);
		expect(e.preferred.limit).toBe('extensions');
		expect(e.preferred.extensions).toHaveLength(10);
		for (const ext of e.preferred.extensions) expect(ext).toHaveLength(12);
	});

	it('stops at the step budget', () => {
		const e = evaluate(frameworkMap(nodes, pairs), {}, { preferred: { maxSteps: 50 } });
		expect(e.preferred).toMatchObject({ complete: false, limit: 'steps', steps: 50 });
		// What the search could not finish is unknown, not guessed.
		expect(Object.values(e.acceptance)).toContain('unknown');
	});

	it('finds them all within the default budget, and says when there are more', () => {
		const nine = evaluate(frameworkMap(nodesOf(9), pairsOf(9)));
		expect(nine.preferred.complete).toBe(true);
		expect(nine.preferred.extensions).toHaveLength(512);
		const twelve = evaluate(frameworkMap(nodes, pairs));
		expect(twelve.preferred).toMatchObject({ complete: false, limit: 'extensions' });
	});
});
