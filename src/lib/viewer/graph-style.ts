/**
 * How the map looks in Cytoscape. Kinds differ in shape as well as colour,
 * relations in line style and arrow as well as colour (Okabe–Ito palette),
 * so the map reads without colour vision.
 */
import type { StylesheetJson } from 'cytoscape';
import { evaluationStyle } from './graph/evaluation';
import { compareStyle } from './graph/compare';
import { readerMarkStyle } from './graph/annotations';
import {
	INDENT_FOOT,
	NODE_HEIGHT,
	NODE_WIDTH,
	POSITION_HEIGHT,
	POSITION_WIDTH
} from '$lib/core/view/layout';

export const RELATION_STYLE = {
	supports: { color: '#007a5e', line: 'solid', arrow: 'triangle', label: 'supports' },
	attacks: { color: '#c14d00', line: 'dashed', arrow: 'tee', label: 'attacks' },
	undercuts: { color: '#a8437f', line: 'dotted', arrow: 'square', label: 'undercuts' },
	contradicts: { color: '#8a6d00', line: 'solid', arrow: 'diamond', label: 'contradicts' }
} as const;

export const KIND_STYLE = {
	position: { fill: '#1f3a5f', text: '#ffffff', shape: 'round-rectangle', label: 'position' },
	claim: { fill: '#ffffff', text: '#1d1d1f', shape: 'round-rectangle', label: 'claim' },
	evidence: { fill: '#eef6ee', text: '#1d1d1f', shape: 'rectangle', label: 'evidence (quote)' },
	argument: { fill: '#fff6e0', text: '#1d1d1f', shape: 'cut-rectangle', label: 'argument' }
} as const;

/**
 * How edges are drawn, for Cytoscape's stylesheet and for a large map's own edge lines
 * (graph/edge-look.ts), so that the two cannot drift apart.
 */
export const EDGE_LOOK = {
	width: 2,
	/** Contradiction is symmetric: a heavier line and a diamond at both ends. */
	contradictsWidth: 5,
	/** An edge in a trace's tree, over its halo. */
	tracedWidth: 4,
	arrowScale: 1.2,
	crossOpacity: 0.55,
	dimOpacity: 0.15,
	/** A traced element's halo: how far it reaches out, and how strong it is. */
	halo: { padding: 8, opacity: 0.35 },
	traceColor: { 'trace-support': '#007a5e', 'trace-attack': '#c14d00' }
} as const;

/** The thesis's double border. */
export const THESIS_BORDER = '#e0a800';

/** Up to this many nodes every label is drawn once readable; above, only those in view. */
export const LABEL_ALL_LIMIT = 800;

export const FONT_SIZE = 13;
/** A label wraps at spaces to lines this wide (a longer word keeps its width). */
export const LABEL_WRAP_WIDTH = 150;
/** Labels smaller than this on screen are not drawn. */
const MIN_SCREEN_FONT = 7;
/** A label this large on screen can be read (the first view counts them). */
export const LEGIBLE_FONT = 9;

/** The zoom below which labels cannot be read, so they are not even measured. */
export const LABEL_ZOOM = MIN_SCREEN_FONT / FONT_SIZE;

/**
 * Positions' titles are always drawn, at this size in the layout or, zoomed out, at least at
 * POSITION_SCREEN_FONT on screen (the graph view rescales them on zoom: there are few).
 */
export const POSITION_FONT = 19;
export const POSITION_SCREEN_FONT = 14;

/** How far out the graph zooms: far enough to fit a tall map of 10,000 nodes. */
export const MIN_ZOOM = 0.002;

/** Where a large map opens: labels of 13 px read at about 10 px. */
export const READ_ZOOM = 0.75;

/**
 * How edges keep out of boxes in the outline layout (core/view/routes.ts): from a node's left
 * side to the foot of its parent, left of the boxes between; or bent through the gutters.
 */
function routes(): StylesheetJson {
	return [
		{
			selector: 'edge[?indent]',
			style: {
				'source-endpoint': '-50% 0%',
				'target-endpoint': `${INDENT_FOOT.x}px ${INDENT_FOOT.y}px`
			}
		},
		{ selector: 'edge[?up]', style: { 'source-endpoint': '0% -50%' } },
		{
			selector: 'edge[sw]',
			style: {
				'curve-style': 'segments',
				'segment-weights': 'data(sw)',
				'segment-distances': 'data(sd)',
				'edge-distances': 'node-position'
			}
		}
	];
}

/** Between two positions, over the top row rather than through the positions between. */
function overTheRow(): StylesheetJson {
	return [
		{
			selector: 'edge[arc]',
			style: {
				'curve-style': 'unbundled-bezier',
				'control-point-distances': 'data(arc)',
				'control-point-weights': 0.5,
				'edge-distances': 'node-position'
			}
		}
	];
}

/**
 * `large`: a large map's edges are not Cytoscape's (graph/edge-lines.ts draws them alike), so
 * its stylesheet has no edge rules for Cytoscape to test every node against.
 */
export function graphStyle(large = false): StylesheetJson {
	const rules: StylesheetJson = [
		{
			// Measuring label text is the largest cost of a first frame, so labels are a class
			// that the canvas adds only where they can be read. The text properties live here
			// too: set on every node, they cost style work on thousands of nodes with no label.
			selector: 'node.labelled',
			style: {
				label: 'data(label)',
				'text-wrap': 'wrap',
				'text-max-width': `${LABEL_WRAP_WIDTH}px`,
				'text-valign': 'center',
				'text-halign': 'center',
				'font-size': FONT_SIZE,
				'font-family': 'system-ui, sans-serif',
				// Labels below this on-screen size are not drawn: the largest saving on big maps.
				'min-zoomed-font-size': MIN_SCREEN_FONT
			}
		},
		{
			selector: 'node',
			style: {
				width: NODE_WIDTH,
				height: NODE_HEIGHT,
				'border-width': 1.5,
				'border-color': '#55595f'
			}
		},
		...Object.entries(KIND_STYLE).map(([kind, s]) => ({
			selector: `node[kind = "${kind}"]`,
			style: { 'background-color': s.fill, shape: s.shape }
		})),
		...Object.entries(KIND_STYLE).map(([kind, s]) => ({
			selector: `node.labelled[kind = "${kind}"]`,
			style: { color: s.text }
		})),
		{
			// Titled at any zoom, so every camp can be named at first sight.
			selector: 'node[kind = "position"]',
			style: {
				width: POSITION_WIDTH,
				height: POSITION_HEIGHT,
				'border-width': 3,
				'border-color': '#0b1c30',
				label: 'data(label)',
				color: KIND_STYLE.position.text,
				'font-size': POSITION_FONT,
				'font-weight': 'bold',
				'font-family': 'system-ui, sans-serif',
				'text-wrap': 'wrap',
				'text-max-width': `${POSITION_WIDTH - 24}px`,
				'text-valign': 'center',
				'text-halign': 'center',
				'min-zoomed-font-size': 0
			}
		},
		// The author's thesis: a heavy double border, and its label opens with "THESIS".
		{
			selector: 'node[?thesis]',
			style: { 'border-width': 9, 'border-style': 'double', 'border-color': THESIS_BORDER }
		},
		{ selector: 'node[kind = "evidence"]', style: { 'border-style': 'dashed' } },
		{
			selector: 'edge',
			style: {
				width: EDGE_LOOK.width,
				// Straight, not bezier, but where two edges join the same nodes (below): routing
				// curves for every edge slowed the first frame (~50 ms at 99 nodes).
				'curve-style': 'straight',
				'arrow-scale': EDGE_LOOK.arrowScale
			}
		},
		...Object.entries(RELATION_STYLE).map(([kind, s]) => ({
			selector: `edge[kind = "${kind}"]`,
			style: {
				'line-color': s.color,
				'target-arrow-color': s.color,
				'source-arrow-color': s.color,
				'line-style': s.line,
				'target-arrow-shape': s.arrow
			}
		})),
		...routes(),
		// Two edges between the same nodes (two camps attacking each other) curve apart.
		{
			selector: 'edge[?parallel]',
			style: {
				'curve-style': 'bezier',
				'source-endpoint': 'outside-to-node',
				'target-endpoint': 'outside-to-node'
			}
		},
		...overTheRow(),
		// Contradiction is symmetric: diamonds at both ends and a heavier line tell it apart.
		{
			selector: 'edge[kind = "contradicts"]',
			style: { 'source-arrow-shape': 'diamond', width: EDGE_LOOK.contradictsWidth }
		},
		{ selector: 'edge[?cross]', style: { opacity: EDGE_LOOK.crossOpacity } },
		{
			selector: 'node:selected',
			style: {
				'border-width': 5,
				'border-color': '#0057d9',
				'underlay-color': '#0057d9',
				'underlay-opacity': 0.2,
				'underlay-padding': 6
			}
		},
		...Object.entries(EDGE_LOOK.traceColor).map(([cls, color]) => ({
			selector: `.${cls}`,
			style: {
				'underlay-color': color,
				'underlay-opacity': EDGE_LOOK.halo.opacity,
				'underlay-padding': EDGE_LOOK.halo.padding
			}
		})),
		{
			selector: 'edge.trace-support, edge.trace-attack',
			style: { width: EDGE_LOOK.tracedWidth, opacity: 1 }
		},
		{ selector: '.dim', style: { opacity: EDGE_LOOK.dimOpacity } },
		{ selector: '.hidden', style: { display: 'none' } },
		// A folded branch: a heavy double border, and its label says how much is folded away.
		{
			selector: 'node.collapsed',
			style: { 'border-width': 6, 'border-style': 'double', 'border-color': '#8a4b00' }
		},
		{ selector: 'node.collapsed.labelled', style: { label: 'data(folded)' } },
		...compareStyle(),
		...evaluationStyle(),
		...readerMarkStyle(),
		// The keyboard's focus ring, outside the selection's border so both can show at once.
		{
			selector: 'node.cursor',
			style: {
				'outline-width': 4,
				'outline-color': '#0057d9',
				'outline-style': 'dashed',
				'outline-offset': 6
			}
		}
	];
	return large ? rules.filter((r) => !('selector' in r && r.selector.startsWith('edge'))) : rules;
}
