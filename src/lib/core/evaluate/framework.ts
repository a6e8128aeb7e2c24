/**
 * A map as an abstract argumentation framework (Dung 1995): every node is an
 * argument, and attacks come from the map's edges plus what its necessary
 * supports imply. docs/adr/0005-evaluation.md says why supports enter this way.
 *
 * Attacks are kept in compressed rows of node indices (rows.ts), built in a few
 * passes over flat lists: at 20,000 statements a list or set per node was most
 * of the evaluation's cost.
 */
import type { GraphShape } from '../model';
import { groupRows, indexMap, rowOf, transpose, type IndexedMap, type Rows } from './rows';

/** Why one node attacks another in the framework. */
export type AttackReason =
	/** Written in the map: an attack, an undercut, or one side of a contradiction. */
	| { kind: 'edge'; edge: string }
	/** The attacker attacks `premise`, which the target argument needs (secondary attack). */
	| { kind: 'secondary'; premise: string }
	/** The attacker needs `premise`, which attacks the target (extended attack). */
	| { kind: 'extended'; premise: string }
	/** The reader rejects the target in a what-if. */
	| { kind: 'rejected' };

/** A what-if: nodes the reader rejects and base scores the reader sets. Never changes the map. */
export interface WhatIf {
	reject?: readonly string[];
	base?: Readonly<Record<string, number>>;
}

export interface Framework {
	/** Node ids by index; the map's nodes first, in map order. */
	ids: readonly string[];
	/** How many of `ids` are map nodes; a what-if adds one node after them, the reader. */
	mapSize: number;
	/** The index of each map node (the reader, when there is one, is `mapSize`). */
	index: ReadonlyMap<string, number>;
	/** For each node, the nodes it attacks, in the order the attacks were found (no duplicates). */
	targets: Rows;
	/** For each node, the nodes that attack it, in ascending order (no duplicates). */
	attackers: Rows;
	/** Why each attack in `targets` is made: the first reason found, as a kind and a reference. */
	reasonKind: Uint8Array;
	/** The edge (for an edge) or the premise node (secondary, extended) the reason names. */
	reasonRef: Int32Array;
	/** The map's edges, which `reasonRef` indexes for written attacks. */
	edges: GraphShape['edges'];
}

/** The id of the extra node a what-if adds: the reader, who attacks every rejected node. */
export const READER = '(what-if)';

const EDGE = 0;
const SECONDARY = 1;
const EXTENDED = 2;
const REJECTED = 3;

/**
 * Builds the framework of a map. Premise → argument supports are necessary
 * supports: an argument needs every premise it is reconstructed from. Other
 * supports carry no attack; they count only in gradual strength.
 */
export function buildFramework(map: GraphShape, whatIf: WhatIf = {}): Framework {
	return frameworkOf(indexMap(map), whatIf);
}

/** The framework of a map already indexed (an evaluation indexes it once for every step). */
export function frameworkOf(m: IndexedMap, whatIf: WhatIf = {}): Framework {
	const mapSize = m.ids.length;
	const rejected = (whatIf.reject ?? []).flatMap((id) => m.index.get(id) ?? []);
	const ids = rejected.length > 0 ? [...m.ids, READER] : m.ids;
	const size = ids.length;

	// Every attack found, in order, duplicates included: rows keep the first of each.
	const from: number[] = [];
	const to: number[] = [];
	const kind: number[] = [];
	const ref: number[] = [];
	const attack = (a: number, b: number, k: number, r: number) => {
		from.push(a);
		to.push(b);
		kind.push(k);
		ref.push(r);
	};
	// What each argument needs, as (argument, premise) pairs read from premise edges.
	const needer: number[] = [];
	const needed: number[] = [];
	for (let k = 0; k < m.edges.length; k++) {
		const a = m.from[k]!;
		const b = m.to[k]!;
		if (a < 0 || b < 0) continue;
		const e = m.edges[k]!;
		if (e.kind === 'attacks' || e.kind === 'undercuts') attack(a, b, EDGE, k);
		else if (e.kind === 'contradicts') {
			attack(a, b, EDGE, k);
			attack(b, a, EDGE, k);
		} else if (e.origin === 'premise') {
			needer.push(b);
			needed.push(a);
		}
	}
	for (const r of rejected) attack(mapSize, r, REJECTED, -1);

	const written = groupRows(size, from, to);
	const neededBy = neededByClosure(size, groupRows(size, needer, needed));
	if (neededBy.items.length > 0) {
		const writtenAttackers = transpose(written, size);
		const row = (rows: Rows, i: number) => [rows.start[i]!, rows.start[i + 1]!] as const;
		for (let premise = 0; premise < size; premise++) {
			const [n0, n1] = row(neededBy, premise);
			if (n0 === n1) continue;
			const [a0, a1] = row(writtenAttackers, premise);
			for (let s = a0; s < a1; s++)
				for (let t = n0; t < n1; t++)
					attack(writtenAttackers.items[s]!, neededBy.items[t]!, SECONDARY, premise);
			// Accepting an argument commits to its premises, so it conflicts with whatever they
			// attack, and with whatever needs what they attack.
			const [w0, w1] = row(written, premise);
			for (let s = w0; s < w1; s++) {
				const target = written.items[s]!;
				const [t0, t1] = row(neededBy, target);
				for (let t = n0; t < n1; t++) {
					const arg = neededBy.items[t]!;
					attack(arg, target, EXTENDED, premise);
					for (let u = t0; u < t1; u++) attack(arg, neededBy.items[u]!, EXTENDED, premise);
				}
			}
		}
	}

	const rows = groupRows(size, from, to);
	const count = rows.items.length;
	const reasonKind = new Uint8Array(count);
	const reasonRef = new Int32Array(count);
	for (let s = 0; s < count; s++) {
		reasonKind[s] = kind[rows.entry[s]!]!;
		reasonRef[s] = ref[rows.entry[s]!]!;
	}
	const targets = { start: rows.start, items: rows.items };
	return {
		ids,
		mapSize,
		index: m.index,
		targets,
		attackers: transpose(targets, size),
		reasonKind,
		reasonRef,
		edges: m.edges
	};
}

/**
 * Necessary support closes over chains (an argument needing a premise that needs another), so
 * the derived attacks use every node a node needs, directly or not: for each premise, the
 * arguments that need it, in ascending order. A node on a cycle of needs needs itself.
 */
function neededByClosure(size: number, needs: Rows): Rows {
	const premise: number[] = [];
	const arg: number[] = [];
	// The argument whose walk last reached each node: no set per walk.
	const reached = new Int32Array(size).fill(-1);
	const stack: number[] = [];
	for (let a = 0; a < size; a++) {
		for (let s = needs.start[a]!; s < needs.start[a + 1]!; s++) stack.push(needs.items[s]!);
		while (stack.length > 0) {
			const p = stack.pop()!;
			if (reached[p] === a) continue;
			reached[p] = a;
			premise.push(p);
			arg.push(a);
			for (let s = needs.start[p]!; s < needs.start[p + 1]!; s++) stack.push(needs.items[s]!);
		}
	}
	return groupRows(size, premise, arg);
}

/** The nodes `i` attacks, as a plain array. */
export const targetsOf = (af: Framework, i: number): number[] => rowOf(af.targets, i);

/** The nodes that attack `i`, as a plain array. */
export const attackersOf = (af: Framework, i: number): number[] => rowOf(af.attackers, i);

/** The reason `from` attacks `to`, if it does. */
export function reasonOf(af: Framework, from: number, to: number): AttackReason | undefined {
	for (let s = af.targets.start[from]!; s < af.targets.start[from + 1]!; s++) {
		if (af.targets.items[s] !== to) continue;
		const ref = af.reasonRef[s]!;
		switch (af.reasonKind[s]) {
			case EDGE:
				return { kind: 'edge', edge: af.edges[ref]!.id };
			case SECONDARY:
				return { kind: 'secondary', premise: af.ids[ref]! };
			case EXTENDED:
				return { kind: 'extended', premise: af.ids[ref]! };
			default:
				return { kind: 'rejected' };
		}
	}
	return undefined;
}
