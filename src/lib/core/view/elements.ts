/**
 * Cytoscape elements for a map, as plain JSON (no Cytoscape import): the
 * component only mounts them. Labels are short; the full text lives in the panel.
 */
import type { ArgumentMap, EdgeKind, EdgeOrigin, NodeKind } from '../model';
import { outlineLayout, type Point } from './layout';
import { routeOf, type EdgeRoute } from './routes';
import { spanningTree } from './spanning-tree';

export interface NodeElement {
	group: 'nodes';
	data: {
		id: string;
		kind: NodeKind;
		label: string;
		parentId?: string;
		/** The map's main position: the author's thesis (front matter `thesis`). */
		thesis?: true;
	};
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
	} & EdgeRoute;
}

export interface GraphData {
	elements: (NodeElement | EdgeElement)[];
	/** For collapsing: each node's parent in the reading tree. */
	parents: Record<string, string>;
}

export const LABEL_LENGTH = 48;

/** The first line of the thesis's label, so it reads as such at first sight. */
export const THESIS_MARK = 'THESIS';

/** Shortens a title at a word boundary, so labels stay cheap to measure and draw. */
export function shortLabel(text: string, max = LABEL_LENGTH): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.lastIndexOf(' ', max - 1);
	return flat.slice(0, cut > max / 2 ? cut : max - 1) + '…';
}

export function toElements(
	map: Pick<ArgumentMap, 'nodes' | 'edges'> & { thesis?: string }
): GraphData {
	const spanning = spanningTree(map);
	const positions = new Set(map.nodes.filter((n) => n.kind === 'position').map((n) => n.id));
	const thesis = map.thesis && positions.has(map.thesis) ? map.thesis : undefined;
	const layout = outlineLayout(spanning, positions, thesis);
	const nodes: NodeElement[] = map.nodes.map((n) => {
		const p = layout.points.get(n.id);
		const label = shortLabel(n.title);
		return {
			group: 'nodes',
			data: {
				id: n.id,
				kind: n.kind,
				...(n.id === thesis
					? { label: `${THESIS_MARK}\n${label}`, thesis: true as const }
					: { label })
			},
			position: p ? { x: p.x, y: p.y } : { x: 0, y: 0 }
		};
	});
	const pair = (e: { from: string; to: string }) =>
		e.from < e.to ? `${e.from}\u0000${e.to}` : `${e.to}\u0000${e.from}`;
	const perPair = new Map<string, number>();
	for (const e of map.edges) perPair.set(pair(e), (perPair.get(pair(e)) ?? 0) + 1);
	const joined = new Set(map.edges.map((e) => `${e.from}\u0000${e.to}`));
	const edges: EdgeElement[] = map.edges.map((e) => {
		const cross = spanning.crossLinks.has(e.id);
		// Of two edges joining the same nodes both ways, one (by id order) arcs higher over the row.
		const reverse = joined.has(`${e.to}\u0000${e.from}`) && e.from > e.to;
		return {
			group: 'edges',
			data: {
				id: e.id,
				source: e.from,
				target: e.to,
				kind: e.kind,
				origin: e.origin,
				cross,
				...(perPair.get(pair(e))! > 1 ? { parallel: true as const } : {}),
				...routeOf(layout, e.from, e.to, !cross, reverse)
			}
		};
	});
	return { elements: [...nodes, ...edges], parents: Object.fromEntries(spanning.parentOf) };
}
