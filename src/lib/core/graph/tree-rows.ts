/**
 * A nested tree as a flat list of rows in reading order. Maps can be
 * thousands of levels deep: walking them recursively overflows the call
 * stack, and so do JSON.stringify and deeply nested markup. Rows carry what
 * the nesting said (depth, parent, extent, place among siblings), so that
 * code can walk, print or serialise a tree of any depth in a loop.
 */

export interface TreeRow<T> {
	item: T;
	/** 0 for a root. */
	depth: number;
	/** Index of the parent's row; -1 for a root. */
	parent: number;
	/** Index just past the last row of this item's subtree (its descendants are the rows in between). */
	end: number;
	/** 1-based place among its siblings, and their number (ARIA's posinset and setsize). */
	position: number;
	siblings: number;
}

/** The rows of a tree in pre-order (each item before its children), without recursion. */
export function treeRows<T extends { children: readonly T[] }>(roots: readonly T[]): TreeRow<T>[] {
	const rows: TreeRow<T>[] = [];
	// Each entry is a row whose children are still to be listed, and the next child's index.
	const open: { row: number; next: number }[] = [];
	const add = (item: T, depth: number, parent: number, position: number, siblings: number) => {
		rows.push({ item, depth, parent, end: -1, position, siblings });
		open.push({ row: rows.length - 1, next: 0 });
	};
	for (let r = 0; r < roots.length; r++) {
		add(roots[r]!, 0, -1, r + 1, roots.length);
		while (open.length > 0) {
			const top = open[open.length - 1]!;
			const row = rows[top.row]!;
			const children = row.item.children;
			if (top.next < children.length) {
				const position = top.next++;
				add(children[position]!, row.depth + 1, top.row, position + 1, children.length);
			} else {
				row.end = rows.length;
				open.pop();
			}
		}
	}
	return rows;
}
