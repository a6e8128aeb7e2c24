/**
 * Cytoscape elements for a map, as plain JSON (no Cytoscape import): the
 * component only mounts them. Labels are short; the full text lives in the panel.
 */
import type { ArgumentMap, EdgeKind, EdgeOrigin, NodeKind } from '../model';
import { tidyLayout, type Point } from './layout';
import { spanningTree } from './spanning-tree';

export interface NodeElement {
	group: 'nodes';
	data: { id: string; kind: NodeKind; label: string; parentId?: string };
	position: Point;
}

export interface EdgeElement {
	group: 'edges';
	data: {
		id: string;
		source: string;
		target: string;
		kind: EdgeKind;
		origin: EdgeOrigin;
		cross: boolean;
		/** Another edge joins the same two nodes (either way), so this one must curve apart. */
		parallel?: true;
	};
}

export interface GraphData {
	elements: (NodeElement | EdgeElement)[];
	/** For collapsing: each node's parent in the reading tree. */
	parents: Record<string, string>;
}

export const LABEL_LENGTH = 48;

/** Shortens a title at a word boundary, so labels stay cheap to measure and draw. */
export function shortLabel(text: string, max = LABEL_LENGTH): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.lastIndexOf(' ', max - 1);
	return flat.slice(0, cut > max / 2 ? cut : max - 1) + '…';
}

export function toElements(map: Pick<ArgumentMap, 'nodes' | 'edges'>): GraphData {
	const spanning = spanningTree(map);
	const points = tidyLayout(spanning);
	const nodes: NodeElement[] = map.nodes.map((n) => ({
		group: 'nodes',
		data: { id: n.id, kind: n.kind, label: shortLabel(n.title) },
		position: points.get(n.id) ?? { x: 0, y: 0 }
	}));
	const pair = (e: { from: string; to: string }) =>
		e.from < e.to ? `${e.from}\u0000${e.to}` : `${e.to}\u0000${e.from}`;
	const perPair = new Map<string, number>();
	for (const e of map.edges) perPair.set(pair(e), (perPair.get(pair(e)) ?? 0) + 1);
	const edges: EdgeElement[] = map.edges.map((e) => ({
		group: 'edges',
		data: {
			id: e.id,
			source: e.from,
			target: e.to,
			kind: e.kind,
			origin: e.origin,
			cross: spanning.crossLinks.has(e.id),
			...(perPair.get(pair(e))! > 1 ? { parallel: true as const } : {})
		}
	}));
	return { elements: [...nodes, ...edges], parents: Object.fromEntries(spanning.parentOf) };
}
