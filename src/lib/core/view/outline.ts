/**
 * The map as a nested outline (the reading tree), for the ARIA tree view
 * that is prerendered into the page: readable without JavaScript. It nests as
 * deep as the map does: walk it with `treeRows`, never by recursion.
 */
import type { EdgeKind, MapEdge, MapNode, NodeKind } from '../model';
import { spanningTree, type TreeLink } from './spanning-tree';

export interface OutlineItem {
	id: string;
	kind: NodeKind;
	title: string;
	text: string;
	/** How this item bears on its parent item. */
	relation?: EdgeKind;
	/** Other nodes it bears on, outside the tree. */
	also: { id: string; kind: EdgeKind }[];
	children: OutlineItem[];
}

export function outline(map: {
	nodes: readonly Pick<MapNode, 'id' | 'kind' | 'title' | 'text'>[];
	edges: readonly MapEdge[];
}): OutlineItem[] {
	const spanning = spanningTree(map);
	const byId = new Map(map.nodes.map((n) => [n.id, n]));
	const also = new Map<string, { id: string; kind: EdgeKind }[]>();
	for (const e of map.edges) {
		if (!spanning.crossLinks.has(e.id)) continue;
		const list = also.get(e.from) ?? [];
		list.push({ id: e.to, kind: e.kind });
		also.set(e.from, list);
	}
	// Built with an explicit stack: the tree may be thousands of levels deep.
	const item = (l: TreeLink): OutlineItem => {
		const n = byId.get(l.node);
		return {
			id: l.node,
			kind: n?.kind ?? 'claim',
			title: n?.title ?? l.node,
			text: n?.text ?? '',
			...(l.kind ? { relation: l.kind } : {}),
			also: also.get(l.node) ?? [],
			children: []
		};
	};
	const roots = spanning.roots.map(item);
	const pending = spanning.roots.map((link, i) => ({ link, into: roots[i]! }));
	while (pending.length > 0) {
		const { link, into } = pending.pop()!;
		for (const child of link.children) {
			const made = item(child);
			into.children.push(made);
			pending.push({ link: child, into: made });
		}
	}
	return roots;
}
