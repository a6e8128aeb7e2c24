/**
 * A large map's edges, drawn on a canvas under Cytoscape's (edge-lines.ts
 * says why they are not Cytoscape's elements). Each frame Cytoscape draws,
 * this draws the lines that meet the view: found in a grid, grouped by look
 * so that a group is one stroke, a long line cut to the view and its dashes
 * kept in step (as clipped-edges.ts does for Cytoscape's own edges). A line
 * is drawn once both its nodes are drawn and shown; it is dimmed or lit as
 * the highlight says, as Cytoscape would have restyled it.
 */
import type { Core } from 'cytoscape';
import type { GraphData } from '$lib/core/view/elements';
import { arrivingClass, NO_HIGHLIGHT, type Highlight } from '../highlight';
import { BoxGrid, grown, meets, type Box } from './box-grid';
import { edgeLines, type EdgeLine } from './edge-lines';
import { edgeLook, type EdgeLook } from './edge-look';
import { strokeGroup, svgGroup, type Group } from './edge-paint';

/** Beyond the view, in screen pixels: more than a halo or an arrow reaches. */
const MARGIN_PX = 64;
/**
 * While the view moves, the lines are not drawn again each frame: the last frame's image is
 * moved with the view, as Cytoscape moves its image of a large map's nodes, and the lines are
 * drawn anew once the view has been still this long. Drawn in full, the few hundred lines of
 * an opening view made a frame of a pan 10 ms longer, and the whole of 10,000 lines over
 * 100 ms longer (the canvas draws without a GPU).
 */
const SETTLE_MS = 150;
/** An arrow narrower than this on screen cannot be told from its line, and is left out. */
const MIN_ARROW_PX = 2;
/** Drawn first to last: dimmed lines under the rest, a trace's on top. */
const ORDER = ['dim', '', 'trace-attack', 'trace-support'];

export class EdgeCanvas {
	private lines: EdgeLine[];
	private grid: BoxGrid;
	/** Lines still to lay out: all but the first batch's, until `layOutAll`. */
	private data: GraphData | null;
	private highlight: Highlight = NO_HIGHLIGHT;
	/** Whether each node is drawn and shown, as last asked of Cytoscape; cleared on a change. */
	private readonly shown = new Map<string, boolean>();
	private readonly canvas: HTMLCanvasElement | null = null;
	private readonly draw = () => this.paint();
	private readonly resized = () => {
		this.last = null;
		this.paint();
	};
	private frame = 0;
	private drawnCount = -1;
	/** The view the canvas was last drawn at in full; null when it must be drawn again. */
	private last: { zoom: number; x: number; y: number } | null = null;
	/** A copy of that drawing, taken when the view first moves away from it. */
	private image: HTMLCanvasElement | null = null;
	private imageTaken = false;
	private settle: ReturnType<typeof setTimeout> | undefined;

	/**
	 * `first`: the nodes of the first batch. Only their lines are laid out before the first
	 * frame (laying out 10,000 lines takes some 50 ms in a page just loaded); `layOutAll` does
	 * the rest.
	 */
	constructor(
		private readonly cy: Core,
		data: GraphData,
		first: ReadonlySet<string>,
		private readonly screen: {
			container: HTMLElement;
			/** Cytoscape's pixel ratio on this map. */
			ratio: number;
			/** Reports how many lines the last frame drew (for tests and tools). */
			mark: (count: number) => void;
		} | null
	) {
		this.lines = edgeLines(data, first);
		this.grid = BoxGrid.of(this.lines.map((l) => l.box));
		this.data = data;
		if (!screen) return;
		this.canvas = document.createElement('canvas');
		this.canvas.setAttribute('aria-hidden', 'true');
		this.canvas.dataset.testid = 'edge-canvas';
		// Under Cytoscape's canvases (added to the container before this, positioned with z-index 0
		// where this has none), and never in the way of the pointer.
		Object.assign(this.canvas.style, { position: 'absolute', inset: '0', pointerEvents: 'none' });
		screen.container.prepend(this.canvas);
		cy.on('render', this.draw);
		cy.on('resize', this.resized);
	}

	/** Lays out every line, not only the first batch's. */
	layOutAll() {
		if (!this.data) return;
		this.lines = edgeLines(this.data);
		this.grid = BoxGrid.of(this.lines.map((l) => l.box));
		this.data = null;
		this.redraw();
	}

	/** Dims and lights lines as `highlight` says. */
	setHighlight(highlight: Highlight) {
		this.highlight = highlight;
		this.redraw();
	}

	/** Nodes were added, hidden or shown: which lines are drawn is asked again. */
	nodesChanged() {
		this.shown.clear();
		this.redraw();
	}

	destroy() {
		if (this.frame) cancelAnimationFrame(this.frame);
		clearTimeout(this.settle);
		this.cy.off('render', this.draw);
		this.cy.off('resize', this.resized);
		this.canvas?.remove();
	}

	/** The lines drawn within `area` (layout coordinates): both nodes drawn and shown. */
	within(area: Box): EdgeLine[] {
		return this.grid
			.near(area)
			.map((i) => this.lines[i]!)
			.filter((l) => meets(l.box, area) && this.isShown(l.source) && this.isShown(l.target));
	}

	/** Draws the lines in view into `ctx`, `scale` device pixels to a screen pixel. */
	paintView(ctx: CanvasRenderingContext2D, scale: number, cut = true): number {
		const zoom = this.cy.zoom();
		const pan = this.cy.pan();
		ctx.setTransform(scale * zoom, 0, 0, scale * zoom, scale * pan.x, scale * pan.y);
		const view = this.viewArea();
		const lines = this.within(view);
		const arrows = (look: EdgeLook) => look.arrowSize * 0.3 * zoom >= MIN_ARROW_PX;
		for (const group of this.groups(lines))
			strokeGroup(ctx, group, cut ? view : null, arrows(group.look));
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		return lines.length;
	}

	/** The lines in view as SVG, the size of the graph on screen, under a white ground. */
	svgOfView(): string {
		const zoom = this.cy.zoom();
		const pan = this.cy.pan();
		const lines = this.within(this.viewArea());
		const width = this.cy.width();
		const height = this.cy.height();
		const parts = this.groups(lines).map(svgGroup);
		return [
			`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
			`<rect width="100%" height="100%" fill="#ffffff"/>`,
			`<g transform="matrix(${zoom} 0 0 ${zoom} ${pan.x} ${pan.y})">`,
			...parts,
			'</g>',
			'</svg>'
		].join('\n');
	}

	/** The part of the graph in view, with the margin that hides where a line is cut. */
	private viewArea(): Box {
		return grown(this.cy.extent(), MARGIN_PX / this.cy.zoom());
	}

	private redraw() {
		this.last = null;
		if (!this.canvas || this.frame) return;
		this.frame = requestAnimationFrame(() => {
			this.frame = 0;
			this.paint();
		});
	}

	/** Each frame Cytoscape draws: the lines in full, or their last image moved with the view. */
	private paint() {
		if (!this.canvas) return;
		const last = this.last;
		const zoom = this.cy.zoom();
		const { x, y } = this.cy.pan();
		if (last && last.zoom === zoom && last.x === x && last.y === y) return;
		if (last) {
			this.moveImage(last, zoom, x, y);
			clearTimeout(this.settle);
			this.settle = setTimeout(() => {
				this.last = null;
				this.paint();
			}, SETTLE_MS);
			return;
		}
		clearTimeout(this.settle);
		this.paintAll();
		this.last = { zoom, x, y };
		this.imageTaken = false;
	}

	/** Draws the last full drawing where the view has moved it. */
	private moveImage(
		last: { zoom: number; x: number; y: number },
		zoom: number,
		x: number,
		y: number
	) {
		const canvas = this.canvas!;
		const ctx = canvas.getContext('2d');
		if (!ctx) return;
		if (!this.imageTaken) {
			// The canvas still shows the full drawing: keep it before drawing over it.
			const copy = (this.image ??= document.createElement('canvas'));
			copy.width = canvas.width;
			copy.height = canvas.height;
			copy.getContext('2d')?.drawImage(canvas, 0, 0);
			this.imageTaken = true;
		}
		// A point drawn at q0 = zoom0 · p + pan0 now belongs at s · q0 + (pan − s · pan0).
		const s = zoom / last.zoom;
		const ratio = this.screen?.ratio ?? 1;
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.clearRect(0, 0, canvas.width, canvas.height);
		ctx.setTransform(s, 0, 0, s, ratio * (x - s * last.x), ratio * (y - s * last.y));
		ctx.drawImage(this.image!, 0, 0);
		ctx.setTransform(1, 0, 0, 1, 0, 0);
	}

	private paintAll() {
		const { canvas, screen } = this;
		if (!canvas || !screen) return;
		// Cytoscape's own record of its size: reading the container's would ask for a layout.
		const width = Math.round(this.cy.width() * screen.ratio);
		const height = Math.round(this.cy.height() * screen.ratio);
		if (canvas.width !== width || canvas.height !== height) {
			canvas.width = width;
			canvas.height = height;
			canvas.style.width = `${this.cy.width()}px`;
			canvas.style.height = `${this.cy.height()}px`;
		}
		const ctx = canvas.getContext('2d');
		if (!ctx) return;
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.clearRect(0, 0, width, height);
		const count = this.paintView(ctx, screen.ratio);
		if (count !== this.drawnCount) screen.mark((this.drawnCount = count));
	}

	private isShown(id: string): boolean {
		let shown = this.shown.get(id);
		if (shown === undefined) {
			const node = this.cy.getElementById(id);
			shown = node.nonempty() && node.visible();
			this.shown.set(id, shown);
		}
		return shown;
	}

	/** Lines grouped by how they look, in drawing order. */
	private groups(lines: EdgeLine[]): Group[] {
		const byKey = new Map<string, Group & { order: number }>();
		for (const line of lines) {
			const cls = arrivingClass(this.highlight, line.id);
			const key = `${cls}|${line.kind}|${line.cross}`;
			let group = byKey.get(key);
			if (!group) {
				const order = Math.max(0, ORDER.indexOf(cls));
				group = { look: edgeLook(line.kind, line.cross, cls), lines: [], order };
				byKey.set(key, group);
			}
			group.lines.push(line);
		}
		return [...byKey.values()].sort((a, b) => a.order - b.order);
	}
}
