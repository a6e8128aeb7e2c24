/**
 * A small map (drawn in one batch, see batches.ts) that opens on part of
 * itself is still given to Cytoscape in two: what lies around the opening
 * view, then the rest a task later. On its first frame Cytoscape renders
 * every element it holds into a layer the size of the whole graph at the
 * opening zoom; at a zoom where titles can be read, that layer (millions of
 * pixels for the reference map) cost more than the rest of the frame, about
 * 70 ms in headless Chromium.
 */
import type { EdgeElement, GraphData, NodeElement } from '$lib/core/view/elements';
import { FIRST_BATCH_MARGIN, type OpeningView } from './batches';

/** The elements around the opening view, then the rest; one batch if the view holds them all. */
export function openingBatches(data: GraphData, view: OpeningView): GraphData['elements'][] {
	const x1 = -view.pan.x / view.zoom;
	const y1 = -view.pan.y / view.zoom;
	const w = view.width / view.zoom;
	const h = view.height / view.zoom;
	const near = (n: NodeElement) =>
		n.position.x >= x1 - FIRST_BATCH_MARGIN * w &&
		n.position.x <= x1 + (1 + FIRST_BATCH_MARGIN) * w &&
		n.position.y >= y1 - FIRST_BATCH_MARGIN * h &&
		n.position.y <= y1 + (1 + FIRST_BATCH_MARGIN) * h;
	const first = new Set<string>();
	let nodes = 0;
	for (const e of data.elements)
		if (e.group === 'nodes') {
			nodes++;
			if (near(e)) first.add(e.data.id);
		}
	if (first.size === nodes) return [data.elements];
	const opening: GraphData['elements'] = [];
	const rest: GraphData['elements'] = [];
	const inFirst = (e: NodeElement | EdgeElement) =>
		e.group === 'nodes'
			? first.has(e.data.id)
			: first.has(e.data.source) && first.has(e.data.target);
	for (const e of data.elements) (inFirst(e) ? opening : rest).push(e);
	return [opening, rest];
}
