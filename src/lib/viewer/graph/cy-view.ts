/**
 * The graph as a plain class over Cytoscape: loading, batches, labels,
 * selection, highlights, viewport and images. How the first frame is drawn is
 * first-draw.ts; what the viewer's state adds to the graph comes in as layers
 * (layers.ts: visibility.ts and evaluation.ts); the keyboard cursor is cursor.ts;
 * images are image.ts; a large map's edges are edge-canvas.ts. What stays here
 * is what ties them together: the instance, the batches still arriving, and the selection,
 * highlight and layers applied again to each; split further, every part would
 * need that state handed to it. The Svelte component only mounts it and
 * passes the viewer's state in; without a container it runs headless, which is
 * how it is tested in Node.
 */
import cytoscape, { type Collection, type Core } from 'cytoscape';
import type { GraphData } from '$lib/core/view/elements';
import type { FrameAbout } from '../image-frame';
import { arrivingClass, highlightPlan, NO_HIGHLIGHT, type Highlight } from '../highlight';
import { KeyboardCursor } from './cursor';
import type { CyHost, CyViewEvents, DrawProgress } from './host';
import { firstDraw } from './first-draw';
import { skipFirstStyleTriggers } from './first-style';
import { gridTheRenderer } from './renderer-grid';
import { reachOf } from './node-reach';
import { clipLongEdges } from './clipped-edges';
import { keepPositionsReadable, labelWhereReadable } from './labels';
import type { Box } from './box-grid';
import type { GraphLayer } from './layers';
import { graphAdjacency, VisibilityLayer, type Visibility } from './visibility';
import type { Adjacency } from '$lib/core/graph/adjacency';
import { EvaluationLayer } from './evaluation';
import { ReaderMarkLayer, type ReaderMark } from './annotations';
import { HitOverlay } from './hit-overlay';
import { EdgeCanvas } from './edge-canvas';
import type { Evaluation } from '$lib/core/evaluate';

export type { Pointed } from './cursor';
export type { Visibility } from './visibility';
export type { CyHost, CyViewEvents, DrawProgress, DrawStatus } from './host';

type Elements = GraphData['elements'];

export class CyView {
	private cy: Core | null = null;
	private graph: GraphData | null = null;
	private destroyed = false;
	private progress: DrawProgress = {
		status: 'loading',
		message: 'Loading the map…',
		pending: 0,
		startsZoomedIn: false,
		complete: false
	};
	private wantSelected: string | null = null;
	/** The selection is applied once its node is drawn (a later batch, on a large map). */
	private selectionShown = true;
	private shown: Highlight = NO_HIGHLIGHT;
	/** A highlight asked for before the graph was drawn. */
	private pendingHighlight: Highlight | null = null;
	/** Search hits, drawn over the graph (none when headless: tests read the count). */
	private hits: readonly string[] = [];
	private overlay: HitOverlay | null = null;
	/** A large map's edges, drawn apart from Cytoscape (edge-canvas.ts). */
	private edges: EdgeCanvas | null = null;
	/** The map's edges by node, for the keyboard and the visibility layer; made on first use. */
	private links: Adjacency | null = null;
	/** Layers by name, applied in the order they were first set (visibility always first). */
	private layers = new Map<string, GraphLayer>();
	/** A visibility asked for before the graph was loaded. */
	private visibility: Visibility | null = null;
	private updateLabels: () => void = () => {};
	private restylePositions: () => void = () => {};
	private readonly cursor: KeyboardCursor;

	constructor(
		private readonly host: CyHost,
		private readonly events: CyViewEvents
	) {
		this.cursor = new KeyboardCursor(() => this.cy, {
			// From the data: a large map's edges are not Cytoscape's (edge-canvas.ts).
			neighbours: (id) => {
				const links = this.adjacency();
				return links ? [...links.outgoing(id), ...links.incoming(id)].map((s) => s.other) : [];
			},
			onselect: (id) => events.onselect(id),
			onpoint: (p) => events.onpoint?.(p),
			zoom: (factor) => this.zoom(factor)
		});
	}

	/** Loads Cytoscape and the graph, draws the first batch, then adds the rest a task at a time. */
	async open(source: string | GraphData): Promise<void> {
		this.report({ status: 'loading', message: 'Loading the map…' });
		try {
			performance.mark('ronten:graph-fetch');
			const data = await loadGraph(source);
			if (this.destroyed) return;
			this.report({ message: 'Drawing the map…' });
			performance.mark('ronten:graph-parsed');
			const { options, rest, zoomedIn, ownEdges } = firstDraw(
				data,
				this.host.width,
				this.host.height
			);
			this.report({ startsZoomedIn: zoomedIn });
			const instance = cytoscape(
				this.host.container
					? { ...options, container: this.host.container }
					: { ...options, headless: true, styleEnabled: true }
			);
			// Before the first frame styles anything: new elements skip Cytoscape's cache resets.
			skipFirstStyleTriggers(instance);
			// On a large map, frames and the pointer look up what is near, not every element; on
			// a smaller one, long edges are stroked only where they are seen (a large map's are
			// drawn apart: edge-canvas.ts).
			gridTheRenderer(instance, reachOf);
			clipLongEdges(instance);
			this.restylePositions = keepPositionsReadable(instance, data);
			this.updateLabels = labelWhereReadable(instance, data, {
				extent: () => this.extent(instance),
				mark: (key, value) => this.host.mark(key, value)
			});
			instance.on('tap', 'node', (e) => this.events.onselect(e.target.id()));
			instance.on('tap', (e) => {
				if (e.target === instance) this.events.onselect(null);
			});
			instance.on('mouseover', 'node', (e) => this.cursor.point(e.target.id(), 'mouse'));
			instance.on('mouseout', 'node', () => this.events.onpoint?.(null));
			instance.on('viewport', () => this.cursor.follow());
			performance.mark('ronten:graph-created');
			const container = this.host.container;
			if (container) this.overlay = new HitOverlay(instance, container);
			if (ownEdges)
				this.edges = new EdgeCanvas(
					instance,
					data,
					new Set(instance.nodes().map((n) => n.id())),
					container && {
						container,
						ratio: typeof options.pixelRatio === 'number' ? options.pixelRatio : devicePixelRatio,
						mark: (count) => this.host.mark('edgesDrawn', String(count))
					}
				);
			this.graph = data;
			this.cy = instance;
			this.applyAll();
			// Interactive once the first frame is on screen; the time is kept for the benchmark.
			this.host.afterFrame(
				this.guarded(() => {
					this.report({ status: 'ready' });
					this.host.mark('readyMs', String(Math.round(performance.now())));
					this.host.mark('ready', 'true');
					// A task later, so that this frame is painted first: a small map's titles
					// outside the opening view, then a large map's later batches.
					this.host.later(
						this.guarded(() => {
							this.updateLabels();
							this.addRest(instance, rest);
						})
					);
				})
			);
		} catch (e) {
			this.fail(e);
		}
	}

	/**
	 * A later step of drawing (a frame, a batch): skipped once the view is gone, and an error in
	 * it is reported as one in `open` is. The page waits for the graph to be complete or failed
	 * before some work of its own, so a failure must never go unreported.
	 */
	private guarded(run: () => void): () => void {
		return () => {
			if (this.destroyed) return;
			try {
				run();
			} catch (e) {
				this.fail(e);
			}
		};
	}

	private fail(e: unknown) {
		this.report({
			status: 'failed',
			message: `The map could not be drawn: ${e instanceof Error ? e.message : e}`
		});
	}

	destroy() {
		this.destroyed = true;
		this.overlay?.destroy();
		this.overlay = null;
		this.edges?.destroy();
		this.edges = null;
		this.cy?.destroy();
		this.cy = null;
	}

	/** The node the reader selected; one off screen or too small to read is brought into view. */
	select(id: string | null) {
		this.wantSelected = id;
		this.selectionShown = false;
		this.applySelection();
	}

	/** Lights and dims elements, touching only those whose highlight changes (see highlight.ts). */
	highlight(want: Highlight) {
		const cy = this.cy;
		if (!cy) {
			this.pendingHighlight = want;
			return;
		}
		const plan = highlightPlan(this.shown, want);
		cy.batch(() => {
			if (plan.whole === 'dim') cy.elements().addClass('dim');
			if (plan.whole === 'undim') cy.elements('.dim').removeClass('dim');
			for (const c of plan.changes) {
				const element = cy.getElementById(c.id);
				if (c.remove) element.removeClass(c.remove);
				if (c.add) element.addClass(c.add);
			}
		});
		this.shown = want;
		this.edges?.setHighlight(want);
		// What is highlighted, readable from outside the canvas (for tests and assistive tooling).
		this.host.mark('traced', String(cy.nodes('.trace-support, .trace-attack').length));
	}

	/**
	 * Search hits: a veil over the graph cut open around each (hit-overlay.ts), so that typing
	 * restyles no element. Hits in batches still to come show as they arrive.
	 */
	showHits(ids: readonly string[]) {
		this.hits = ids;
		const cy = this.cy;
		if (!cy) return;
		const drawn = this.overlay
			? this.overlay.show(ids)
			: ids.filter((id) => cy.getElementById(id).nonempty()).length;
		this.host.mark('matches', String(drawn));
	}
	/** Which nodes are shown; applied again to every batch that arrives. */
	show(visibility: Visibility) {
		this.visibility = visibility;
		const layer = this.visibilityLayer();
		if (layer) this.setLayer('visibility', layer);
	}

	private visibilityLayer(): VisibilityLayer | null {
		const links = this.adjacency();
		if (!this.graph || !links || !this.visibility) return null;
		const previous = this.layers.get('visibility');
		return new VisibilityLayer(
			this.graph,
			this.visibility,
			links,
			previous instanceof VisibilityLayer ? previous : undefined
		);
	}

	private adjacency(): Adjacency | null {
		if (!this.graph) return null;
		return (this.links ??= graphAdjacency(this.graph));
	}

	/** The Evaluate layer: each node's verdict and strength in `evaluation`; null takes it off. */
	evaluate(evaluation: Evaluation | null) {
		// The new verdicts replace the old in place: a what-if step restyles only what it changes.
		const previous = this.layers.get('evaluation');
		const replaced = previous instanceof EvaluationLayer ? previous : undefined;
		this.setLayer('evaluation', evaluation ? new EvaluationLayer(evaluation, replaced) : null);
		// Whether it is on, not a count: a large map's later batches take it as they arrive.
		this.host.mark('evaluated', String(!!evaluation));
	}

	/** The reader's marks on the nodes they annotated (graph/annotations.ts); null takes them off. */
	annotate(marks: ReadonlyMap<string, ReaderMark> | null) {
		this.setLayer('annotations', marks?.size ? new ReaderMarkLayer(marks) : null);
		// How many nodes the reader marked, not how many are drawn: later batches take theirs.
		this.host.mark('annotated', String(marks?.size ?? 0));
	}

	/**
	 * Puts a layer on the graph under `name`, replacing the one of that name (null takes it
	 * off). It is applied now if the graph is drawn, and to every batch that arrives later.
	 */
	setLayer(name: string, layer: GraphLayer | null) {
		const old = this.layers.get(name);
		if (old && this.cy) old.remove?.(this.cy);
		if (layer) this.layers.set(name, layer);
		else this.layers.delete(name);
		if (layer && this.cy) layer.apply(this.cy);
		// A layer may show or hide nodes, and their edges with them.
		this.edges?.nodesChanged();
	}

	/** Shows everything that is not hidden (a smaller map's edges arcing over the top row too). */
	fit() {
		const cy = this.cy;
		this.report({ startsZoomedIn: false });
		// Cytoscape fits a bounding box as well as elements; its types only know the elements.
		const box = cy?.elements(':visible').boundingBox({ includeLabels: false });
		cy?.fit(box as unknown as Collection, 30);
	}

	zoom(factor: number) {
		const cy = this.cy;
		if (!cy) return;
		cy.zoom({
			level: cy.zoom() * factor,
			renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 }
		});
	}

	centre(id: string | null) {
		const cy = this.cy;
		if (!cy || !id) return;
		const node = cy.getElementById(id);
		if (node.nonempty())
			cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 250 });
	}

	/** The graph took keyboard focus: the cursor goes to the selection, else where it was. */
	focusCursor(selected: string | null) {
		this.cursor.focus(selected);
	}

	/** The graph lost keyboard focus: the ring and tooltip go, the cursor is remembered. */
	blurCursor() {
		this.cursor.blur();
	}

	/** Handles a key pressed on the graph; false when the key is not the graph's. */
	key(key: string): boolean {
		return this.cursor.key(key);
	}

	/** The node in keyboard focus, if any. */
	get cursorId(): string | null {
		return this.cursor.id;
	}

	/** An image of what the graph shows now, framed with what it is of (graph/image.ts). */
	async snapshot(format: 'png' | 'svg', about: FrameAbout): Promise<Blob | null> {
		const cy = this.cy;
		if (!cy) return null;
		const { framedImage } = await import('./image');
		return framedImage(cy, format, about, this.edges);
	}

	/** For tests: the Cytoscape instance, once drawn. */
	get instance(): Core | null {
		return this.cy;
	}

	/** For tests: the edges drawn apart from Cytoscape, on a large map. */
	get ownEdges(): EdgeCanvas | null {
		return this.edges;
	}

	private report(change: Partial<DrawProgress>) {
		this.progress = { ...this.progress, ...change };
		this.events.onprogress(this.progress);
	}

	private applyAll() {
		this.applySelection();
		this.showHits(this.hits);
		if (this.pendingHighlight) {
			const want = this.pendingHighlight;
			this.pendingHighlight = null;
			this.highlight(want);
		}
		// The visibility asked for before the graph was loaded, with any other layer set meanwhile.
		// Visibility goes first, so a layer may count on what is shown.
		const visibility = this.visibilityLayer();
		if (visibility) {
			const others = [...this.layers].filter(([name]) => name !== 'visibility');
			this.layers = new Map([['visibility', visibility], ...others]);
		}
		this.applyLayers();
	}

	private applySelection() {
		const cy = this.cy;
		if (!cy || this.selectionShown) return;
		const id = this.wantSelected;
		cy.$(':selected').unselect();
		if (!id) return void (this.selectionShown = true);
		const node = cy.getElementById(id);
		// Not drawn yet (a later batch of a large map): look again when the next batch arrives.
		if (node.empty()) return;
		this.selectionShown = true;
		node.select();
		const box = cy.extent();
		const p = node.position();
		const inView = p.x > box.x1 && p.x < box.x2 && p.y > box.y1 && p.y < box.y2;
		if (!inView || cy.zoom() < 0.5)
			cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 200 });
	}

	private applyLayers() {
		const cy = this.cy;
		if (cy) for (const layer of this.layers.values()) layer.apply(cy);
		this.edges?.nodesChanged();
	}

	/** Adds the later batches one task at a time, then marks the graph complete. */
	private addRest(cy: Core, rest: Elements[]) {
		// Complete once the frame that draws the last batch is on screen, as bare Cytoscape's
		// figure in the benchmark is taken after its first frame.
		const complete = () =>
			this.host.afterFrame(
				this.guarded(() => {
					performance.mark('ronten:graph-complete');
					this.host.mark('completeMs', String(Math.round(performance.now())));
					this.host.mark('complete', 'true');
					this.report({ complete: true });
				})
			);
		this.report({ pending: rest.length });
		this.host.mark('batches', String(rest.length + 1));
		this.edges?.layOutAll();
		if (!rest.length) return complete();
		let next = 0;
		const step = this.guarded(() => {
			cy.batch(() => this.highlightArrived(cy.add(rest[next++] as Elements)));
			this.report({ pending: rest.length - next });
			this.restylePositions();
			this.updateLabels();
			this.applySelection();
			this.applyLayers();
			if (this.hits.length) this.showHits(this.hits);
			if (next < rest.length) this.host.later(step);
			else complete();
		});
		this.host.later(step);
	}

	/** Elements of a later batch take the highlight shown when they arrive. */
	private highlightArrived(added: Collection) {
		added.forEach((e) => {
			const cls = arrivingClass(this.shown, e.id());
			if (cls) e.addClass(cls);
		});
	}

	/** The part of the graph in view; headless, the canvas the host says it would draw on. */
	private extent(cy: Core): Box {
		if (this.host.container) return cy.extent();
		const zoom = cy.zoom();
		const { x, y } = cy.pan();
		return {
			x1: -x / zoom,
			y1: -y / zoom,
			x2: (this.host.width - x) / zoom,
			y2: (this.host.height - y) / zoom
		};
	}
}

async function loadGraph(source: string | GraphData): Promise<GraphData> {
	if (typeof source !== 'string') return source;
	const response = await fetch(source);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return (await response.json()) as GraphData;
}
