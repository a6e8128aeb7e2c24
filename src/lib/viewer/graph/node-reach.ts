/**
 * A box sure to hold everything Cytoscape draws for a node of a large map,
 * worked out from the node's place and label rather than measured. The
 * renderer's grid (renderer-grid.ts) needs a box for every new node of a
 * batch, and Cytoscape's own measuring (body, border, rings, and the label's
 * text laid out) took about 50 ms a batch of 5,000 nodes, in the frame that
 * draws it; the grid only needs a box that holds the real one, since
 * Cytoscape still tests each element it is handed against its own.
 *
 * Positions are left to be measured: their titles grow as the map is zoomed
 * out and move above or below the box.
 */
import type { Box } from './box-grid';
import { NODE_HEIGHT, NODE_WIDTH } from '$lib/core/view/layout';
import { FONT_SIZE, LABEL_WRAP_WIDTH } from '../graph-style';

/**
 * Beyond the box on every side: more than the widest border, ring, halo and badge the style
 * draws reach together (the thesis's 9 px border is a position's; a folded branch's 6 px
 * border, the cursor's ring 6 + 4 px out, a trace's 8 px halo, a reader's badge 22 px).
 */
const RING = 64;
/** No glyph of a label is wider than this, nor a line of it taller (a font's em is 1). */
const EM = 1.5 * FONT_SIZE;
/** Lines a layer may put before or after the title: a verdict, a comparison, a folded count. */
const EXTRA_LINES = 3;

/** The box around a node at (x, y) whose title is `label`. */
export function nodeReach(x: number, y: number, label: string): Box {
	let lines = EXTRA_LINES;
	let widest = 0;
	for (const part of label.split('\n')) {
		const words = part.split(/\s+/).filter(Boolean);
		// Wrapped at spaces, a line holds a word at least.
		lines += Math.max(1, words.length);
		for (const w of words) widest = Math.max(widest, [...w].length);
	}
	const w = Math.max(NODE_WIDTH, LABEL_WRAP_WIDTH, widest * EM) / 2 + RING;
	const h = Math.max(NODE_HEIGHT, lines * EM) / 2 + RING;
	return { x1: x - w, y1: y - h, x2: x + w, y2: y + h };
}

/** What the grid needs of a Cytoscape element to place it without measuring. */
export interface Placeable {
	isNode(): boolean;
	position(): { x: number; y: number };
	data(key: string): unknown;
}

/** The box of a node other than a position; null for anything that must be measured. */
export function reachOf(e: Placeable): Box | null {
	if (!e.isNode() || e.data('kind') === 'position') return null;
	const { x, y } = e.position();
	return nodeReach(x, y, String(e.data('label') ?? ''));
}
