/**
 * How a graph is first drawn: the opening viewport, the batches (the first is
 * drawn at once, the rest a task at a time), and the options Cytoscape starts
 * with. Decided from the laid-out data alone, before Cytoscape measures anything.
 */
import type { CytoscapeOptions } from 'cytoscape';
import type { GraphData } from '$lib/core/view/elements';
import { graphStyle, LABEL_ALL_LIMIT, MIN_ZOOM } from '../graph-style';
import { initialViewport } from '../viewport';
import { batches } from '../batches';
import { openingBatches } from '../opening-batch';

export interface FirstDraw {
	/** Cytoscape's options, with the first batch as its elements. */
	options: CytoscapeOptions;
	/** The batches added after the first frame. */
	rest: GraphData['elements'][];
	/** A large map that opens on its first position rather than whole. */
	zoomedIn: boolean;
	/**
	 * The edges are drawn by the viewer (edge-canvas.ts), not by Cytoscape: none are in the
	 * batches. So on large maps, where Cytoscape's work per edge cost as much as per node.
	 */
	ownEdges: boolean;
}

/** The first frame of `data` on a canvas of `width` × `height`. */
export function firstDraw(data: GraphData, width: number, height: number): FirstDraw {
	const big = data.elements.length > 2 * LABEL_ALL_LIMIT;
	const { zoomedIn, ...view } = initialViewport(data, width, height);
	const opening = { zoom: view.zoom ?? 1, pan: view.pan ?? { x: 0, y: 0 }, width, height };
	// A large map's edges are drawn apart from Cytoscape (edge-canvas.ts): none in the batches.
	let parts = batches(data, opening, { edges: !big });
	if (parts.length === 1) {
		parts = openingBatches(data, opening);
		if (big) parts = parts.map((part) => part.filter((e) => e.group === 'nodes'));
	}
	return {
		options: {
			elements: parts[0],
			style: graphStyle(big),
			// The first view is computed from node positions: fitting would measure every label first.
			layout: { name: 'preset', fit: false },
			...view,
			minZoom: MIN_ZOOM,
			maxZoom: 3,
			boxSelectionEnabled: false,
			autoungrabify: true,
			// Pan and zoom stay smooth on big maps: a snapshot of the nodes moves instead.
			textureOnViewport: big,
			pixelRatio: big ? 1 : 'auto'
		},
		rest: parts.slice(1),
		zoomedIn,
		ownEdges: big
	};
}
