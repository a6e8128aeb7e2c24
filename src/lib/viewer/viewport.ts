/**
 * The first view of a map, from node positions alone (fitting would measure
 * every label first). It must read at first sight: a map that fits the canvas
 * at a zoom where its titles can be read is shown whole; any other opens at
 * that zoom on the top row, the positions with the first levels under them
 * (the layout puts them there), centred on the row if it fits and on the
 * thesis (else the first position) if not. "Fit" shows all of it. A large map
 * opens the same way, and says so: the whole of thousands of nodes is a
 * texture without words, and drawing it costs seconds.
 */
import type { GraphData, NodeElement } from '$lib/core/view/elements';
import { NODE_HEIGHT, NODE_WIDTH, POSITION_HEIGHT, POSITION_WIDTH } from '$lib/core/view/layout';
import { LABEL_ALL_LIMIT, MIN_ZOOM, READ_ZOOM } from './graph-style';

export interface Viewport {
	zoom?: number;
	pan?: { x: number; y: number };
	/** True when a large map starts on its first position rather than whole. */
	zoomedIn: boolean;
}

const MARGIN = 30;
/** Room above the top row, in the layout's terms, for edges arcing over it. */
const ARC_ROOM = 30;
/** A map shown whole is not blown up beyond this. */
const MAX_OPENING_ZOOM = 1.5;

const half = (n: NodeElement) =>
	n.data.kind === 'position'
		? { w: POSITION_WIDTH / 2, h: POSITION_HEIGHT / 2 }
		: { w: NODE_WIDTH / 2, h: NODE_HEIGHT / 2 };

export function initialViewport(data: GraphData, width: number, height: number): Viewport {
	let x1 = Infinity;
	let y1 = Infinity;
	let x2 = -Infinity;
	let y2 = -Infinity;
	let nodes = 0;
	const positions: NodeElement[] = [];
	for (const e of data.elements) {
		if (e.group !== 'nodes') continue;
		nodes++;
		const p = e.position;
		const { w, h } = half(e);
		x1 = Math.min(x1, p.x - w);
		x2 = Math.max(x2, p.x + w);
		y1 = Math.min(y1, p.y - h);
		y2 = Math.max(y2, p.y + h);
		if (e.data.kind === 'position') positions.push(e);
	}
	if (!Number.isFinite(x1)) return { zoomedIn: false };
	const large = nodes > LABEL_ALL_LIMIT;
	const fit = Math.min((width - 2 * MARGIN) / (x2 - x1), (height - 2 * MARGIN) / (y2 - y1));
	if (!large && fit >= READ_ZOOM) {
		const zoom = Math.min(MAX_OPENING_ZOOM, fit);
		return {
			zoom,
			pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 },
			zoomedIn: false
		};
	}
	const zoom = Math.max(MIN_ZOOM, READ_ZOOM);
	const viewWidth = width / zoom;
	// The top row: all of it if it fits, else its thesis or first position in the middle.
	let centre = (x1 + x2) / 2;
	let top = y1;
	if (positions.length > 0) {
		const left = Math.min(...positions.map((p) => p.position.x)) - POSITION_WIDTH / 2;
		const right = Math.max(...positions.map((p) => p.position.x)) + POSITION_WIDTH / 2;
		const anchor = positions.find((p) => p.data.thesis) ?? positions[0]!;
		centre =
			right - left <= viewWidth - (2 * MARGIN) / zoom ? (left + right) / 2 : anchor.position.x;
		// Room above the row for the edges that arc over it from one position to another.
		top = Math.min(...positions.map((p) => p.position.y)) - POSITION_HEIGHT / 2 - ARC_ROOM;
	} else if (x2 - x1 > viewWidth) centre = x1 + viewWidth / 2 - MARGIN / zoom;
	// No empty canvas beside the map where the map could be instead.
	const slack = MARGIN / zoom;
	if (x2 - x1 + 2 * slack > viewWidth)
		centre = Math.min(Math.max(centre, x1 - slack + viewWidth / 2), x2 + slack - viewWidth / 2);
	else centre = (x1 + x2) / 2;
	return {
		zoom,
		pan: { x: width / 2 - zoom * centre, y: MARGIN - zoom * top },
		zoomedIn: large
	};
}
