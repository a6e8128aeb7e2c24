/**
 * What the graph highlights by class (a trace) as data, and the class
 * changes from one highlight to the next. Cytoscape restyles every element
 * whose classes change, so a change must touch only the elements whose
 * highlight differs. Search hits are not classes at all: they are drawn over
 * the graph (graph/hit-overlay.ts), since typing must restyle nothing.
 */
import type { Trace } from '$lib/core/graph/trace';
import { treeRows } from '$lib/core/graph/tree-rows';

export interface Highlight {
	/** Elements not in `lit` are dimmed. */
	dimRest: boolean;
	/** Lit elements by id, with their class ('' for lit without a class of its own). */
	lit: ReadonlyMap<string, string>;
}

export const NO_HIGHLIGHT: Highlight = { dimRest: false, lit: new Map() };

/** A trace lights its trees (support and attack apart); without one, nothing is lit. */
export function highlightFor(trace: Trace | null): Highlight {
	if (trace) {
		const lit = new Map<string, string>([[trace.node, '']]);
		// Rows in reading order, not recursion: trace trees can be thousands of levels deep.
		for (const { item: b } of treeRows(trace.tree)) {
			const cls = b.polarity === 1 ? 'trace-support' : 'trace-attack';
			lit.set(b.node, cls);
			lit.set(b.edge, cls);
		}
		return { dimRest: true, lit };
	}
	return NO_HIGHLIGHT;
}

/** The class an element takes when it is drawn after the highlight was applied ('' for none). */
export function arrivingClass(h: Highlight, id: string): string {
	return h.lit.get(id) ?? (h.dimRest ? 'dim' : '');
}

export interface ClassChange {
	id: string;
	remove: string;
	add: string;
}

export interface HighlightPlan {
	/** First add `dim` to every element, or take it from every element. */
	whole: 'dim' | 'undim' | null;
	/** Then these, element by element. */
	changes: ClassChange[];
}

/** The changes from `from` to `to`, touching only elements whose class differs. */
export function highlightPlan(from: Highlight, to: Highlight): HighlightPlan {
	const whole = from.dimRest === to.dimRest ? null : to.dimRest ? 'dim' : 'undim';
	// What an element holds once `whole` is applied: its old lit class, and `dim` if the whole
	// graph was just dimmed, or if it was dimmed before and nothing changed that.
	const held = (id: string) => {
		const old = from.lit.get(id);
		const dimmed = whole === 'dim' || (!whole && from.dimRest && old === undefined);
		return [old, dimmed ? 'dim' : ''].filter(Boolean).join(' ');
	};
	const changes: ClassChange[] = [];
	for (const id of new Set([...from.lit.keys(), ...to.lit.keys()])) {
		const now = held(id);
		const next = arrivingClass(to, id);
		if (now !== next) changes.push({ id, remove: now, add: next });
	}
	return { whole, changes };
}
