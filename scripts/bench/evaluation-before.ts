/**
 * The evaluation path as it stood before its framework, strengths and standing
 * objections moved to compressed rows of typed arrays (a list or set per node,
 * string-keyed maps, and a full bearing index for the objections). Kept here
 * only so that the bench can time the two side by side and check that they
 * give the same results; nothing in the product imports it.
 */
import { bearingIndex } from '../../src/lib/core/graph/bearing';
import type { GraphShape } from '../../src/lib/core/model';
import type { Objection, PositionObjections, Strengths, WhatIf } from '../../src/lib/core/evaluate';
import {
	combine,
	DEFAULT_BASE,
	STRENGTH_MAX_ROUNDS,
	STRENGTH_TOLERANCE
} from '../../src/lib/core/evaluate';

export interface Framework {
	/** Node ids by index; the map's nodes first, in map order. */
	ids: readonly string[];
	/** How many of `ids` are map nodes; a what-if adds one node after them, the reader. */
	mapSize: number;
	index: ReadonlyMap<string, number>;
	/** For each node, the nodes that attack it (no duplicates). */
	attackers: readonly (readonly number[])[];
	/** For each node, the nodes it attacks (no duplicates). */
	targets: readonly (readonly number[])[];
	/** Why `from` attacks `to`: the first reason found, keyed by `from * size + to`. */
	reasons: ReadonlyMap<number, unknown>;
}

const READER = '(what-if)';

/**
 * Builds the framework of a map. Premise → argument supports are necessary
 * supports: an argument needs every premise it is reconstructed from. Other
 * supports carry no attack; they count only in gradual strength.
 */
export function buildFramework(map: GraphShape, whatIf: WhatIf = {}): Framework {
	const ids = map.nodes.map((n) => n.id);
	const index = new Map(ids.map((id, i) => [id, i]));
	const rejected = (whatIf.reject ?? []).filter((id) => index.has(id));
	const mapSize = ids.length;
	if (rejected.length > 0) {
		index.set(READER, ids.length);
		ids.push(READER);
	}
	const size = ids.length;
	const targets: number[][] = Array.from({ length: size }, () => []);
	// The reasons double as the set of attacks already made: one map, not a set per node.
	const reasons = new Map<number, unknown>();
	const attack = (from: number, to: number, reason: unknown) => {
		const key = from * size + to;
		if (reasons.has(key)) return;
		reasons.set(key, reason);
		targets[from]!.push(to);
	};

	// What each node needs: argument ← premise, read from premise edges.
	const needs: number[][] = Array.from({ length: size }, () => []);
	for (const e of map.edges) {
		const from = index.get(e.from);
		const to = index.get(e.to);
		if (from === undefined || to === undefined) continue;
		if (e.kind === 'attacks' || e.kind === 'undercuts')
			attack(from, to, { kind: 'edge', edge: e.id });
		else if (e.kind === 'contradicts') {
			attack(from, to, { kind: 'edge', edge: e.id });
			attack(to, from, { kind: 'edge', edge: e.id });
		} else if (e.origin === 'premise') needs[to]!.push(from);
	}
	const reader = index.get(READER);
	if (reader !== undefined)
		for (const id of rejected) attack(reader, index.get(id)!, { kind: 'rejected' });

	// Necessary support closes over chains (an argument needing a premise that needs another),
	// so the derived attacks use every node a node needs, directly or not.
	const neededBy: number[][] = Array.from({ length: size }, () => []);
	for (let arg = 0; arg < size; arg++)
		if (needs[arg]!.length > 0)
			for (const premise of transitively(needs, arg)) neededBy[premise]!.push(arg);
	const written = targets.map((t) => t.slice());
	const writtenAttackers: number[][] = Array.from({ length: size }, () => []);
	written.forEach((ts, from) => ts.forEach((to) => writtenAttackers[to]!.push(from)));
	for (let premise = 0; premise < size; premise++) {
		if (neededBy[premise]!.length === 0) continue;
		const premiseId = ids[premise]!;
		for (const attacker of writtenAttackers[premise]!)
			for (const arg of neededBy[premise]!)
				attack(attacker, arg, { kind: 'secondary', premise: premiseId });
		// Accepting an argument commits to its premises, so it conflicts with whatever they
		// attack, and with whatever needs what they attack.
		for (const target of written[premise]!)
			for (const arg of neededBy[premise]!)
				for (const t of [target, ...neededBy[target]!])
					attack(arg, t, { kind: 'extended', premise: premiseId });
	}

	const attackers: number[][] = Array.from({ length: size }, () => []);
	for (let from = 0; from < size; from++)
		for (const to of targets[from]!) attackers[to]!.push(from);
	return {
		ids,
		mapSize,
		index,
		attackers,
		targets,
		reasons
	};
}

/** Every node `start` reaches along `next`, without `start` itself unless on a cycle. */
function transitively(next: readonly (readonly number[])[], start: number): number[] {
	if (next[start]!.length === 0) return [];
	const seen = new Set<number>();
	const stack = [...next[start]!];
	while (stack.length > 0) {
		const n = stack.pop()!;
		if (seen.has(n)) continue;
		seen.add(n);
		stack.push(...next[n]!);
	}
	return [...seen];
}

/** One code per node: 1 in, 2 out, 0 undecided (typed array: maps may have tens of thousands of nodes). */
export function groundedCodes(af: Framework): Uint8Array {
	const n = af.ids.length;
	const codes = new Uint8Array(n);
	// Attackers of each node that are not yet out: at zero the node is in.
	const live = new Int32Array(n);
	const queue: number[] = [];
	for (let i = 0; i < n; i++) {
		live[i] = af.attackers[i]!.length;
		if (live[i] === 0) queue.push(i);
	}
	for (let head = 0; head < queue.length; head++) {
		const x = queue[head]!;
		codes[x] = 1;
		for (const y of af.targets[x]!) {
			if (codes[y] === 2) continue;
			codes[y] = 2;
			for (const z of af.targets[y]!) {
				live[z]!--;
				if (live[z] === 0 && codes[z] === 0) queue.push(z);
			}
		}
	}
	return codes;
}

/** The direct influences on each node: DF-QuAD reads the map's edges, not derived attacks. */
interface Influences {
	ids: readonly string[];
	index: ReadonlyMap<string, number>;
	attackers: readonly (readonly number[])[];
	supporters: readonly (readonly number[])[];
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

/** Unanswered attacks and undercuts per position, in map order. */
export function unansweredObjections(map: GraphShape, af: Framework): PositionObjections[] {
	const bearing = bearingIndex(map);
	const reports = map.nodes
		.filter((n) => n.kind === 'position')
		.map((p): PositionObjections => ({ position: p.id, against: [], for: [] }));
	const byPosition = new Map(reports.map((r) => [r.position, r]));
	for (const e of map.edges) {
		if (e.kind !== 'attacks' && e.kind !== 'undercuts') continue;
		const from = af.index.get(e.from);
		if (from === undefined || af.attackers[from]!.length > 0) continue;
		const objection: Objection = { edge: e.id, from: e.from, to: e.to, kind: e.kind };
		// An attack takes the opposite side of its target's on each position the target bears on.
		for (const b of bearing.get(e.to) ?? []) {
			const report = byPosition.get(b.position)!;
			if (b.stance === 'against') report.for.push(objection);
			else report.against.push(objection);
		}
	}
	return reports;
}
