/**
 * Cytoscape's renderer on a large map, looking up elements by place instead of
 * visiting every one.
 *
 * Three of its routines go through all the elements it holds, whatever is in
 * view: on a 10,000-node map that was 20,000 elements each time (10,000 now
 * that a large map's edges are drawn apart: edge-canvas.ts).
 * - Drawing, zoomed in, element by element (when its layered textures cannot
 *   hold the graph): it asks each element's box to skip those out of view.
 *   About 40 ms a frame; after a wheel zoom it draws like this for half a
 *   second while its textures sharpen, and keys typed then wait for it.
 * - Its layered textures, before that, measure the whole graph every frame
 *   only to find that a layer would be too large.
 * - The element under the pointer, looked up on every mouse move, a drag's
 *   included: 80–120 ms each, so that a drag across the map stutters.
 *
 * This keeps a grid of the elements' boxes (box-grid.ts) for each list
 * Cytoscape goes through, and hands its routines only the elements in the
 * grid's cells around the view or the pointer, in Cytoscape's own order.
 * Cytoscape still tests each of them as before, so the grid only has to leave
 * out what surely fails its tests. An element whose box may have changed
 * (Cytoscape reports each one before it draws, to drop its cached textures)
 * is handed over as well, wherever it is, until the grid is rebuilt; a new
 * list (elements added, removed or reordered) gets a new grid.
 */
import type { Core } from 'cytoscape';
import { BoxGrid, meets, type Box } from './box-grid';

/** Below this many elements a routine is cheap enough as it is. */
const MIN_ELEMENTS = 2000;

/** Cytoscape's layered texture cache's limits (its own constants, not exported). */
const LAYER = { minLevel: -4, maxLevel: 2, maxZoom: 3.99, maxDim: 32767, maxArea: 4000 * 4000 };

/**
 * Changed elements are tested one by one on every use, so past this many (or 1/64 of all) a new
 * grid costs less: one pass over the boxes, as a single frame of Cytoscape's own makes.
 */
const MAX_CHANGED = 256;

/** How near the pointer Cytoscape finds an element, at most (an edge, by touch), screen px. */
const POINTER_REACH_PX = 24;

interface Element {
	boundingBox(): Box;
	isNode(): boolean;
	position(): { x: number; y: number };
	data(key: string): unknown;
	/** Whether Cytoscape has this element's style and rendered style up to date (not in its types). */
	_private?: { styleDirty?: boolean; rstyle?: { clean?: boolean; cleanConnected?: boolean } };
}
/** Cytoscape's list of its elements in z-order, with the interactive ones apart. */
type Ordered = Element[] & { interactive?: Element[] };
type Draw = (context: unknown, eles: Element[], pxRatio: number, extent?: Box) => void;
type FindNearest = (x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => Element[];

/** The parts of Cytoscape's canvas renderer this relies on (not in its types). */
interface CanvasRenderer {
	drawCachedElements?: Draw;
	drawLayeredElements?: Draw;
	drawCachedElement?: (context: unknown, ele: Element, pxRatio: number, extent?: Box) => void;
	findNearestElements?: FindNearest;
	getCachedZSortedEles?: () => Ordered;
	flushRenderedStyleQueue?: () => void;
	onUpdateEleCalcs?: (fn: (willDraw: boolean, eles: ArrayLike<Element>) => void) => void;
	usesGrid?: boolean;
}

/** The grid of one list of elements, and what has changed since it was built. */
class Indexed {
	readonly grid: BoxGrid;
	/** The whole list's extent when the grid was built. */
	readonly extent: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
	readonly changed = new Set<number>();
	private readonly indexOf: Map<Element, number>;

	constructor(
		readonly eles: Element[],
		boxOf: (e: Element) => Box
	) {
		const boxes = eles.map(boxOf);
		for (const b of boxes) grow(this.extent, b);
		this.grid = BoxGrid.of(boxes);
		this.indexOf = new Map(eles.map((e, i) => [e, i]));
	}

	/** Notes elements that may have changed; false once a new grid would cost less (MAX_CHANGED). */
	mark(eles: ArrayLike<Element>): boolean {
		for (let i = 0; i < eles.length; i++) {
			const at = this.indexOf.get(eles[i]!);
			if (at !== undefined) this.changed.add(at);
		}
		return this.changed.size <= Math.max(MAX_CHANGED, this.eles.length / 64);
	}

	/** The indices of the elements that may meet `area`, ascending. */
	near(area: Box): number[] {
		const near = this.grid.near(area);
		if (!this.changed.size) return near;
		// Changed elements may have left their cells: they are tested where they are now.
		const kept = near.filter((i) => !this.changed.has(i));
		for (const i of this.changed) if (meets(this.eles[i]!.boundingBox(), area)) kept.push(i);
		return kept.sort((a, b) => a - b);
	}
}

/**
 * Makes `cy`'s canvas renderer look elements up in a grid on a large map. Does nothing where
 * Cytoscape renders otherwise (headless, or a renderer without these parts). `reach`, when it
 * gives a box for an element, is taken instead of measuring it: a box sure to hold the
 * element's own (node-reach.ts), larger if need be.
 */
export function gridTheRenderer(cy: Core, reach?: (e: Element) => Box | null): void {
	const r = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer?.();
	if (!r || r.usesGrid !== undefined) return;
	const { drawCachedElements, drawLayeredElements, drawCachedElement, findNearestElements } = r;
	const { getCachedZSortedEles, flushRenderedStyleQueue, onUpdateEleCalcs } = r;
	if (
		!drawCachedElements ||
		!drawLayeredElements ||
		!drawCachedElement ||
		!findNearestElements ||
		!getCachedZSortedEles ||
		!flushRenderedStyleQueue ||
		!onUpdateEleCalcs
	)
		return;
	r.usesGrid = true;
	// The lists in use: the drawn one and the interactive one, each Cytoscape's own array.
	let grids: Indexed[] = [];
	// Each element's box as the last grid took it, until Cytoscape reports the element changed.
	// A batch added to a large map makes a new list, and asking Cytoscape again for every box
	// already known costs a pass over all of them per batch: about 40 ms of profile over the
	// batches of 10,000 nodes (the first measuring of each new element is most of the rest).
	// Every change of a box here is reported: nodes are not dragged and none is a compound
	// (docs/adr/0003-viewer.md says why that matters).
	const known = new WeakMap<Element, Box>();
	const boxOf = (e: Element): Box => {
		let box = known.get(e);
		if (!box) known.set(e, (box = reach?.(e) ?? measured(e)));
		return box;
	};
	const indexFor = (eles: Element[]): Indexed => {
		const found = grids.find((g) => g.eles === eles);
		if (found) return found;
		const made = new Indexed(eles, boxOf);
		grids = [made, ...grids].slice(0, 2);
		return made;
	};
	const big = (eles: Element[] | undefined): eles is Element[] =>
		!!r.usesGrid && !!eles && eles.length >= MIN_ELEMENTS;

	onUpdateEleCalcs.call(r, (_willDraw, eles) => {
		for (let i = 0; i < eles.length; i++) known.delete(eles[i]!);
		grids = grids.filter((g) => g.mark(eles));
	});

	r.drawCachedElements = function (this: CanvasRenderer, context, eles, pxRatio, extent) {
		if (!extent || !big(eles)) return drawCachedElements.call(this, context, eles, pxRatio, extent);
		for (const i of indexFor(eles).near(extent))
			drawCachedElement.call(this, context, eles[i]!, pxRatio, extent);
	};

	r.drawLayeredElements = function (this: CanvasRenderer, context, eles, pxRatio, extent) {
		if (extent && big(eles) && !layersFit(cy, indexFor(eles), pxRatio))
			return r.drawCachedElements!.call(this, context, eles, pxRatio, extent);
		return drawLayeredElements.call(this, context, eles, pxRatio, extent);
	};

	r.findNearestElements = function (this: CanvasRenderer, x, y, interactiveOnly, isTouch) {
		const all = getCachedZSortedEles.call(this);
		const eles = interactiveOnly ? all.interactive : all;
		if (!big(eles)) return findNearestElements.call(this, x, y, interactiveOnly, isTouch);
		// What moved since the last frame is reported now, not at the next frame.
		flushRenderedStyleQueue.call(this);
		const reach = (2 * POINTER_REACH_PX) / cy.zoom();
		const area = { x1: x - reach, y1: y - reach, x2: x + reach, y2: y + reach };
		const near: Ordered = indexFor(eles)
			.near(area)
			.map((i) => eles[i]!);
		near.interactive = near;
		// Cytoscape's search, over the near elements only, in the same order.
		this.getCachedZSortedEles = () => near;
		try {
			return findNearestElements.call(this, x, y, interactiveOnly, isTouch);
		} finally {
			delete this.getCachedZSortedEles;
		}
	};
}

/**
 * An element's box, measured without making Cytoscape work the element out again. The first
 * measuring of an element empties its (empty) box cache, and Cytoscape's renderer takes that as
 * a change: in the next frame it works out the element's rendered style again and, for a node,
 * the route of every edge it has. The grid measured each batch of a large map in the frame that
 * draws it, so every batch was worked out twice, the second time in the next batch's frame:
 * about 120 ms over the batches of 10,000 nodes, when the grid still measured every node and
 * Cytoscape held the edges (now it measures only what node-reach.ts leaves to it). Measuring
 * changes nothing that was worked out, so what was up to date before it is left marked so; a
 * real change (a move, a new style) is reported by Cytoscape apart from this and still marks the
 * element. An element whose new style is not applied yet is left as Cytoscape marks it:
 * measuring applies that style, and what it changes must be worked out.
 */
function measured(e: Element): Box {
	const settled = e._private?.styleDirty !== true;
	const rstyle = settled ? e._private?.rstyle : undefined;
	const clean = rstyle?.clean;
	const connected = rstyle?.cleanConnected;
	const box = e.boundingBox();
	if (rstyle && clean) rstyle.clean = true;
	if (rstyle && connected) rstyle.cleanConnected = true;
	return box;
}

/**
 * False when Cytoscape's layered cache surely cannot make a layer for the graph at this zoom:
 * the same test it makes, on the extent of the graph (the grid's, grown by any element changed
 * since), so that it is asked only when it could.
 */
function layersFit(cy: Core, { eles, extent, changed }: Indexed, pxRatio: number): boolean {
	const zoom = cy.zoom();
	const level = Math.max(LAYER.minLevel, Math.ceil(Math.log2(zoom * pxRatio)));
	// Zoomed in past the layers' range, Cytoscape does not try them at all.
	if (zoom >= LAYER.maxZoom || level > LAYER.maxLevel) return true;
	const all = { ...extent };
	for (const i of changed) grow(all, eles[i]!.boundingBox());
	const scale = 2 ** level;
	const w = Math.ceil((all.x2 - all.x1) * scale);
	const h = Math.ceil((all.y2 - all.y1) * scale);
	// Not a number (an element Cytoscape could not measure) fails every test: it is asked.
	return !(w > LAYER.maxDim || h > LAYER.maxDim || w * h > LAYER.maxArea);
}

/** Grows `extent` to hold `b`, as Cytoscape grows the layers' extent (an empty box is infinite inwards). */
function grow(extent: Box, b: Box) {
	extent.x1 = Math.min(extent.x1, b.x1);
	extent.y1 = Math.min(extent.y1, b.y1);
	extent.x2 = Math.max(extent.x2, b.x2);
	extent.y2 = Math.max(extent.y2, b.y2);
}
