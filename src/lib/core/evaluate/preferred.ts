/**
 * Preferred extensions (maximal admissible sets), enumerated exactly by a
 * labelling search in the manner of Modgil and Caminada, within a budget.
 *
 * The search starts from the grounded labelling (contained in every preferred
 * extension) and decides only the undecided nodes, each either in or left out.
 * It tries "in" first, so any admissible superset of a set is reached before
 * the set itself: a leaf that is no subset of an extension already found is
 * itself preferred. Extensions found before the budget runs out are therefore
 * all genuine; only completeness is lost.
 */
import type { Framework } from './framework';
import { IN as G_IN, OUT as G_OUT } from './grounded';

/** Decisions and extensions the search may spend; see docs/adr/0005-evaluation.md. */
export const PREFERRED_BUDGET = { maxSteps: 200_000, maxExtensions: 1_000 } as const;

/**
 * The budget of a what-if recomputed while the reader moves a slider (the viewer): small enough
 * for a frame on a map the page evaluates itself; past it, acceptance is `unknown`, never guessed.
 */
export const LIVE_PREFERRED_BUDGET = { maxSteps: 2_000, maxExtensions: 100 } as const;

export interface PreferredOptions {
	maxSteps?: number;
	maxExtensions?: number;
}

export interface PreferredSearch {
	/** Node indices of each extension found, in ascending order. */
	extensions: number[][];
	/** False when the budget ran out: there may be more extensions. */
	complete: boolean;
	/** Which budget ran out, if one did. */
	limit?: 'steps' | 'extensions';
	/** Decisions taken (in or out for one node). */
	steps: number;
}

const BLANK = 0;
const IN = 1;
const OUT = 2;
/** Attacks a node that is in: must end up attacked by one, or the set is not admissible. */
const MUST_OUT = 3;
/** Left out of the set by choice. */
const LEFT = 4;

interface Frame {
	/** Position in the list of undecided nodes. */
	pos: number;
	node: number;
	mark: number;
	phase: 0 | 1 | 2;
}

/** Enumerates the preferred extensions of `af`, given its grounded codes. Never throws, never hangs. */
export function preferredExtensions(
	af: Framework,
	grounded: Uint8Array,
	options: PreferredOptions = {}
): PreferredSearch {
	const maxSteps = options.maxSteps ?? PREFERRED_BUDGET.maxSteps;
	const maxExtensions = options.maxExtensions ?? PREFERRED_BUDGET.maxExtensions;
	const n = af.ids.length;
	const { start: tStart, items: tItems } = af.targets;
	const { start: aStart, items: aItems } = af.attackers;
	const attacksItself = (i: number) => tItems.subarray(tStart[i]!, tStart[i + 1]!).includes(i);
	const lab = new Uint8Array(n);
	const open: number[] = [];
	for (let i = 0; i < n; i++) {
		if (grounded[i] === G_IN) lab[i] = IN;
		else if (grounded[i] === G_OUT) lab[i] = OUT;
		else if (attacksItself(i)) lab[i] = LEFT;
		else open.push(i);
	}
	// Attackers of each node still blank: a must-out node with none left can never be answered.
	const blankAttackers = new Int32Array(n);
	for (let i = 0; i < n; i++)
		for (let s = aStart[i]!; s < aStart[i + 1]!; s++)
			if (lab[aItems[s]!] === BLANK) blankAttackers[i]!++;

	const trail: number[] = [];
	let mustOut = 0;
	// Set when a choice leaves some must-out node with no way to be answered.
	let dead: boolean;
	const set = (x: number, to: number) => {
		const from = lab[x]!;
		trail.push(x, from);
		if (from === BLANK)
			for (let s = tStart[x]!; s < tStart[x + 1]!; s++) {
				const t = tItems[s]!;
				blankAttackers[t]!--;
				if (lab[t] === MUST_OUT && blankAttackers[t] === 0) dead = true;
			}
		if (from === MUST_OUT) mustOut--;
		lab[x] = to;
		if (to === MUST_OUT) {
			mustOut++;
			if (blankAttackers[x] === 0) dead = true;
		}
	};
	const undo = (mark: number) => {
		while (trail.length > mark) {
			const from = trail.pop()!;
			const x = trail.pop()!;
			if (lab[x] === MUST_OUT) mustOut--;
			if (from === MUST_OUT) mustOut++;
			if (from === BLANK)
				for (let s = tStart[x]!; s < tStart[x + 1]!; s++) blankAttackers[tItems[s]!]!++;
			lab[x] = from;
		}
	};
	const makeIn = (x: number) => {
		// Its targets go out first: one of them may be a must-out node that only `x` answers.
		for (let s = tStart[x]!; s < tStart[x + 1]!; s++)
			if (lab[tItems[s]!] !== OUT) set(tItems[s]!, OUT);
		set(x, IN);
		for (let s = aStart[x]!; s < aStart[x + 1]!; s++) {
			const z = aItems[s]!;
			if (lab[z] === BLANK || lab[z] === LEFT) set(z, MUST_OUT);
		}
	};

	const extensions: number[][] = [];
	const member = new Uint8Array(n);
	const record = () => {
		if (mustOut > 0) return;
		const s: number[] = [];
		for (let i = 0; i < n; i++) if (lab[i] === IN) s.push(i);
		for (const i of s) member[i] = 1;
		const covered = extensions.some(
			(e) => e.length >= s.length && e.reduce((k, i) => k + member[i]!, 0) === s.length
		);
		for (const i of s) member[i] = 0;
		if (!covered) extensions.push(s);
	};

	const stack: Frame[] = [];
	const descend = (from: number) => {
		let p = from;
		while (p < open.length && lab[open[p]!] !== BLANK) p++;
		if (p === open.length) record();
		else stack.push({ pos: p, node: open[p]!, mark: trail.length, phase: 0 });
	};

	let steps = 0;
	let limit: PreferredSearch['limit'];
	descend(0);
	while (stack.length > 0) {
		if (extensions.length >= maxExtensions) {
			limit = 'extensions';
			break;
		}
		const frame = stack[stack.length - 1]!;
		if (frame.phase === 2) {
			undo(frame.mark);
			stack.pop();
			continue;
		}
		if (++steps > maxSteps) {
			limit = 'steps';
			steps--;
			break;
		}
		undo(frame.mark);
		dead = false;
		if (frame.phase === 0) makeIn(frame.node);
		else set(frame.node, LEFT);
		frame.phase = frame.phase === 0 ? 1 : 2;
		if (!dead) descend(frame.pos + 1);
	}
	return { extensions, complete: limit === undefined, ...(limit ? { limit } : {}), steps };
}
