/**
 * Search hits drawn over the graph rather than in it. Cytoscape restyles and
 * redraws its cached layers whenever an element's classes change: on a map
 * of 10,000 nodes that is some 150 ms for a single node, and over a second to
 * dim all the others, on every keystroke. So the hits are a canvas above the
 * graph instead: a veil over everything, cut open around each hit, with a
 * ring like the one the selection wears. Typing changes no element; the veil
 * is repainted with each frame Cytoscape draws (pan, zoom, new batches), which
 * costs a bounding box per hit.
 */
import type { Core } from 'cytoscape';

/** How much the veil hides of what is not a hit (the trace's dimmed elements keep 15%). */
const VEIL = 0.82;
/** Room around a hit, in graph units, as the selection's underlay has. */
const PADDING = 8;
const RING = 'rgba(255, 191, 0, 0.6)';

export class HitOverlay {
	private ids: readonly string[] = [];
	/** Nothing is painted: a frame with no hits leaves the canvas alone. */
	private clear = true;
	private readonly canvas: HTMLCanvasElement;
	private readonly veil: string;
	private readonly repaint = () => void this.paint();

	constructor(
		private readonly cy: Core,
		private readonly container: HTMLElement
	) {
		this.canvas = document.createElement('canvas');
		this.canvas.setAttribute('aria-hidden', 'true');
		this.canvas.dataset.testid = 'hit-overlay';
		// Above Cytoscape's own canvases, and never in the way of a click, a tap or a drag.
		Object.assign(this.canvas.style, {
			position: 'absolute',
			inset: '0',
			pointerEvents: 'none',
			zIndex: '5'
		});
		container.append(this.canvas);
		this.veil = veilColour(getComputedStyle(container).backgroundColor);
		cy.on('render resize', this.repaint);
	}

	/** Shows these hits (none: no veil); returns how many of them are drawn now. */
	show(ids: readonly string[]): number {
		this.ids = ids;
		return this.paint();
	}

	destroy() {
		this.cy.off('render resize', this.repaint);
		this.canvas.remove();
	}

	private paint(): number {
		// Most frames (every frame of a pan) have no hits to show and nothing to clear: they must
		// cost nothing, not even a read of the layout.
		if (!this.ids.length && this.clear) return 0;
		const { canvas, container } = this;
		const ratio = window.devicePixelRatio || 1;
		const width = Math.round(container.clientWidth * ratio);
		const height = Math.round(container.clientHeight * ratio);
		if (canvas.width !== width || canvas.height !== height) {
			canvas.width = width;
			canvas.height = height;
		}
		const ctx = canvas.getContext('2d');
		if (!ctx) return 0;
		ctx.setTransform(1, 0, 0, 1, 0, 0);
		ctx.clearRect(0, 0, width, height);
		this.clear = !this.ids.length;
		if (this.clear) return 0;
		ctx.scale(ratio, ratio);
		ctx.fillStyle = this.veil;
		ctx.fillRect(0, 0, container.clientWidth, container.clientHeight);
		const pad = PADDING * this.cy.zoom();
		let drawn = 0;
		for (const id of this.ids) {
			const node = this.cy.getElementById(id);
			// Not drawn yet (a later batch), or hidden by a filter or a fold.
			if (node.empty() || !node.isNode() || !node.visible()) continue;
			drawn++;
			const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
			const inner = { x: box.x1, y: box.y1, w: box.w, h: box.h };
			const outer = { x: box.x1 - pad, y: box.y1 - pad, w: box.w + 2 * pad, h: box.h + 2 * pad };
			ctx.globalCompositeOperation = 'destination-out';
			ctx.beginPath();
			ctx.roundRect(outer.x, outer.y, outer.w, outer.h, pad);
			ctx.fill();
			ctx.globalCompositeOperation = 'source-over';
			ctx.beginPath();
			ctx.roundRect(outer.x, outer.y, outer.w, outer.h, pad);
			ctx.rect(inner.x, inner.y, inner.w, inner.h);
			ctx.fillStyle = RING;
			ctx.fill('evenodd');
			ctx.fillStyle = this.veil;
		}
		return drawn;
	}
}

/** The graph's background, nearly opaque: what is veiled fades into the page, as dimming does. */
function veilColour(background: string): string {
	const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(background);
	if (!rgb || rgb[4] === '0') return `rgba(255, 255, 255, ${VEIL})`;
	return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${VEIL})`;
}
