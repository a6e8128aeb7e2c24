/**
 * Showing trees of any depth: the outline and the trace panel nest their
 * lists for the first levels only. Below the last nested level, descendants
 * are listed one after another, each with its level, because deeply nested
 * markup breaks (browsers stop nesting parsed HTML at 512 levels, and
 * recursive rendering overflows the call stack long before a map runs out of
 * levels). Maps of ordinary depth look exactly as they always did.
 */
import { treeRows, type TreeRow } from '../graph/tree-rows';

/** Levels shown as nested lists; deeper ones are listed flat under the last of them. */
export const NESTED_LEVELS = 24;

/** The note shown when a tree is deeper than its nesting. */
export const FLAT_LEVELS_NOTE = `Levels below ${NESTED_LEVELS} are listed one after another under level ${NESTED_LEVELS}, each marked with its level.`;

type Tree<T> = { children: readonly T[] };

/** A tree's rows with a look-up by key, and the parts a view shows. */
export class TreeView<T extends Tree<T>, K = T> {
	readonly rows: TreeRow<T>[];
	/** The deepest level (1 for roots only, 0 for an empty tree). */
	readonly levels: number;
	private readonly indexOf = new Map<K, number>();

	constructor(
		readonly roots: readonly T[],
		private readonly key: (item: T) => K = (item) => item as unknown as K
	) {
		this.rows = treeRows(roots);
		let deepest = -1;
		this.rows.forEach((row, i) => {
			this.indexOf.set(key(row.item), i);
			deepest = Math.max(deepest, row.depth);
		});
		this.levels = deepest + 1;
	}

	/** Whether some levels are listed flat. */
	get flattened(): boolean {
		return this.levels > NESTED_LEVELS;
	}

	/** The index of the row of the item with this key. */
	index(key: K): number | undefined {
		return this.indexOf.get(key);
	}

	/** Indices of the rows shown, in reading order: nothing under a closed item. */
	shown(isClosed: (item: T) => boolean = () => false): number[] {
		return this.shownBetween(0, this.rows.length, isClosed);
	}

	/** The rows under an item at the last nested level, which are listed flat (none under a closed item). */
	below(item: T, isClosed: (item: T) => boolean = () => false): TreeRow<T>[] {
		const at = this.indexOf.get(this.key(item));
		if (at === undefined) return [];
		return this.shownBetween(at + 1, this.rows[at]!.end, isClosed).map((i) => this.rows[i]!);
	}

	/** Indices of the rows from the item up to the root, the item's parent first. */
	ancestors(index: number): number[] {
		const out: number[] = [];
		for (let p = this.rows[index]?.parent ?? -1; p >= 0; p = this.rows[p]!.parent) out.push(p);
		return out;
	}

	private shownBetween(from: number, to: number, isClosed: (item: T) => boolean): number[] {
		const out: number[] = [];
		for (let i = from; i < to;) {
			const row = this.rows[i]!;
			out.push(i);
			i = row.item.children.length > 0 && isClosed(row.item) ? row.end : i + 1;
		}
		return out;
	}
}

/**
 * The tree cut down to the items `keep` accepts and their ancestors, as copies.
 * In one backward pass over the rows: each row comes after its parent, so a
 * row's descendants have been seen when the row is reached.
 */
export function pruneTree<T extends { children: T[] }>(
	roots: readonly T[],
	keep: (item: T) => boolean
): T[] {
	const rows = treeRows(roots);
	const kept = new Uint8Array(rows.length);
	for (let i = rows.length - 1; i >= 0; i--) {
		const row = rows[i]!;
		if (!kept[i] && !keep(row.item)) continue;
		kept[i] = 1;
		if (row.parent >= 0) kept[row.parent] = 1;
	}
	const copies: T[] = [];
	const top: T[] = [];
	rows.forEach((row, i) => {
		if (!kept[i]) return;
		const copy = { ...row.item, children: [] };
		copies[i] = copy;
		(row.parent >= 0 ? copies[row.parent]!.children : top).push(copy);
	});
	return top;
}
