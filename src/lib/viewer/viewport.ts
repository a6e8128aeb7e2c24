/**
 * The first view of a map, from node positions alone (fitting would measure
 * every label first). A map small enough to read whole is shown whole. A large
 * one opens at a readable zoom on its first position, where its argument
 * starts: the whole of thousands of nodes is a texture without words, and
 * drawing it costs seconds. The viewer's "Fit" shows all of it.
 */
import type { GraphData } from '$lib/core/view/elements';
import { LABEL_ALL_LIMIT, MIN_ZOOM, READ_ZOOM } from './graph-style';

export interface Viewport {
	zoom?: number;
	pan?: { x: number; y: number };
	/** True when a large map starts on its first position rather than whole. */
	zoomedIn: boolean;
}

// Half a node box, as the layout spaces them.
const HALF_WIDTH = 90;
const HALF_HEIGHT = 40;
const MARGIN = 30;

export function initialViewport(data: GraphData, width: number, height: number): Viewport {
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	let nodes = 0;
	let first: { x: number; y: number } | null = null;
	for (const e of data.elements) {
		if (e.group !== 'nodes') continue;
		nodes++;
		const p = e.position;
		x1 = Math.min(x1, p.x - HALF_WIDTH);
		x2 = Math.max(x2, p.x + HALF_WIDTH);
		y1 = Math.min(y1, p.y - HALF_HEIGHT);
		y2 = Math.max(y2, p.y + HALF_HEIGHT);
		// The top-left position: the layout puts the first position's tree there.
		if (
			e.data.kind === 'position' &&
			(!first || p.y < first.y || (p.y === first.y && p.x < first.x))
		)
			first = p;
	}
	if (!Number.isFinite(x1)) return { zoomedIn: false };
	if (nodes > LABEL_ALL_LIMIT && first) {
		const zoom = READ_ZOOM;
		return {
			zoom,
			pan: { x: MARGIN - zoom * (first.x - HALF_WIDTH), y: height / 2 - zoom * first.y },
			zoomedIn: true
		};
	}
	const zoom = Math.min(
		3,
		Math.max(
			MIN_ZOOM,
			Math.min((width - 2 * MARGIN) / (x2 - x1), (height - 2 * MARGIN) / (y2 - y1))
		)
	);
	return {
		zoom,
		pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 },
		zoomedIn: false
	};
}
