/**
 * The map as a tree for reading: positions at the top, and under each node
 * what bears on it. A node that bears on several nodes hangs under the
 * nearest one (breadth-first); its other edges are cross-links. The same tree
 * drives the graph layout and the outline, so both read alike.
 */
import type { EdgeKind, GraphShape } from '../model';
import { adjacency } from '../graph/adjacency';

export interface TreeLink {
	node: string;
	/** The edge that ties `node` to its parent; absent for roots. */
	edge?: string;
	kind?: EdgeKind;
	children: TreeLink[];
}

export interface SpanningTree {
	roots: TreeLink[];
	/** Edges that are not in the tree: drawn as extra edges, listed as "also bears on". */
	crossLinks: Set<string>;
	parentOf: Map<string, string>;
}

export function spanningTree(map: GraphShape): SpanningTree {
	const adj = adjacency(map);
	const links = new Map<string, TreeLink>();
	const parentOf = new Map<string, string>();
	const treeEdges = new Set<string>();
	const roots: TreeLink[] = [];
	const isPosition = new Set(map.nodes.filter((n) => n.kind === 'position').map((n) => n.id));

	const grow = (root: string) => {
		const top: TreeLink = { node: root, children: [] };
		links.set(root, top);
		roots.push(top);
		const queue = [top];
		for (let i = 0; i < queue.length; i++) {
			const parent = queue[i] as TreeLink;
			for (const { edge, other } of adj.incoming(parent.node)) {
				// Positions are always roots, so that every camp is at the top of the map.
				if (links.has(other) || isPosition.has(other)) continue;
				const link: TreeLink = { node: other, edge: edge.id, kind: edge.kind, children: [] };
				links.set(other, link);
				parentOf.set(other, parent.node);
				treeEdges.add(edge.id);
				parent.children.push(link);
				queue.push(link);
			}
		}
	};
	for (const n of map.nodes) if (isPosition.has(n.id)) grow(n.id);
	// Whatever no position reaches still gets a place, as a tree of its own.
	for (const n of map.nodes) if (!links.has(n.id)) grow(n.id);

	const crossLinks = new Set(map.edges.filter((e) => !treeEdges.has(e.id)).map((e) => e.id));
	return { roots, crossLinks, parentOf };
}
