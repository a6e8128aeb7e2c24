/**
 * The graph as a plain class over Cytoscape: loading, batches, labels,
 * selection, highlights, what is shown, images. The Svelte component only
 * mounts it and passes the viewer's state in; without a container it runs
 * headless, which is how it is tested in Node.
 */
import type { Collection, Core, CytoscapeOptions, NodeSingular } from 'cytoscape';
import type { GraphData } from '$lib/core/view/elements';
import { graphStyle, LABEL_ALL_LIMIT, MIN_ZOOM } from '../graph-style';
import { initialViewport } from '../viewport';
import { batches } from '../batches';
import { openingBatches } from '../opening-batch';
import { svgOf } from '../svg-snapshot';
import { hiddenByCollapse, neighbourhood, type EdgeLike } from '../neighbourhood';
import { arrivingClass, highlightPlan, NO_HIGHLIGHT, type Highlight } from '../highlight';
import { ARROWS, nextNode, type Placed } from './keyboard';
import { keepPositionsReadable, labelWhereReadable, type Box } from './labels';

/** Where the view draws, and how it reports to the page around it. */
export interface CyHost {
	/** The element to draw in; null runs Cytoscape headless (tests). */
	container: HTMLElement | null;
	width: number;
	height: number;
	/** Facts about the drawing for tests and the benchmark (`data-*` attributes in the page). */
	mark(key: string, value: string): void;
	/** Runs after the next frame is drawn. */
	afterFrame(run: () => void): void;
	/** Runs a later batch without holding up the frame in progress. */
	later(run: () => void): void;
}

export type DrawStatus = 'loading' | 'ready' | 'failed';

export interface DrawProgress {
	status: DrawStatus;
	message: string;
	/** Batches still to be added. */
	pending: number;
	/** A large map that opens on its first position rather than whole. */
	startsZoomedIn: boolean;
}

/** A node pointed at, by the mouse or the keyboard, where it is on screen (for a tooltip). */
export interface Pointed {
	id: string;
	/** Centre and top of the node, in pixels from the canvas's top left. */
	x: number;
	top: number;
	by: 'mouse' | 'keyboard';
}

export interface CyViewEvents {
	onselect(id: string | null): void;
	onprogress(progress: DrawProgress): void;
	/** The node under the mouse or in keyboard focus changed (null: none). */
	onpoint?(pointed: Pointed | null): void;
}

/** What is shown at all: filters, a focus around the selection, collapsed branches. */
export interface Visibility {
	passes(id: string): boolean;
	focus: { id: string; depth: number } | null;
	collapsed: ReadonlySet<string>;
}

type Elements = GraphData['elements'];

export class CyView {
	private cy: Core | null = null;
	private graph: GraphData | null = null;
	private edges: EdgeLike[] = [];
	private destroyed = false;
	private progress: DrawProgress = {
		status: 'loading',
		message: 'Loading the map…',
		pending: 0,
		startsZoomedIn: false
	};
	private wantSelected: string | null = null;
	/** The selection is applied once its node is drawn (a later batch, on a large map). */
	private selectionShown = true;
	private shown: Highlight = NO_HIGHLIGHT;
	/** A highlight asked for before the graph was drawn. */
	private pendingHighlight: Highlight | null = null;
	private visibility: Visibility | null = null;
	private fittedFocus = '';
	private updateLabels: () => void = () => {};
	private restylePositions: () => void = () => {};
	/** The node in keyboard focus: it wears a focus ring; Enter selects it. */
	private cursor: string | null = null;

	constructor(
		private readonly host: CyHost,
		private readonly events: CyViewEvents
	) {}

	/** Loads Cytoscape and the graph, draws the first batch, then adds the rest a task at a time. */
	async open(source: string | GraphData): Promise<void> {
		this.report({ status: 'loading', message: 'Loading the map…' });
		try {
			performance.mark('ronten:graph-fetch');
			const [{ default: cytoscape }, data] = await Promise.all([
				import('cytoscape'),
				loadGraph(source)
			]);
			if (this.destroyed) return;
			this.report({ message: 'Drawing the map…' });
			performance.mark('ronten:graph-parsed');
			const big = data.elements.length > 2 * LABEL_ALL_LIMIT;
			const { width, height } = this.host;
			const { zoomedIn, ...view } = initialViewport(data, width, height);
			this.report({ startsZoomedIn: zoomedIn });
			const opening = { zoom: view.zoom ?? 1, pan: view.pan ?? { x: 0, y: 0 }, width, height };
			let parts = batches(data, opening);
			if (parts.length === 1) parts = openingBatches(data, opening);
			const options: CytoscapeOptions = {
				elements: parts[0],
				style: graphStyle(big),
				// The first view is computed from node positions: fitting would measure every label first.
				layout: { name: 'preset', fit: false },
				...view,
				minZoom: MIN_ZOOM,
				maxZoom: 3,
				boxSelectionEnabled: false,
				autoungrabify: true,
				// Pan and zoom stay smooth on big maps: edges drop out and a snapshot moves instead.
				hideEdgesOnViewport: big,
				textureOnViewport: big,
				pixelRatio: big ? 1 : 'auto'
			};
			const instance = cytoscape(
				this.host.container
					? { ...options, container: this.host.container }
					: { ...options, headless: true, styleEnabled: true }
			);
			this.restylePositions = keepPositionsReadable(instance, data);
			this.updateLabels = labelWhereReadable(instance, data, {
				extent: () => this.extent(instance),
				mark: (key, value) => this.host.mark(key, value)
			});
			instance.on('tap', 'node', (e) => this.events.onselect(e.target.id()));
			instance.on('tap', (e) => {
				if (e.target === instance) this.events.onselect(null);
			});
			instance.on('mouseover', 'node', (e) => this.point(e.target.id(), 'mouse'));
			instance.on('mouseout', 'node', () => this.events.onpoint?.(null));
			instance.on('viewport', () => this.cursor && this.point(this.cursor, 'keyboard'));
			performance.mark('ronten:graph-created');
			this.graph = data;
			this.edges = data.elements.flatMap((e) => (e.group === 'edges' ? [e.data] : []));
			this.cy = instance;
			this.applyAll();
			// Interactive once the first frame is on screen; the time is kept for the benchmark.
			this.host.afterFrame(() => {
				if (this.destroyed) return;
				this.report({ status: 'ready' });
				this.host.mark('readyMs', String(Math.round(performance.now())));
				this.host.mark('ready', 'true');
				// A small map's titles outside the opening view, once it is on screen.
				this.updateLabels();
				this.addRest(instance, parts.slice(1));
			});
		} catch (e) {
			this.report({
				status: 'failed',
				message: `The map could not be drawn: ${e instanceof Error ? e.message : e}`
			});
		}
	}

	destroy() {
		this.destroyed = true;
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
		// What is highlighted, readable from outside the canvas (for tests and assistive tooling).
		this.host.mark('matches', String(cy.nodes('.match').length));
		this.host.mark('traced', String(cy.nodes('.trace-support, .trace-attack').length));
	}
	/** Which nodes are shown; applied again to every batch that arrives. */
	show(visibility: Visibility) {
		this.visibility = visibility;
		this.applyVisibility();
	}

	/** Shows everything that is not hidden, edges arcing over the top row included. */
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

	/**
	 * The graph took keyboard focus: the cursor goes to the selection, else to where it was,
	 * else to the first position.
	 */
	focusCursor(selected: string | null) {
		const cy = this.cy;
		if (!cy) return;
		const start =
			[selected, this.cursor].find((id) => id && cy.getElementById(id).visible()) ??
			cy.nodes('[kind = "position"]:visible').first().id() ??
			cy.nodes(':visible').first().id();
		if (start) this.moveCursor(start);
	}

	/** The graph lost keyboard focus: the ring and tooltip go, the cursor is remembered. */
	blurCursor() {
		this.cy?.nodes('.cursor').removeClass('cursor');
		this.events.onpoint?.(null);
	}

	/** Handles a key pressed on the graph; false when the key is not the graph's. */
	key(key: string): boolean {
		const cy = this.cy;
		if (!cy) return false;
		const direction = ARROWS[key];
		if (direction) {
			if (!this.cursor) return (this.focusCursor(null), true);
			const node = cy.getElementById(this.cursor);
			const placed = (n: NodeSingular): Placed => ({ id: n.id(), ...n.position() });
			const related = node.neighborhood('node:visible').map(placed);
			const next = nextNode(placed(node), related, cy.nodes(':visible').map(placed), direction);
			if (next) this.moveCursor(next);
			return true;
		}
		if ((key === 'Enter' || key === ' ') && this.cursor) {
			this.events.onselect(this.cursor);
			return true;
		}
		if (key === 'Home') {
			this.cursor = null;
			this.focusCursor(null);
			return true;
		}
		if (key === '+' || key === '=') return (this.zoom(1.25), true);
		if (key === '-') return (this.zoom(0.8), true);
		return false;
	}

	/** The node in keyboard focus, if any. */
	get cursorId(): string | null {
		return this.cursor;
	}

	private moveCursor(id: string) {
		const cy = this.cy;
		if (!cy) return;
		cy.nodes('.cursor').removeClass('cursor');
		const node = cy.getElementById(id);
		if (node.empty()) return;
		this.cursor = id;
		node.addClass('cursor');
		const box = cy.extent();
		const p = node.position();
		const margin = 60 / cy.zoom();
		const inView =
			p.x > box.x1 + margin &&
			p.x < box.x2 - margin &&
			p.y > box.y1 + margin &&
			p.y < box.y2 - margin;
		if (!inView) cy.animate({ center: { eles: node } }, { duration: 150 });
		this.point(id, 'keyboard');
	}

	private point(id: string, by: Pointed['by']) {
		const node = this.cy?.getElementById(id);
		if (!node || node.empty()) return;
		const box = node.renderedBoundingBox({ includeLabels: false });
		this.events.onpoint?.({ id, x: (box.x1 + box.x2) / 2, top: box.y1, by });
	}

	/** An image of what the graph shows now, as Cytoscape draws it. */
	async snapshot(format: 'png' | 'svg'): Promise<Blob | null> {
		const cy = this.cy;
		if (!cy) return null;
		if (format === 'png')
			return cy.png({ output: 'blob-promise', full: false, scale: 2, bg: '#ffffff' });
		return new Blob([await svgOf(cy)], { type: 'image/svg+xml' });
	}

	/** For tests: the Cytoscape instance, once drawn. */
	get instance(): Core | null {
		return this.cy;
	}

	private report(change: Partial<DrawProgress>) {
		this.progress = { ...this.progress, ...change };
		this.events.onprogress(this.progress);
	}

	private applyAll() {
		this.applySelection();
		if (this.pendingHighlight) {
			const want = this.pendingHighlight;
			this.pendingHighlight = null;
			this.highlight(want);
		}
		this.applyVisibility();
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

	private applyVisibility() {
		const cy = this.cy;
		const graph = this.graph;
		const v = this.visibility;
		if (!cy || !graph || !v) return;
		const inFocus = v.focus ? neighbourhood(v.focus.id, v.focus.depth, this.edges) : null;
		const folded = hiddenByCollapse(v.collapsed, graph.parents);
		const foldedUnder = countFolded(folded, v.collapsed, graph.parents);
		cy.batch(() => {
			cy.nodes().forEach((n) => {
				const id = n.id();
				const show = v.passes(id) && !folded.has(id) && (!inFocus || inFocus.has(id));
				n.toggleClass('hidden', !show);
				const count = foldedUnder.get(id);
				if (count !== undefined) n.data('folded', `${n.data('label')}\n⊕ ${count} folded`);
				n.toggleClass('collapsed', v.collapsed.has(id));
			});
		});
		// Fit once per focus, not again when a later batch arrives.
		const focusKey = v.focus ? `${v.focus.id}:${v.focus.depth}` : '';
		if (v.focus && focusKey !== this.fittedFocus) cy.fit(cy.nodes(':visible'), 40);
		this.fittedFocus = focusKey;
	}

	/** Adds the later batches one task at a time, then marks the graph complete. */
	private addRest(cy: Core, rest: Elements[]) {
		const complete = () => {
			performance.mark('ronten:graph-complete');
			this.host.mark('completeMs', String(Math.round(performance.now())));
			this.host.mark('complete', 'true');
		};
		this.report({ pending: rest.length });
		this.host.mark('batches', String(rest.length + 1));
		if (!rest.length) return complete();
		let next = 0;
		const step = () => {
			if (this.destroyed) return;
			cy.batch(() => this.highlightArrived(cy.add(rest[next++] as Elements)));
			this.report({ pending: rest.length - next });
			this.restylePositions();
			this.updateLabels();
			this.applySelection();
			this.applyVisibility();
			if (next < rest.length) this.host.later(step);
			else complete();
		};
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

/** For each collapsed node, how many nodes its fold hides (folds inside folds count with the outermost). */
function countFolded(
	folded: ReadonlySet<string>,
	collapsed: ReadonlySet<string>,
	parents: Readonly<Record<string, string>>
): Map<string, number> {
	const counts = new Map<string, number>([...collapsed].map((id) => [id, 0]));
	for (const id of folded) {
		let outermost: string | undefined;
		for (let p = parents[id]; p !== undefined; p = parents[p]) if (collapsed.has(p)) outermost = p;
		if (outermost !== undefined) counts.set(outermost, (counts.get(outermost) ?? 0) + 1);
	}
	return counts;
}

async function loadGraph(source: string | GraphData): Promise<GraphData> {
	if (typeof source !== 'string') return source;
	const response = await fetch(source);
	if (!response.ok) throw new Error(`HTTP ${response.status}`);
	return (await response.json()) as GraphData;
}
