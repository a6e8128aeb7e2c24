/**
 * Lists per node in compressed rows: node i's list is `items[start[i]]` up to
 * `items[start[i + 1]]`, two typed arrays for the whole map. Maps may have tens
 * of thousands of nodes; one array (or set) per node cost more to allocate and
 * collect than the evaluation itself costs to run.
 */
import type { GraphShape } from '../model';

export interface Rows {
	/** Where each node's list starts in `items`; `start[n]` is the end of the last. */
	start: Int32Array;
	items: Int32Array;
}

/** The rows of `rows` as a plain array, for code that reads one node's list, not every node's. */
export const rowOf = (rows: Rows, i: number): number[] =>
	Array.from(rows.items.subarray(rows.start[i]!, rows.start[i + 1]!));

/** How many entries node `i`'s row holds. */
export const rowLength = (rows: Rows, i: number): number => rows.start[i + 1]! - rows.start[i]!;

/**
 * Groups entries `0 … count − 1` into `n` rows by their owner, keeping their order within a
 * row: the items are the entries' own numbers, to read any column of them.
 */
export function groupBy(n: number, owner: ArrayLike<number>, count = owner.length): Rows {
	const start = new Int32Array(n + 1);
	for (let k = 0; k < count; k++) start[owner[k]! + 1]!++;
	for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
	const fill = start.slice(0, n);
	const items = new Int32Array(count);
	for (let k = 0; k < count; k++) items[fill[owner[k]!]!++] = k;
	return { start, items };
}

/**
 * Groups entries into `n` rows by their owner as groupBy does, with each entry's value (a node
 * index below `n`) as the item, and drops an entry whose value its row already holds.
 * `entry` gives, for each kept item, the entry it came from, to carry other columns along.
 */
export function groupRows(
	n: number,
	owner: ArrayLike<number>,
	value: ArrayLike<number>,
	count = owner.length
): Rows & { entry: Int32Array } {
	const grouped = groupBy(n, owner, count);
	// The row that last took each value: a second entry of the same value in that row is dropped.
	const lastRow = new Int32Array(n).fill(-1);
	const start = new Int32Array(n + 1);
	const items = new Int32Array(count);
	const entry = new Int32Array(count);
	let kept = 0;
	for (let row = 0; row < n; row++) {
		start[row] = kept;
		for (let s = grouped.start[row]!; s < grouped.start[row + 1]!; s++) {
			const k = grouped.items[s]!;
			const v = value[k]!;
			if (lastRow[v] === row) continue;
			lastRow[v] = row;
			items[kept] = v;
			entry[kept++] = k;
		}
	}
	start[n] = kept;
	return { start, items: items.subarray(0, kept), entry: entry.subarray(0, kept) };
}

/** The rows read the other way: j lists i where i's row lists j, each row in ascending i. */
export function transpose(rows: Rows, n: number): Rows {
	const start = new Int32Array(n + 1);
	for (const v of rows.items) start[v + 1]!++;
	for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
	const fill = start.slice(0, n);
	const items = new Int32Array(rows.items.length);
	for (let i = 0; i < n; i++)
		for (let s = rows.start[i]!; s < rows.start[i + 1]!; s++) items[fill[rows.items[s]!]!++] = i;
	return { start, items };
}

/** A map's nodes and edges as integer indices: read once, shared by every step of an evaluation. */
export interface IndexedMap {
	ids: readonly string[];
	index: ReadonlyMap<string, number>;
	edges: GraphShape['edges'];
	/** Each edge's ends as node indices; -1 where an end names no node of the map. */
	from: Int32Array;
	to: Int32Array;
}

/** Indexes `map`'s nodes and the ends of its edges. */
export function indexMap(map: GraphShape): IndexedMap {
	const ids = map.nodes.map((n) => n.id);
	const index = new Map<string, number>();
	ids.forEach((id, i) => index.set(id, i));
	const m = map.edges.length;
	const from = new Int32Array(m);
	const to = new Int32Array(m);
	for (let k = 0; k < m; k++) {
		const e = map.edges[k]!;
		from[k] = index.get(e.from) ?? -1;
		to[k] = index.get(e.to) ?? -1;
	}
	return { ids, index, edges: map.edges, from, to };
}
