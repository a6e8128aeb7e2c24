/**
 * "Why is this in, out or undecided, and why this strong?" as short sentences
 * built from node titles, read off a finished evaluation.
 */
import { attackersOf, reasonOf, READER, targetsOf, type Framework } from './framework';
import { IN, OUT } from './grounded';
import { rowOf } from './rows';
import { aggregate, combine, type Influences, type Strengths } from './strength';

/** What explanations read: the framework, its grounded codes, and the strengths. */
export interface ExplainInput {
	af: Framework;
	codes: Uint8Array;
	inf: Influences;
	strength: Strengths;
	/** Node index → how many preferred extensions hold it, and how many were found. */
	preferredCount: (i: number) => { in: number; of: number; complete: boolean };
	/** 1 for each node (by index) the reader rejects in a what-if. */
	rejected: Uint8Array;
	titleOf: (id: string) => string;
}

export interface Explanation {
	/** Why the node has its grounded label. */
	label: string;
	/** Which attackers and supporters moved its strength most. */
	strength: string;
}

const q = (title: string) => `«${title}»`;
const fmt = (v: number) => v.toFixed(2);
/** Smaller effects would print as 0.00: not worth naming. */
const NOTICEABLE = 0.005;

/** Both explanations of the node with index `i`. */
export function explainNode(input: ExplainInput, i: number): Explanation {
	return { label: whyLabel(input, i), strength: whyStrength(input, i) };
}

function whyLabel(input: ExplainInput, i: number): string {
	const { af, codes } = input;
	const name = (j: number) => q(input.titleOf(af.ids[j]!));
	// How an attacker reaches its target, when it does so through a premise.
	const via = (from: number, to: number) => {
		const r = reasonOf(af, from, to);
		if (r?.kind === 'secondary') return ` (it attacks the premise ${q(input.titleOf(r.premise))})`;
		if (r?.kind === 'extended') return ` (through its premise ${q(input.titleOf(r.premise))})`;
		return '';
	};
	const attackers = attackersOf(af, i);
	if (codes[i] === OUT) {
		if (input.rejected[i]) return 'Out: rejected in this what-if.';
		const defeaters = attackers.filter((a) => codes[a] === IN);
		const reader = reasonOf(af, af.mapSize, i);
		const others = defeaters
			.filter((a) => af.ids[a] !== READER)
			.map((a) => {
				const standing = attackersOf(af, a).length === 0 ? 'stands unanswered' : 'stands';
				return `${name(a)}${via(a, i)}, which ${standing}`;
			});
		const lost =
			reader?.kind === 'secondary'
				? `Out: its premise ${q(input.titleOf(reader.premise))} is rejected in this what-if`
				: '';
		if (others.length === 0) return `${lost}.`;
		return `${lost ? `${lost}, and it is attacked by ` : 'Out: attacked by '}${others.join('; and by ')}.`;
	}
	if (codes[i] === IN) {
		if (attackers.length === 0) return 'In: nothing attacks it.';
		const answers = attackers.map((a) => {
			const defenders = attackersOf(af, a).filter((d) => codes[d] === IN);
			const reader = defenders.find((d) => af.ids[d] === READER);
			if (reader !== undefined) return `${name(a)} falls to this what-if`;
			const d = defenders[0]!;
			return `${name(a)}${via(a, i)} by ${name(d)}${via(d, a)}`;
		});
		return `In: every attack on it is answered: ${answers.join('; ')}.`;
	}
	return whyUndecided(input, i, name) + preferredNote(input, i);
}

function whyUndecided(input: ExplainInput, i: number, name: (j: number) => string): string {
	const { af, codes } = input;
	if (targetsOf(af, i).includes(i)) return `Undecided: ${name(i)} attacks itself.`;
	const cycle = cycleThrough(af, codes, i);
	if (cycle) return `Undecided: ${describeCycle(cycle, name)}, and nothing outside settles it.`;
	const open = attackersOf(af, i).filter((a) => codes[a] !== IN && codes[a] !== OUT);
	const behind = open.map((a) => {
		const c = cycleThrough(af, codes, a) ?? findCycleBehind(af, codes, a);
		return c ? `${name(a)}, which is undecided (${describeCycle(c, name)})` : name(a);
	});
	return `Undecided: attacked by ${behind.join(' and by ')}, and nothing answers that.`;
}

function describeCycle(cycle: number[], name: (j: number) => string): string {
	if (cycle.length === 1) return `${name(cycle[0]!)} attacks itself`;
	if (cycle.length === 2) return `${name(cycle[0]!)} and ${name(cycle[1]!)} attack each other`;
	// `cycle` runs against the attacks (each entry is attacked by the next): read it backwards.
	const forward = [cycle[0]!, ...cycle.slice(1).reverse()];
	return `${forward.map(name).join(' attacks ')} attacks ${name(forward[0]!)}, in a cycle`;
}

/**
 * A shortest cycle of undecided nodes through `start`: [start, x1, …, xk]
 * where x1 attacks start, each next entry attacks the one before, and start attacks xk.
 */
function cycleThrough(af: Framework, codes: Uint8Array, start: number): number[] | undefined {
	const undecided = (j: number) => codes[j] !== IN && codes[j] !== OUT;
	const parent = new Map<number, number>([[start, -1]]);
	const queue = [start];
	for (let head = 0; head < queue.length; head++) {
		const x = queue[head]!;
		for (const a of attackersOf(af, x)) {
			if (!undecided(a)) continue;
			if (a === start) {
				const path: number[] = [];
				for (let v = x; v !== -1; v = parent.get(v)!) path.push(v);
				return path.reverse();
			}
			if (!parent.has(a)) {
				parent.set(a, x);
				queue.push(a);
			}
		}
	}
	return undefined;
}

/** The first cycle of undecided nodes found walking back along attacks from `start`. */
function findCycleBehind(af: Framework, codes: Uint8Array, start: number): number[] | undefined {
	const seen = new Set<number>([start]);
	const queue = [start];
	for (let head = 0; head < queue.length; head++) {
		for (const a of attackersOf(af, queue[head]!)) {
			if (codes[a] === IN || codes[a] === OUT || seen.has(a)) continue;
			const c = cycleThrough(af, codes, a);
			if (c) return c;
			seen.add(a);
			queue.push(a);
		}
	}
	return undefined;
}

function preferredNote(input: ExplainInput, i: number): string {
	const p = input.preferredCount(i);
	if (!p.complete)
		return ` It is in ${p.in} of the ${p.of} preferred extensions found before the budget ran out.`;
	if (p.in === p.of) return ` Every preferred extension (${p.of}) accepts it.`;
	if (p.in === 0) return ' No preferred extension accepts it.';
	return ` ${p.in} of ${p.of} preferred extensions accept it.`;
}

function whyStrength(input: ExplainInput, i: number): string {
	const { inf, strength } = input;
	const value = strength.values[i]!;
	const base = strength.base[i]!;
	if (input.rejected[i]) return 'Strength 0: rejected in this what-if.';
	const attackers = rowOf(inf.attackers, i);
	const supporters = rowOf(inf.supporters, i);
	const head = `Strength ${fmt(value)} from base ${fmt(base)}`;
	if (attackers.length + supporters.length === 0) return `${head}: nothing attacks or supports it.`;
	const v = (j: number) => strength.values[j]!;
	const without = (list: readonly number[], skip: number) =>
		aggregate(list.filter((j) => j !== skip).map(v));
	// A child's effect: how far the node would move if that child alone were taken away.
	const effects = [
		...attackers.map((a) => ({
			node: a,
			effect: value - combine(base, without(attackers, a), aggregate(supporters.map(v)))
		})),
		...supporters.map((s) => ({
			node: s,
			effect: value - combine(base, aggregate(attackers.map(v)), without(supporters, s))
		}))
	];
	const pick = (sign: 1 | -1) =>
		effects
			.filter((e) => e.effect * sign >= NOTICEABLE)
			.sort((a, b) => (b.effect - a.effect) * sign)[0];
	const up = pick(1);
	const down = pick(-1);
	const name = (j: number) => q(input.titleOf(inf.ids[j]!));
	// What it would be without the child, not a difference: effects do not add up (each is
	// taken with all the others in place), and "lowered by 0.94" from a base of 0 read as
	// a score below nothing.
	const parts = [
		up && `raised most by ${name(up.node)} (without it: ${fmt(value - up.effect)})`,
		down && `lowered most by ${name(down.node)} (without it: ${fmt(value - down.effect)})`
	].filter(Boolean);
	if (parts.length === 0) return `${head}: its attackers and supporters cancel out.`;
	return `${head}: ${parts.join('; ')}.`;
}
