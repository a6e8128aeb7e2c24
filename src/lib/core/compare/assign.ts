/**
 * Which student node stands for which reference node: a one-to-one
 * assignment that maximises the summed similarity (the Hungarian method,
 * from the munkres package), so that a node is not taken by the first
 * neighbour that resembles it. Only pairs that share a term, a title or a
 * quote are scored, and the assignment runs per connected group of such
 * pairs: large maps stay far from the full n × m matrix.
 */
import munkres from 'munkres';
import type { MatchReason } from './types';
import { similarity, WEIGHTS, type NodeFeatures, type Tuning } from './similarity';

export interface Candidate {
	/** Index of the reference node. */
	r: number;
	/** Index of the student node. */
	s: number;
	score: number;
	reasons: MatchReason[];
}

/** A term held by more nodes than this does not propose pairs on its own (it is too common to mean much). */
const MAX_POSTING = 300;
/** Each node keeps its best few candidates: a node resembling hundreds of others is settled among its closest. */
const KEEP_BEST = 8;
/** How many of a node's closest nodes by words are scored in full. */
const SCORE_BEST = 4 * KEEP_BEST;
/** Groups with more nodes than this on a side are first thinned by their mutual best pairs (see `assign`). */
const MAX_GROUP = 400;

/**
 * Every pair worth scoring, with its similarity, when it reaches `floor`.
 * Word similarity is summed term by term over the student nodes that hold
 * each term (an inverted index), so only pairs that share something cost
 * anything; pairs that share a title or a quoted sentence are always scored.
 */
export function candidates(
	ref: NodeFeatures[],
	stu: NodeFeatures[],
	floor: number,
	tuning: Tuning = WEIGHTS
): Candidate[] {
	// Student nodes by term (with the term's weight in each), by title and by quoted sentence.
	const byTerm = new Map<string, { s: number[]; w: number[] }>();
	const byKey = new Map<string, number[]>();
	stu.forEach((f, s) => {
		for (const [t, w] of f.terms) {
			const list = byTerm.get(t);
			if (list) {
				list.s.push(s);
				list.w.push(w);
			} else byTerm.set(t, { s: [s], w: [w] });
		}
		for (const key of keysOf(f)) {
			const list = byKey.get(key);
			if (list) list.push(s);
			else byKey.set(key, [s]);
		}
	});
	const out: Candidate[] = [];
	const dot = new Float64Array(stu.length);
	const touched: number[] = [];
	// Buffers reused for every reference node: filling them costs far less than allocating.
	const words = new Float64Array(stu.length);
	const sorted = new Float64Array(stu.length);
	const score = (r: number, s: number, known?: number) => {
		const sim = similarity(ref[r]!, stu[s]!, tuning, known);
		if (sim.score >= floor) out.push({ r, s, score: sim.score, reasons: sim.reasons });
	};
	ref.forEach((f, r) => {
		touched.length = 0;
		for (const [t, w] of f.terms) {
			const list = byTerm.get(t);
			if (!list || list.s.length > MAX_POSTING) continue;
			for (let k = 0; k < list.s.length; k++) {
				const s = list.s[k]!;
				if (dot[s] === 0) touched.push(s);
				dot[s]! += w * list.w[k]!;
			}
		}
		const always = new Set(keysOf(f).flatMap((key) => byKey.get(key) ?? []));
		const n = touched.length;
		for (let k = 0; k < n; k++) {
			const s = touched[k]!;
			words[k] = f.norm && stu[s]!.norm ? dot[s]! / (f.norm * stu[s]!.norm) : 0;
			dot[s] = 0;
		}
		// Only the closest by words are scored in full: a pair far down this list could not
		// enter the node's best few (`KEEP_BEST`) unless it shares a title or a quoted sentence.
		let cut = 0;
		if (n > SCORE_BEST) {
			sorted.set(words.subarray(0, n));
			cut = sorted.subarray(0, n).sort()[n - SCORE_BEST]!;
		}
		for (let k = 0; k < n; k++) {
			const s = touched[k]!;
			if (words[k]! >= cut && !always.has(s)) score(r, s, words[k]);
		}
		for (const s of always) score(r, s);
	});
	return bestOf(out);
}

/** What always proposes a pair: the same title, or a quote from the same sentence. */
const keysOf = (f: NodeFeatures) => [
	...(f.title ? [`n:${f.title}`] : []),
	...(f.quote ? [`q:${f.quote.sentence}`] : [])
];

/** The pairs among the best `KEEP_BEST` of their reference node or of their student node. */
function bestOf(pairs: Candidate[]): Candidate[] {
	// By index, not by object: a large map has a hundred thousand pairs, and sets of them are slow.
	const keep = new Uint8Array(pairs.length);
	for (const side of ['r', 's'] as const) {
		const by = new Map<number, number[]>();
		pairs.forEach((c, i) => {
			const list = by.get(c[side]);
			if (list) list.push(i);
			else by.set(c[side], [i]);
		});
		for (const list of by.values()) {
			// Ties go to the pair proposed first.
			if (list.length > KEEP_BEST) list.sort((a, b) => pairs[b]!.score - pairs[a]!.score || a - b);
			for (let k = 0; k < Math.min(KEEP_BEST, list.length); k++) keep[list[k]!] = 1;
		}
	}
	return pairs.filter((_, i) => keep[i] === 1);
}

/**
 * The one-to-one choice among `pairs` with the greatest total score. Pairs
 * fall into connected groups (two pairs are connected when they share a
 * node); each group is solved on its own.
 */
export function assign(pairs: readonly Candidate[]): Candidate[] {
	const chosen: Candidate[] = [];
	const groups = connectedGroups(pairs);
	for (let g = 0; g < groups.length; g++) {
		const group = groups[g]!;
		if (group.length === 1) {
			chosen.push(group[0]!);
			continue;
		}
		if (tooLarge(group)) {
			// The method is cubic in the group's size. A pair that is each node's best choice
			// is kept (the optimum keeps such pairs unless two second choices outweigh it,
			// which a group this large rarely offers), until what is left splits small.
			let rest: Candidate[] = group;
			while (rest.length > 0 && tooLarge(rest)) {
				const sure = mutualBest(rest);
				chosen.push(...sure);
				const usedR = new Set(sure.map((c) => c.r));
				const usedS = new Set(sure.map((c) => c.s));
				rest = rest.filter((c) => !usedR.has(c.r) && !usedS.has(c.s));
			}
			groups.push(...connectedGroups(rest));
			continue;
		}
		const rows = [...new Set(group.map((c) => c.r))];
		const cols = [...new Set(group.map((c) => c.s))];
		const rowOf = new Map(rows.map((r, i) => [r, i]));
		const colOf = new Map(cols.map((s, i) => [s, i]));
		const best = group.reduce((m, c) => Math.max(m, c.score), 0);
		// Costs, not profits: a pair costs what it falls short of the best score, and a pair
		// that is not a candidate costs as much as a score of nothing (it is dropped if chosen).
		// The method fills every row or column, so the total cost is that count times the best
		// score less the summed score: the least cost is the greatest summed score. A higher
		// cost for non-candidates would make it pair as many nodes as it can first, which gave
		// an exact match up for two weak ones.
		const none = best;
		const cost = rows.map(() => new Array<number>(cols.length).fill(none));
		const at = new Map<number, Candidate>();
		for (const c of group) {
			const i = rowOf.get(c.r)!;
			const j = colOf.get(c.s)!;
			cost[i]![j] = best - c.score;
			at.set(i * cols.length + j, c);
		}
		for (const [i, j] of munkres(cost)) {
			const c = at.get(i * cols.length + j);
			if (c) chosen.push(c);
		}
	}
	return chosen.sort((a, b) => a.r - b.r);
}

function tooLarge(group: readonly Candidate[]): boolean {
	return (
		new Set(group.map((c) => c.r)).size > MAX_GROUP ||
		new Set(group.map((c) => c.s)).size > MAX_GROUP
	);
}

/** Pairs whose reference node and student node each score highest with the other. */
function mutualBest(group: readonly Candidate[]): Candidate[] {
	const bestR = new Map<number, Candidate>();
	const bestS = new Map<number, Candidate>();
	for (const c of group) {
		if ((bestR.get(c.r)?.score ?? -1) < c.score) bestR.set(c.r, c);
		if ((bestS.get(c.s)?.score ?? -1) < c.score) bestS.set(c.s, c);
	}
	return [...bestR.values()].filter((c) => bestS.get(c.s) === c);
}

/** Union–find over the nodes of both sides (student indices shifted past the reference ones). */
function connectedGroups(pairs: readonly Candidate[]): Candidate[][] {
	const parent = new Map<number, number>();
	const find = (x: number): number => {
		let root = x;
		while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
		// Path compression keeps later look-ups short.
		for (let y = x; y !== root;) {
			const next = parent.get(y)!;
			parent.set(y, root);
			y = next;
		}
		return root;
	};
	const key = (c: Candidate) => -1 - c.s; // student nodes as negative keys, reference ones as themselves
	for (const c of pairs) {
		if (!parent.has(c.r)) parent.set(c.r, c.r);
		if (!parent.has(key(c))) parent.set(key(c), key(c));
		const a = find(c.r);
		const b = find(key(c));
		if (a !== b) parent.set(a, b);
	}
	const groups = new Map<number, Candidate[]>();
	for (const c of pairs) {
		const root = find(c.r);
		const list = groups.get(root);
		if (list) list.push(c);
		else groups.set(root, [c]);
	}
	return [...groups.values()];
}
