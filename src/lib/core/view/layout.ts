/**
 * A layered, tidy-tree layout of the spanning tree (d3-hierarchy), computed
 * at build time: linear in the number of nodes, and the same on every build
 * because the tree is built in source order.
 *
 * Each position heads its own tree: the position in the tree's left column,
 * what bears on it fanning out to the right (node boxes are wider than tall,
 * so siblings stacked vertically keep a broad tree compact). The trees are
 * then shelved in rows, in source order, so the whole map comes close to a
 * screen's proportions instead of one very tall or very wide strip.
 */
import { hierarchy, tree, type HierarchyNode } from 'd3-hierarchy';
import type { SpanningTree, TreeLink } from './spanning-tree';

export interface Point {
	x: number;
	y: number;
}

/** Horizontal distance between levels (node width plus room for edges). */
export const LEVEL_WIDTH = 250;
/** Vertical distance between sibling slots (node height plus a gap). */
export const SLOT_HEIGHT = 84;
/** Room between trees. */
export const TREE_GAP = 160;
/** The width-to-height ratio the packed map aims for. */
export const TARGET_ASPECT = 1.6;

interface Placed {
	points: [string, Point][];
	width: number;
	height: number;
}

/**
 * The tree as a d3 hierarchy, built in linear time. d3's `hierarchy()` sets heights by climbing
 * from every node towards the root, which takes nodes × depth steps: seconds for a chain of
 * 20,000 links. Here each node is made on its own and linked in breadth-first order, and
 * heights are set in one pass from the last level up.
 */
export function toHierarchy(rootLink: TreeLink): HierarchyNode<TreeLink> {
	const single = (l: TreeLink) => hierarchy(l, () => null);
	const root = single(rootLink);
	const order = [root];
	for (let i = 0; i < order.length; i++) {
		const node = order[i]!;
		if (node.data.children.length === 0) continue;
		node.children = node.data.children.map((l) => {
			const child = single(l);
			child.parent = node;
			(child as { depth: number }).depth = node.depth + 1;
			order.push(child);
			return child;
		});
	}
	for (let i = order.length - 1; i > 0; i--) {
		const node = order[i]!;
		const parent = node.parent as { height: number };
		parent.height = Math.max(parent.height, node.height + 1);
	}
	return root;
}

function layoutTree(rootLink: TreeLink): Placed {
	const root = toHierarchy(rootLink);
	tree<TreeLink>()
		.nodeSize([SLOT_HEIGHT, LEVEL_WIDTH])
		.separation((a, b) => (a.parent === b.parent ? 1 : 1.3))(root);
	let minY = Infinity;
	let maxY = -Infinity;
	let depth = 0;
	root.each((n) => {
		minY = Math.min(minY, n.x ?? 0);
		maxY = Math.max(maxY, n.x ?? 0);
		depth = Math.max(depth, n.depth);
	});
	const points: [string, Point][] = [];
	// d3 lays trees out top-down; swapping the axes turns levels into columns.
	root.each((n) => points.push([n.data.node, { x: n.depth * LEVEL_WIDTH, y: (n.x ?? 0) - minY }]));
	return { points, width: depth * LEVEL_WIDTH + LEVEL_WIDTH, height: maxY - minY + SLOT_HEIGHT };
}

export function tidyLayout(spanning: SpanningTree): Map<string, Point> {
	const trees = spanning.roots.map(layoutTree);
	const area = trees.reduce((sum, t) => sum + (t.width + TREE_GAP) * (t.height + TREE_GAP), 0);
	const widest = Math.max(0, ...trees.map((t) => t.width));
	const rowWidth = Math.max(widest, Math.sqrt(area * TARGET_ASPECT));
	const points = new Map<string, Point>();
	let x = 0;
	let y = 0;
	let rowHeight = 0;
	for (const t of trees) {
		if (x > 0 && x + t.width > rowWidth) {
			x = 0;
			y += rowHeight + TREE_GAP;
			rowHeight = 0;
		}
		for (const [id, p] of t.points)
			points.set(id, { x: Math.round(x + p.x), y: Math.round(y + p.y) });
		x += t.width + TREE_GAP;
		rowHeight = Math.max(rowHeight, t.height);
	}
	return points;
}
