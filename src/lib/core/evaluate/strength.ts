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

export const DEFAULT_BASE = 0.5;
export const STRENGTH_TOLERANCE = 1e-9;
export const STRENGTH_MAX_ROUNDS = 1_000;

/** The direct influences on each node: DF-QuAD reads the map's edges, not derived attacks. */
export interface Influences {
	ids: readonly string[];
	index: ReadonlyMap<string, number>;
	attackers: readonly (readonly number[])[];
	supporters: readonly (readonly number[])[];
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

export function influencesOf(map: GraphShape): Influences {
	const ids = map.nodes.map((n) => n.id);
	const index = new Map(ids.map((id, i) => [id, i]));
	const attackers: number[][] = ids.map(() => []);
	const supporters: number[][] = ids.map(() => []);
	// One set of (kind, from, to) keys instead of a set per node: maps may have 20,000 nodes.
	const seen = new Set<number>();
	const add = (lists: number[][], from: number, to: number, kind: number) => {
		const key = (from * ids.length + to) * 2 + kind;
		if (seen.has(key)) return;
		seen.add(key);
		lists[to]!.push(from);
	};
	for (const e of map.edges) {
		const from = index.get(e.from);
		const to = index.get(e.to);
		if (from === undefined || to === undefined || from === to) continue;
		if (e.kind === 'supports') add(supporters, from, to, 1);
		else add(attackers, from, to, 0);
		if (e.kind === 'contradicts') add(attackers, to, from, 0);
	}
	return { ids, index, attackers, supporters };
}

/** Base scores: the what-if's, else the author's, else DEFAULT_BASE. */
export function baseScores(
	map: { nodes: readonly { id: string; base?: number }[] },
	whatIf: WhatIf = {}
): Float64Array {
	return Float64Array.from(map.nodes, (n) => whatIf.base?.[n.id] ?? n.base ?? DEFAULT_BASE);
}

/**
 * DF-QuAD strengths. A rejected node's strength is fixed at 0, so it adds
 * nothing to what it attacks or supports, as if it were removed.
 */
export function strengths(
	inf: Influences,
	base: Float64Array,
	rejected: ReadonlySet<number>
): Strengths {
	const n = inf.ids.length;
	const values = Float64Array.from(base);
	for (const r of rejected) values[r] = 0;
	// Loops rather than map/aggregate: this runs once per node and round, on large maps.
	const total = (list: readonly number[]) => {
		let keep = 1;
		for (const j of list) keep *= 1 - values[j]!;
		return 1 - keep;
	};
	const compute = (i: number) =>
		rejected.has(i) ? 0 : combine(base[i]!, total(inf.attackers[i]!), total(inf.supporters[i]!));
	let converged = true;
	let rounds = 0;
	for (const component of components(inf, n)) {
		if (component.length === 1) {
			values[component[0]!] = compute(component[0]!);
			continue;
		}
		// Gauss–Seidel rounds: each value is updated from the freshest values of the others.
		let round = 0;
		let moved = Infinity;
		while (moved > STRENGTH_TOLERANCE && round < STRENGTH_MAX_ROUNDS) {
			moved = 0;
			for (const i of component) {
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

/**
 * Strongly connected components of the dependency graph (a node depends on its
 * attackers and supporters), each listed after those it depends on. Tarjan's
 * algorithm with an explicit stack: maps can be thousands of levels deep.
 */
function components(inf: Influences, n: number): number[][] {
	const deps = (v: number) => inf.attackers[v]!.concat(inf.supporters[v]!);
	const order = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const onStack = new Uint8Array(n);
	const stack: number[] = [];
	const result: number[][] = [];
	let counter = 0;
	for (let root = 0; root < n; root++) {
		if (order[root] !== -1) continue;
		const work: { v: number; next: number[]; k: number }[] = [];
		const enter = (v: number) => {
			order[v] = low[v] = counter++;
			stack.push(v);
			onStack[v] = 1;
			work.push({ v, next: deps(v), k: 0 });
		};
		enter(root);
		while (work.length > 0) {
			const top = work[work.length - 1]!;
			if (top.k < top.next.length) {
				const w = top.next[top.k++]!;
				if (order[w] === -1) enter(w);
				else if (onStack[w]) low[top.v] = Math.min(low[top.v]!, order[w]!);
				continue;
			}
			work.pop();
			if (work.length > 0) {
				const parent = work[work.length - 1]!.v;
				low[parent] = Math.min(low[parent]!, low[top.v]!);
			}
			if (low[top.v] === order[top.v]) {
				const component: number[] = [];
				let w: number;
				do {
					w = stack.pop()!;
					onStack[w] = 0;
					component.push(w);
				} while (w !== top.v);
				result.push(component);
			}
		}
	}
	return result;
}
