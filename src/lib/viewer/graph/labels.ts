/**
 * Which titles the graph draws, and how large. Measuring label text is the
 * largest cost of a frame, so titles are a class added only where they can be
 * read; positions are the exception: few, and titled at any zoom, so every
 * camp can be named at first sight.
 */
import type { Box } from './box-grid';
import type { Core } from 'cytoscape';
import type { GraphData, NodeElement } from '$lib/core/view/elements';
import { POSITION_SPACING, POSITION_WIDTH } from '$lib/core/view/layout';
import {
	FONT_SIZE,
	LABEL_ALL_LIMIT,
	LABEL_ZOOM,
	LEGIBLE_FONT,
	POSITION_FONT,
	POSITION_SCREEN_FONT
} from '../graph-style';

/** What the labels need from the view around them. */
export interface LabelHost {
	/** The part of the graph in view. */
	extent(): Box;
	/** Reports a fact about the drawing (a `data-*` attribute in the page). */
	mark(key: string, value: string): void;
}

/**
 * Positions' titles never shrink below POSITION_SCREEN_FONT on screen: zoomed out, their font
 * grows in the layout's terms. Once a title outgrows its box it moves out of it, on a
 * background of its own, above the box and below it by turns along the row, so that
 * neighbours' titles do not cover each other. There are few positions and the size changes in
 * steps, so this costs little. Returns what restyles positions that arrive in a later batch.
 */
export function keepPositionsReadable(cy: Core, data: GraphData): () => void {
	// By turns along the row, from the graph's data: some positions may arrive later.
	const row = data.elements
		.filter((e): e is NodeElement => e.group === 'nodes' && e.data.kind === 'position')
		.sort((a, b) => a.position.x - b.position.x);
	const above = new Set(row.filter((_, i) => i % 2 === 0).map((e) => e.data.id));
	// The style's own size needs no override.
	let shown = POSITION_FONT;
	const apply = (size: number) => {
		const zoom = cy.zoom();
		const out = size > POSITION_FONT * 1.15;
		const width = out ? Math.min(2 * POSITION_SPACING - 40, 170 / zoom) : POSITION_WIDTH - 24;
		const style = (valign: 'top' | 'bottom') => ({
			'font-size': size,
			'text-max-width': `${width}px`,
			'text-valign': out ? valign : 'center',
			'text-margin-y': out ? (valign === 'top' ? -6 : 6) / zoom : 0,
			'text-background-color': '#1f3a5f',
			'text-background-opacity': out ? 1 : 0,
			'text-background-padding': `${Math.round(4 / zoom)}px`,
			'text-background-shape': 'round-rectangle'
		});
		const positions = cy.nodes('[kind = "position"]');
		cy.batch(() => {
			positions.filter((n) => above.has(n.id())).style(style('top'));
			positions.filter((n) => !above.has(n.id())).style(style('bottom'));
		});
	};
	const update = () => {
		const size = Math.max(POSITION_FONT, POSITION_SCREEN_FONT / cy.zoom());
		if (Math.abs(size / shown - 1) < 0.04) return;
		shown = size;
		apply(size);
	};
	cy.on('zoom', update);
	update();
	return () => {
		if (shown !== POSITION_FONT) apply(shown);
	};
}

/**
 * Labels are added to the nodes in view once the zoom makes them readable, and dropped again
 * when zoomed out; a small map is labelled whole once its first frame is drawn (every label
 * measured before it held that frame up). Marks how many titles are shown legibly
 * (`data-legible`, positions among them in `data-legible-positions`), for tests. Returns what
 * labels the graph again: after its first frame, and after each batch.
 */
export function labelWhereReadable(cy: Core, data: GraphData, host: LabelHost): () => void {
	const nodes = data.elements.length - data.elements.filter((e) => e.group === 'edges').length;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let opened = false;
	const update = () => {
		const box = host.extent();
		// Too small to read: Cytoscape would not draw the labels, but it would still measure them.
		if (cy.zoom() < LABEL_ZOOM) cy.nodes('.labelled').removeClass('labelled');
		// A small map is labelled whole once it is readable; a large one where the reader looks.
		else if (nodes <= LABEL_ALL_LIMIT && opened) cy.nodes().addClass('labelled');
		else
			cy.nodes()
				.filter((n) => {
					const p = n.position();
					return (
						p.x > box.x1 - 200 && p.x < box.x2 + 200 && p.y > box.y1 - 100 && p.y < box.y2 + 100
					);
				})
				.addClass('labelled');
		countLegible(cy, box, host);
	};
	cy.on('viewport', () => {
		clearTimeout(timer);
		timer = setTimeout(update, 150);
	});
	update();
	return () => {
		opened = true;
		update();
	};
}

/** Titles drawn whole inside the view at LEGIBLE_FONT or larger on screen. */
function countLegible(cy: Core, box: Box, host: LabelHost) {
	const titles = cy.zoom() * FONT_SIZE >= LEGIBLE_FONT;
	let legible = 0;
	let positions = 0;
	cy.nodes().forEach((n) => {
		const position = n.data('kind') === 'position';
		if (!position && !(titles && n.hasClass('labelled'))) return;
		if (n.hasClass('hidden')) return;
		const p = n.position();
		const w = n.width() / 2;
		const h = n.height() / 2;
		if (p.x - w < box.x1 || p.x + w > box.x2 || p.y - h < box.y1 || p.y + h > box.y2) return;
		legible++;
		if (position) positions++;
	});
	host.mark('legible', String(legible));
	host.mark('legiblePositions', String(positions));
}
