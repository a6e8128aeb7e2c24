/** Strongly connected components, for DF-QuAD's order of work and for the sides objections take. */
import type { Rows } from './rows';

export interface Components {
	/** The nodes, component by component: component c is `order[start[c]]` up to `order[start[c + 1]]`. */
	order: Int32Array;
	start: Int32Array;
	/** The component of each node. */
	of: Int32Array;
}

/**
 * Strongly connected components of the dependency graph (a node depends on its
 * attackers and supporters), each listed after those it depends on. Tarjan's
 * algorithm with an explicit stack of typed arrays: maps can be thousands of levels deep.
 */
export function components(attackers: Rows, supporters: Rows): Components {
	const n = attackers.start.length - 1;
	const { start: aStart, items: aItems } = attackers;
	const { start: sStart, items: sItems } = supporters;
	const degree = (v: number) => aStart[v + 1]! - aStart[v]! + sStart[v + 1]! - sStart[v]!;
	// The k-th dependency of v: its attackers first, then its supporters.
	const dep = (v: number, k: number) => {
		const attackers = aStart[v + 1]! - aStart[v]!;
		return k < attackers ? aItems[aStart[v]! + k]! : sItems[sStart[v]! + k - attackers]!;
	};
	const visit = new Int32Array(n).fill(-1);
	const low = new Int32Array(n);
	const onStack = new Uint8Array(n);
	const stack = new Int32Array(n);
	let stackTop = 0;
	// The depth-first path: each node with the next dependency to look at.
	const workNode = new Int32Array(n);
	const workNext = new Int32Array(n);
	let workTop = 0;
	const order = new Int32Array(n);
	let ordered = 0;
	const start: number[] = [0];
	const of = new Int32Array(n);
	let counter = 0;
	const enter = (v: number) => {
		visit[v] = low[v] = counter++;
		stack[stackTop++] = v;
		onStack[v] = 1;
		workNode[workTop] = v;
		workNext[workTop++] = 0;
	};
	for (let root = 0; root < n; root++) {
		if (visit[root] !== -1) continue;
		enter(root);
		while (workTop > 0) {
			const v = workNode[workTop - 1]!;
			const k = workNext[workTop - 1]!;
			if (k < degree(v)) {
				workNext[workTop - 1] = k + 1;
				const w = dep(v, k);
				if (visit[w] === -1) enter(w);
				else if (onStack[w]) low[v] = Math.min(low[v]!, visit[w]!);
				continue;
			}
			workTop--;
			if (workTop > 0) {
				const parent = workNode[workTop - 1]!;
				low[parent] = Math.min(low[parent]!, low[v]!);
			}
			if (low[v] === visit[v]) {
				let w: number;
				do {
					w = stack[--stackTop]!;
					onStack[w] = 0;
					order[ordered++] = w;
					of[w] = start.length - 1;
				} while (w !== v);
				start.push(ordered);
			}
		}
	}
	return { order, start: Int32Array.from(start), of };
}
