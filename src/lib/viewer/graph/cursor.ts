/**
 * The keyboard cursor: the node in keyboard focus wears a ring, the arrow keys
 * move it to the best related node in their direction, Enter selects it, and
 * whatever it points at gets the tooltip (see keyboard.ts for the choice of node).
 */
import type { Core, NodeSingular } from 'cytoscape';
import { ARROWS, nextNode, type Placed } from './keyboard';

/** A node pointed at, by the mouse or the keyboard, where it is on screen (for a tooltip). */
export interface Pointed {
	id: string;
	/** Centre and top of the node, in pixels from the canvas's top left. */
	x: number;
	top: number;
	by: 'mouse' | 'keyboard';
}

export interface CursorEvents {
	/**
	 * The nodes a node shares an edge with, from the map's data: a large map's edges are not
	 * Cytoscape's (edge-canvas.ts), so Cytoscape cannot say.
	 */
	neighbours(id: string): readonly string[];
	onselect(id: string): void;
	onpoint?(pointed: Pointed | null): void;
	zoom(factor: number): void;
}

export class KeyboardCursor {
	/** The node in keyboard focus: it wears a focus ring; Enter selects it. */
	private at: string | null = null;
	/** Whether the graph has keyboard focus: only then does the tooltip follow the cursor. */
	private focused = false;

	constructor(
		private readonly graph: () => Core | null,
		private readonly events: CursorEvents
	) {}

	get id(): string | null {
		return this.at;
	}

	/** The graph took focus: the cursor goes to the selection, else where it was, else the first position. */
	focus(selected: string | null) {
		this.focused = true;
		const cy = this.graph();
		if (!cy) return;
		const start =
			[selected, this.at].find((id) => id && cy.getElementById(id).visible()) ??
			cy.nodes('[kind = "position"]:visible').first().id() ??
			cy.nodes(':visible').first().id();
		if (start) this.move(start);
	}

	/** The graph lost focus: the ring and tooltip go, the cursor is remembered. */
	blur() {
		this.focused = false;
		this.graph()?.nodes('.cursor').removeClass('cursor');
		this.events.onpoint?.(null);
	}

	/** Handles a key pressed on the graph; false when the key is not the graph's. */
	key(key: string): boolean {
		const cy = this.graph();
		if (!cy) return false;
		const direction = ARROWS[key];
		if (direction) {
			if (!this.at) return (this.focus(null), true);
			const node = cy.getElementById(this.at);
			const placed = (n: NodeSingular): Placed => ({ id: n.id(), ...n.position() });
			const related = this.events
				.neighbours(this.at)
				.map((id) => cy.getElementById(id))
				.filter((n) => n.nonempty() && n.visible())
				.map(placed);
			const next = nextNode(placed(node), related, cy.nodes(':visible').map(placed), direction);
			if (next) this.move(next);
			return true;
		}
		if ((key === 'Enter' || key === ' ') && this.at) {
			this.events.onselect(this.at);
			return true;
		}
		if (key === 'Home') {
			this.at = null;
			this.focus(null);
			return true;
		}
		if (key === '+' || key === '=') return (this.events.zoom(1.25), true);
		if (key === '-') return (this.events.zoom(0.8), true);
		return false;
	}

	/** Tells the page where a node is on screen, for its tooltip. */
	point(id: string, by: Pointed['by']) {
		const node = this.graph()?.getElementById(id);
		if (!node || node.empty()) return;
		const box = node.renderedBoundingBox({ includeLabels: false });
		this.events.onpoint?.({ id, x: (box.x1 + box.x2) / 2, top: box.y1, by });
	}

	/**
	 * The view moved: the tooltip of the node in focus follows it. Not after a blur: the view
	 * also moves to a node selected from outside the graph, and the tooltip of a node the
	 * reader has left would come back, perhaps beyond the canvas's edge.
	 */
	follow() {
		if (this.focused && this.at) this.point(this.at, 'keyboard');
	}

	private move(id: string) {
		const cy = this.graph();
		if (!cy) return;
		cy.nodes('.cursor').removeClass('cursor');
		const node = cy.getElementById(id);
		if (node.empty()) return;
		this.at = id;
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
}
