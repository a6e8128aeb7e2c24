/**
 * The map as a nested outline (the reading tree), for the ARIA tree view
 * that is prerendered into the page: readable without JavaScript.
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
	const toItem = (l: TreeLink): OutlineItem => {
		const n = byId.get(l.node);
		return {
			id: l.node,
			kind: n?.kind ?? 'claim',
			title: n?.title ?? l.node,
			text: n?.text ?? '',
			...(l.kind ? { relation: l.kind } : {}),
			also: also.get(l.node) ?? [],
			children: l.children.map(toItem)
		};
	};
	return spanning.roots.map(toItem);
}
