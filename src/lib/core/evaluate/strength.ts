/**
 * Gradual strength by DF-QuAD (Rago, Toni, Aurisicchio and Baroni 2016): a
 * node's attackers and supporters are each aggregated by probabilistic sum,
 * and the two totals move its base score down or up.
 *
 * Nodes are taken one strongly connected component at a time, each after the
 * components it depends on, so an acyclic map is computed in one pass. Inside
 * a cycle the values are iterated from the base scores until no value moves
 * by more than STRENGTH_TOLERANCE, or STRENGTH_MAX_ROUNDS have passed.
 */
import type { GraphShape } from '../model';
import type { WhatIf } from './framework';
import { components, type Components } from './components';
import { groupRows, indexMap, type IndexedMap, type Rows } from './rows';

export const DEFAULT_BASE = 0.5;
export const STRENGTH_TOLERANCE = 1e-9;
export const STRENGTH_MAX_ROUNDS = 1_000;

/** The direct influences on each node: DF-QuAD reads the map's edges, not derived attacks. */
export interface Influences {
	ids: readonly string[];
	index: ReadonlyMap<string, number>;
	/** For each node, its attackers in edge order (no duplicates, no self-loops). */
	attackers: Rows;
	/** For each node, its supporters in edge order (no duplicates, no self-loops). */
	supporters: Rows;
	/** The strongly connected components, each after those its nodes depend on. */
	components: Components;
}

export interface Strengths {
	values: Float64Array;
	base: Float64Array;
	/** False when a cycle was still moving after STRENGTH_MAX_ROUNDS. */
	converged: boolean;
	/** The most rounds any cycle took. */
	rounds: number;
}

/** Probabilistic sum: 1 − ∏(1 − v); 0 for no values. */
export function aggregate(values: Iterable<number>): number {
	let keep = 1;
	for (const v of values) keep *= 1 - v;
	return 1 - keep;
}

/** DF-QuAD's combination: the base score moved towards 0 or 1 by the difference of the totals. */
export function combine(base: number, attack: number, support: number): number {
	if (attack >= support) return base - base * (attack - support);
	return base + (1 - base) * (support - attack);
}

/** The attackers and supporters of each node of `map`. */
export const influencesOf = (map: GraphShape): Influences => influencesFrom(indexMap(map));

/** The influences of a map already indexed (an evaluation indexes it once for every step). */
export function influencesFrom(m: IndexedMap): Influences {
	const n = m.ids.length;
	// Two flat lists of (node, influence) pairs in edge order; rows drop repeats.
	const attacked: number[] = [];
	const attacker: number[] = [];
	const supported: number[] = [];
	const supporter: number[] = [];
	for (let k = 0; k < m.edges.length; k++) {
		const from = m.from[k]!;
		const to = m.to[k]!;
		if (from < 0 || to < 0 || from === to) continue;
		const kind = m.edges[k]!.kind;
		if (kind === 'supports') {
			supported.push(to);
			supporter.push(from);
			continue;
		}
		attacked.push(to);
		attacker.push(from);
		if (kind === 'contradicts') {
			attacked.push(from);
			attacker.push(to);
		}
	}
	const rows = (owner: number[], value: number[]): Rows => {
		const { start, items } = groupRows(n, owner, value);
		return { start, items };
	};
	const attackers = rows(attacked, attacker);
	const supporters = rows(supported, supporter);
	return {
		ids: m.ids,
		index: m.index,
		attackers,
		supporters,
		components: components(attackers, supporters)
	};
}

/** Base scores: the what-if's, else the author's, else DEFAULT_BASE. */
export function baseScores(
	map: { nodes: readonly { id: string; base?: number }[] },
	whatIf: WhatIf = {}
): Float64Array {
	const { nodes } = map;
	const base = new Float64Array(nodes.length);
	for (let i = 0; i < nodes.length; i++) base[i] = nodes[i]!.base ?? DEFAULT_BASE;
	const set = whatIf.base ?? {};
	// Own keys only: a node called `__proto__` would otherwise read the object's prototype.
	if (Object.keys(set).length > 0)
		for (let i = 0; i < nodes.length; i++)
			if (Object.hasOwn(set, nodes[i]!.id)) base[i] = set[nodes[i]!.id]!;
	return base;
}

/**
 * DF-QuAD strengths. A rejected node (1 in `rejected`, by index) has its strength
 * fixed at 0, so it adds nothing to what it attacks or supports, as if it were removed.
 */
export function strengths(inf: Influences, base: Float64Array, rejected: Uint8Array): Strengths {
	const n = inf.ids.length;
	const values = Float64Array.from(base);
	for (let i = 0; i < n; i++) if (rejected[i]) values[i] = 0;
	const { start: aStart, items: aItems } = inf.attackers;
	const { start: sStart, items: sItems } = inf.supporters;
	// Loops over the rows rather than aggregate(): this runs once per node and round, on large maps.
	const compute = (i: number) => {
		if (rejected[i]) return 0;
		let keepA = 1;
		for (let s = aStart[i]!; s < aStart[i + 1]!; s++) keepA *= 1 - values[aItems[s]!]!;
		let keepS = 1;
		for (let s = sStart[i]!; s < sStart[i + 1]!; s++) keepS *= 1 - values[sItems[s]!]!;
		return combine(base[i]!, 1 - keepA, 1 - keepS);
	};
	let converged = true;
	let rounds = 0;
	const { order, start } = inf.components;
	for (let c = 0; c + 1 < start.length; c++) {
		const first = start[c]!;
		const end = start[c + 1]!;
		if (end - first === 1) {
			values[order[first]!] = compute(order[first]!);
			continue;
		}
		// Gauss–Seidel rounds: each value is updated from the freshest values of the others.
		let round = 0;
		let moved = Infinity;
		while (moved > STRENGTH_TOLERANCE && round < STRENGTH_MAX_ROUNDS) {
			moved = 0;
			for (let k = first; k < end; k++) {
				const i = order[k]!;
				const v = compute(i);
				moved = Math.max(moved, Math.abs(v - values[i]!));
				values[i] = v;
			}
			round++;
		}
		rounds = Math.max(rounds, round);
		if (moved > STRENGTH_TOLERANCE) converged = false;
	}
	return { values, base, converged, rounds };
}
