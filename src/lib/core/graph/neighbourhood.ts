/**
 * Which nodes a view shows: a focus (N steps around a node, edges taken either
 * way) and folds (every node under a collapsed node of the reading tree). Both
 * are linear in the size of the map, so a view of a map thousands of levels
 * deep stays as quick to fold as a shallow one.
 */
import type { Adjacency } from './adjacency';

/** Nodes within `depth` steps of `start`, along edges in either direction. */
export function neighbourhood(start: string, depth: number, graph: Adjacency): Set<string> {
	const seen = new Set([start]);
	let frontier = [start];
	for (let d = 0; d < depth && frontier.length; d++) {
		const next: string[] = [];
		for (const n of frontier)
			for (const step of [...graph.outgoing(n), ...graph.incoming(n)]) {
				if (seen.has(step.other)) continue;
				seen.add(step.other);
				next.push(step.other);
			}
		frontier = next;
	}
	return seen;
}

/** What collapsed nodes hide, and how many nodes each fold hides. */
export interface Folds {
	/** Every node under a collapsed node (the collapsed nodes themselves stay shown, unless folded too). */
	hidden: Set<string>;
	/**
	 * For each collapsed node, how many nodes its fold hides. A fold inside another fold counts
	 * with the outermost, so the number on a shown node is everything it hides.
	 */
	counts: Map<string, number>;
}

/**
 * The folds of a reading tree (`parents`: child → parent). Each node is visited at most twice:
 * once by the walk that hides it (a walk stops at nodes another walk has hidden already), and
 * once more when the outermost fold above it counts what it hides.
 */
export function folds(
	collapsed: ReadonlySet<string>,
	parents: Readonly<Record<string, string>>
): Folds {
	const hidden = new Set<string>();
	const counts = new Map<string, number>();
	if (collapsed.size === 0) return { hidden, counts };
	const children = new Map<string, string[]>();
	for (const [child, parent] of Object.entries(parents)) {
		const list = children.get(parent);
		if (list) list.push(child);
		else children.set(parent, [child]);
	}
	/** Marks in `seen` every node under `id` not marked yet, and says how many it marked. */
	const walk = (id: string, seen: Set<string>) => {
		let count = 0;
		const stack = [...(children.get(id) ?? [])];
		while (stack.length) {
			const n = stack.pop()!;
			if (seen.has(n)) continue;
			seen.add(n);
			count++;
			for (const c of children.get(n) ?? []) stack.push(c);
		}
		return count;
	};
	for (const id of collapsed) walk(id, hidden);
	// A collapsed node still shown is an outermost fold: it counts everything under it (the
	// subtrees of two outermost folds never meet, so each node is counted once).
	const counted = new Set<string>();
	for (const id of collapsed) counts.set(id, hidden.has(id) ? 0 : walk(id, counted));
	return { hidden, counts };
}

/** Nodes under collapsed nodes in the reading tree (`parents`: child → parent). */
export const hiddenByCollapse = (
	collapsed: ReadonlySet<string>,
	parents: Readonly<Record<string, string>>
): Set<string> => folds(collapsed, parents).hidden;
