/**
 * Finding a highlighted passage again when the source text changed, as
 * Hypothesis does: at its old position if the words are still there, else
 * where the exact quote occurs with the best context, else by approximate
 * matching. A passage found nowhere is orphaned: kept and listed, never dropped.
 */
import search from 'approx-string-match';
import type { Annotation, PassageAnchor } from './model';

export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export interface Anchored {
	status: AnchorStatus;
	/** Where the passage is now; -1 when orphaned. */
	start: number;
	end: number;
}

const ORPHANED = { status: 'orphaned', start: -1, end: -1 } as const;
/** At most this share of a quote's characters may differ in a fuzzy match. */
const MAX_ERROR_RATE = 0.25;
/** Approximate search costs time in proportion to the quote's length times the text's. */
const MAX_FUZZY_QUOTE = 2_000;
const MAX_OCCURRENCES = 1_000;

/** Where a passage is in this text now. */
export function anchorPassage(text: string, anchor: PassageAnchor): Anchored {
	const { exact, start, end } = anchor;
	if (!exact) return ORPHANED;
	if (start >= 0 && end <= text.length && text.slice(start, end) === exact)
		return { status: 'exact', start, end };
	const found = bestOccurrence(text, anchor);
	if (found >= 0) return { status: 'moved', start: found, end: found + exact.length };
	return fuzzy(text, anchor);
}

function bestOccurrence(text: string, anchor: PassageAnchor): number {
	let best = -1;
	let bestScore = -Infinity;
	let count = 0;
	for (let at = text.indexOf(anchor.exact); at >= 0 && count < MAX_OCCURRENCES; count++) {
		const score = contextScore(text, anchor, at, at + anchor.exact.length);
		if (score > bestScore) [best, bestScore] = [at, score];
		at = text.indexOf(anchor.exact, at + 1);
	}
	return best;
}

/** How well the words around a place fit the saved context, and how near it is to the old place. */
function contextScore(text: string, anchor: PassageAnchor, start: number, end: number): number {
	const before = commonSuffix(
		text.slice(Math.max(0, start - anchor.prefix.length), start),
		anchor.prefix
	);
	const after = commonPrefix(text.slice(end, end + anchor.suffix.length), anchor.suffix);
	const context = (before + after) / Math.max(1, anchor.prefix.length + anchor.suffix.length);
	const distance =
		anchor.start >= 0 ? Math.abs(start - anchor.start) / Math.max(1, text.length) : 0;
	return context * 10 - distance;
}

function fuzzy(text: string, anchor: PassageAnchor): Anchored {
	const { exact } = anchor;
	if (exact.length > MAX_FUZZY_QUOTE) return ORPHANED;
	const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
	if (maxErrors < 1) return ORPHANED;
	const matches = search(text, exact, maxErrors);
	let best: Anchored = ORPHANED;
	let bestScore = -Infinity;
	for (const m of matches.slice(0, MAX_OCCURRENCES)) {
		const score = (1 - m.errors / exact.length) * 20 + contextScore(text, anchor, m.start, m.end);
		if (score > bestScore)
			[best, bestScore] = [{ status: 'fuzzy', start: m.start, end: m.end }, score];
	}
	return best;
}

function commonPrefix(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a[n] === b[n]) n++;
	return n;
}

function commonSuffix(a: string, b: string): number {
	let n = 0;
	while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
	return n;
}

/** What the map has that annotations point at. */
export interface AnchorTargets {
	nodes: ReadonlySet<string>;
	/** Source texts by source id. */
	sources: ReadonlyMap<string, string>;
}

/** Where each annotation lands in the map as it is now. A node note is orphaned when its node is gone. */
export function anchorAll(list: readonly Annotation[], map: AnchorTargets): Map<string, Anchored> {
	const out = new Map<string, Anchored>();
	for (const a of list) out.set(a.id, anchorOne(a, map));
	return out;
}

/** Where one annotation lands in the map as it is now, searching its source if need be. */
export function anchorOne(a: Annotation, map: AnchorTargets): Anchored {
	const known = anchorAtOnce(a, map);
	if (known || a.kind === 'node') return known ?? ORPHANED;
	return anchorPassage(map.sources.get(a.source) ?? '', a.anchor);
}

/**
 * Where an annotation lands, when that takes no search: a node note (its node is there or
 * not), a highlight whose source is gone, or one whose words are still at their old place.
 * Null when the source must be searched.
 */
export function anchorAtOnce(
	a: Annotation,
	map: AnchorTargets
): (Anchored & { status: 'exact' | 'orphaned' }) | null {
	if (a.kind === 'node') return map.nodes.has(a.node) ? NODE_FOUND : ORPHANED;
	const text = map.sources.get(a.source);
	const { exact, start, end } = a.anchor;
	if (!text || !exact) return ORPHANED;
	if (
		start >= 0 &&
		end <= text.length &&
		text.startsWith(exact, start) &&
		end - start === exact.length
	)
		return { status: 'exact', start, end };
	return null;
}

const NODE_FOUND = { status: 'exact', start: -1, end: -1 } as const;

/** What a map offers annotations to land on. */
export function anchorTargets(map: {
	nodes: readonly { id: string }[];
	sources: readonly { id: string; text: string }[];
}): AnchorTargets {
	return {
		nodes: new Set(map.nodes.map((n) => n.id)),
		sources: new Map(map.sources.map((s) => [s.id, s.text]))
	};
}
