/**
 * How the map looks in Cytoscape. Kinds differ in shape as well as colour,
 * relations in line style and arrow as well as colour (Okabe–Ito palette),
 * so the map reads without colour vision.
 */
import type { StylesheetJson } from 'cytoscape';

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

/** Up to this many nodes every label is drawn once readable; above, only those in view. */
export const LABEL_ALL_LIMIT = 800;

const FONT_SIZE = 13;
/** Labels smaller than this on screen are not drawn. */
const MIN_SCREEN_FONT = 7;

/** The zoom below which labels cannot be read, so they are not even measured. */
export const LABEL_ZOOM = MIN_SCREEN_FONT / FONT_SIZE;

/** How far out the graph zooms: far enough to fit a tall map of 10,000 nodes. */
export const MIN_ZOOM = 0.002;

/** Where a large map opens: labels of 13 px read at about 10 px. */
export const READ_ZOOM = 0.75;

/** `large`: haystack edges, the cheapest Cytoscape draws, with arrows mid-edge. */
export function graphStyle(large = false): StylesheetJson {
	return [
		{
			// Measuring label text is the largest cost of a first frame, so labels are a class
			// that the canvas adds only where they can be read. The text properties live here
			// too: set on every node, they cost style work on thousands of nodes with no label.
			selector: 'node.labelled',
			style: {
				label: 'data(label)',
				'text-wrap': 'wrap',
				'text-max-width': '150px',
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
				width: 170,
				height: 64,
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
			selector: 'node[kind = "position"]',
			style: { 'border-width': 3, 'border-color': '#0b1c30' }
		},
		{ selector: 'node.labelled[kind = "position"]', style: { 'font-weight': 'bold' } },
		{ selector: 'node[kind = "evidence"]', style: { 'border-style': 'dashed' } },
		{
			selector: 'edge',
			style: {
				width: 2,
				// Straight, not bezier, but where two edges join the same nodes (below): routing
				// curves for every edge slowed the first frame (~50 ms at 99 nodes). Large maps use
				// haystack edges, Cytoscape's cheapest; their arrows sit mid-edge.
				'curve-style': large ? 'haystack' : 'straight',
				'arrow-scale': 1.2
			}
		},
		...Object.entries(RELATION_STYLE).map(([kind, s]) => ({
			selector: `edge[kind = "${kind}"]`,
			style: {
				'line-color': s.color,
				'target-arrow-color': s.color,
				'source-arrow-color': s.color,
				'line-style': s.line,
				...(large
					? { 'mid-target-arrow-shape': s.arrow, 'mid-target-arrow-color': s.color }
					: { 'target-arrow-shape': s.arrow })
			}
		})),
		// Two edges between the same nodes (two camps attacking each other) curve apart.
		{ selector: 'edge[?parallel]', style: { 'curve-style': 'bezier' } },
		// Contradiction is symmetric: diamonds at both ends and a heavier line tell it apart.
		{
			selector: 'edge[kind = "contradicts"]',
			style: { 'source-arrow-shape': 'diamond', width: 5 }
		},
		{ selector: 'edge[?cross]', style: { opacity: 0.55 } },
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
		{
			selector: '.match',
			style: { 'underlay-color': '#ffbf00', 'underlay-opacity': 0.6, 'underlay-padding': 8 }
		},
		{
			selector: '.trace-support',
			style: { 'underlay-color': '#007a5e', 'underlay-opacity': 0.35, 'underlay-padding': 8 }
		},
		{
			selector: '.trace-attack',
			style: { 'underlay-color': '#c14d00', 'underlay-opacity': 0.35, 'underlay-padding': 8 }
		},
		{ selector: 'edge.trace-support, edge.trace-attack', style: { width: 4, opacity: 1 } },
		{ selector: '.dim', style: { opacity: 0.15 } },
		{ selector: '.hidden', style: { display: 'none' } },
		// A folded branch: a heavy double border, and its label says how much is folded away.
		{
			selector: 'node.collapsed',
			style: { 'border-width': 6, 'border-style': 'double', 'border-color': '#8a4b00' }
		},
		{ selector: 'node.collapsed.labelled', style: { label: 'data(folded)' } },
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
}
