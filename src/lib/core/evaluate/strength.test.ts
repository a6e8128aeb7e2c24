import { describe, expect, it } from 'vitest';
import { frameworkMap } from '$test/frameworks';
import { aggregate, combine, evaluate } from './index';

const withBase = (map: ReturnType<typeof frameworkMap>, bases: Record<string, number>) => ({
	...map,
	nodes: map.nodes.map((n) => (n.id in bases ? { ...n, base: bases[n.id]! } : n))
});

describe('DF-QuAD', () => {
	it('aggregates by probabilistic sum', () => {
		expect(aggregate([])).toBe(0);
		expect(aggregate([0.5])).toBe(0.5);
		expect(aggregate([0.5, 0.5])).toBe(0.75);
		expect(aggregate([0.2, 0.5, 1])).toBe(1);
	});

	it('combines by moving the base score towards 0 or 1', () => {
		expect(combine(0.6, 0.3, 0.3)).toBe(0.6);
		expect(combine(0.6, 0.5, 0)).toBeCloseTo(0.3, 12); // 0.6 − 0.6·0.5
		expect(combine(0.6, 0, 0.5)).toBeCloseTo(0.8, 12); // 0.6 + 0.4·0.5
		expect(combine(0.6, 1, 0)).toBe(0);
		expect(combine(0.6, 0, 1)).toBe(1);
	});

	it('matches values computed by hand on a small tree', () => {
		// c is attacked by a (0.8) and b (0.5), supported by s (0.6), base 0.5:
		// attack 1 − 0.2·0.5 = 0.9, support 0.6, so 0.5 − 0.5·(0.9 − 0.6) = 0.35.
		const map = withBase(frameworkMap('a b s c', ['a>c', 'b>c', 's+c']), { a: 0.8, s: 0.6 });
		const e = evaluate(map);
		expect(e.strength.c).toBeCloseTo(0.35, 12);
		expect(e.strength.a).toBe(0.8);
		// t supports c once more (0.5): support 1 − 0.4·0.5 = 0.8, still below the attack 0.9,
		// so 0.5 − 0.5·0.1 = 0.45.
		const more = evaluate(
			withBase(frameworkMap('a b s t c', ['a>c', 'b>c', 's+c', 't+c']), { a: 0.8, s: 0.6 })
		);
		expect(more.strength.c).toBeCloseTo(0.45, 12);
	});

	it('propagates along a chain', () => {
		// a (0.5) attacks b (0.5): b = 0.25; b attacks c (0.5): c = 0.5 − 0.5·0.25 = 0.375.
		const e = evaluate(frameworkMap('a b c', ['a>b', 'b>c']));
		expect(e.strength).toEqual({ a: 0.5, b: 0.25, c: 0.375 });
	});

	it('converges on a mutual attack to the fixed point', () => {
		// x = 0.5 − 0.5·y and y = 0.5 − 0.5·x give x = y = 1/3.
		const e = evaluate(frameworkMap('a b', ['a>b', 'b>a']));
		expect(e.strengthConverged).toBe(true);
		expect(e.strength.a).toBeCloseTo(1 / 3, 8);
		expect(e.strength.b).toBeCloseTo(1 / 3, 8);
	});

	it('reads base scores from the map, and a what-if overrides them', () => {
		const map = withBase(frameworkMap('a b', ['a>b']), { a: 0.9 });
		expect(evaluate(map).strength.b).toBeCloseTo(0.05, 12);
		const e = evaluate(map, { base: { a: 0.1, b: 1 } });
		expect(e.strength.b).toBeCloseTo(0.9, 12);
		expect(e.whatIf.base).toEqual({ a: 0.1, b: 1 });
		expect(map.nodes[0]).toMatchObject({ base: 0.9 }); // the map itself is unchanged
	});

	it('gives a rejected node strength 0, so it adds nothing to what it attacks', () => {
		const e = evaluate(frameworkMap('a b', ['a>b']), { reject: ['a'] });
		expect(e.strength).toEqual({ a: 0, b: 0.5 });
	});

	it('reads a what-if base score by own key, so a node called __proto__ keeps its own', () => {
		const e = evaluate(frameworkMap('__proto__ b', ['__proto__>b']), { base: { b: 0.8 } });
		expect(e.strength['__proto__']).toBe(0.5);
		expect(e.strength.b).toBeCloseTo(0.4, 12); // 0.8 − 0.8·0.5
	});
});
