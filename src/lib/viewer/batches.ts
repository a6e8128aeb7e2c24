/**
 * Large maps are drawn in batches: first what lies around the opening view,
 * so the graph is on screen and usable at once, then the rest, nearest
 * first, a batch per task so the page stays responsive. Cytoscape styles
 * and measures every element it holds before its first frame; handing it
 * only the elements near the view is what makes a large map open quickly.
 */
import type { GraphData, NodeElement } from '$lib/core/view/elements';
import { LABEL_ALL_LIMIT } from './graph-style';

export interface OpeningView {
	zoom: number;
	pan: { x: number; y: number };
	width: number;
	height: number;
}

/** Above this many nodes a map is drawn in batches (as it opens zoomed in, see viewport.ts). */
export const BATCH_FROM = LABEL_ALL_LIMIT;
/**
 * How far beyond the opening view the first batch reaches, as a share of the view on every
 * side: enough for a first small pan, while each node more costs the first frame style and
 * measuring work (a full view on every side made 1,000- and 5,000-node maps open 0.3 s later).
 */
export const FIRST_BATCH_MARGIN = 0.25;
/**
 * Nodes per later batch. Each batch costs Cytoscape a frame that visits every element it holds,
 * so fewer batches draw the whole map sooner. A large map's edges are not Cytoscape's
 * (graph/edge-lines.ts), so a batch of 5,000 nodes holds the page about as long as one of
 * 2,500 nodes and their edges did, a fifth to a quarter of a second; it drew the 5,000-node map
 * whole in 0.67 s rather than 0.69 s, and the 10,000-node map in 0.92 s rather than 1.02 s
 * (5–7 loads each, interleaved).
 */
export const BATCH_SIZE = 5000;

/**
 * The map's elements in batches: the first holds the nodes within the opening
 * view and a margin around it; every batch holds the edges whose
 * ends are both in it or in an earlier one, so an edge never waits on a node.
 * With `edges` false, the batches hold the nodes only (a large map's edges are
 * drawn apart from Cytoscape: graph/edge-canvas.ts).
 */
export function batches(
	data: GraphData,
	view: OpeningView,
	{ size = BATCH_SIZE, edges: withEdges = true } = {}
): GraphData['elements'][] {
	const nodes = data.elements.filter((e): e is NodeElement => e.group === 'nodes');
	if (nodes.length <= BATCH_FROM) return [data.elements];
	// The view in layout coordinates; the first batch takes it with the margin on every side.
	const x1 = -view.pan.x / view.zoom;
	const y1 = -view.pan.y / view.zoom;
	const w = view.width / view.zoom;
	const h = view.height / view.zoom;
	const cx = x1 + w / 2;
	const cy = y1 + h / 2;
	const reach = 0.5 + FIRST_BATCH_MARGIN;
	const near = (n: NodeElement) =>
		Math.abs(n.position.x - cx) <= reach * w && Math.abs(n.position.y - cy) <= reach * h;

	const first: NodeElement[] = [];
	// Each distance worked out once, not in every comparison of the sort: this runs before the
	// first frame.
	const far: { node: NodeElement; distance: number }[] = [];
	for (const n of nodes)
		if (near(n)) first.push(n);
		else far.push({ node: n, distance: Math.hypot(n.position.x - cx, n.position.y - cy) });
	const rest = far.sort((a, b) => a.distance - b.distance).map((f) => f.node);
	const groups: NodeElement[][] = [first];
	for (let i = 0; i < rest.length; i += size) groups.push(rest.slice(i, i + size));
	if (!withEdges) return groups;

	// Each edge goes with the later of its two ends.
	const batchOf = new Map<string, number>();
	groups.forEach((g, i) => g.forEach((n) => batchOf.set(n.data.id, i)));
	const out: GraphData['elements'][] = groups.map((g) => [...g]);
	for (const e of data.elements) {
		if (e.group !== 'edges') continue;
		const at = Math.max(batchOf.get(e.data.source) ?? -1, batchOf.get(e.data.target) ?? -1);
		if (batchOf.has(e.data.source) && batchOf.has(e.data.target)) out[at]!.push(e);
	}
	return out.filter((b, i) => i === 0 || b.length > 0);
}
