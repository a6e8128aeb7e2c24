/**
 * A map as an abstract argumentation framework (Dung 1995): every node is an
 * argument, and attacks come from the map's edges plus what its necessary
 * supports imply. docs/adr/0005-evaluation.md says why supports enter this way.
 */
import type { GraphShape } from '../model';

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
	index: ReadonlyMap<string, number>;
	/** For each node, the nodes that attack it (no duplicates). */
	attackers: readonly (readonly number[])[];
	/** For each node, the nodes it attacks (no duplicates). */
	targets: readonly (readonly number[])[];
	/** Why `from` attacks `to`: the first reason found, keyed by `from * size + to`. */
	reasons: ReadonlyMap<number, AttackReason>;
}

/** The id of the extra node a what-if adds: the reader, who attacks every rejected node. */
export const READER = '(what-if)';

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
	const reasons = new Map<number, AttackReason>();
	const attack = (from: number, to: number, reason: AttackReason) => {
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

/** The reason `from` attacks `to`, if it does. */
export const reasonOf = (af: Framework, from: number, to: number): AttackReason | undefined =>
	af.reasons.get(from * af.ids.length + to);
