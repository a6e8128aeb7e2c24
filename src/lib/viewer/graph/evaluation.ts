/**
 * The Evaluate layer: each node's grounded verdict and DF-QuAD strength, read
 * off an evaluation of the map. A verdict is told by three things at once, so
 * that no reader depends on colour: a glyph and a word opening the label
 * ("✓ in 0.78"), the pattern of a ring drawn outside the border, and its colour.
 *
 * The layer adds and never takes away: the border still tells what it tells
 * without the layer (the thesis's, a folded branch's, the selection's, an
 * evidence's dashes), and a label keeps whatever it shows below the verdict.
 * Only the keyboard's focus ring, drawn in the same place, hides the verdict's
 * ring on the focused node while it has the focus; its label still says it.
 */
import type { Core, NodeSingular, StylesheetJson } from 'cytoscape';
import type { Evaluation, Label } from '$lib/core/evaluate';
import type { GraphLayer } from './layers';

/** How each grounded label is drawn; the legend reads the same table. */
export const VERDICT_MARK: Record<
	Label,
	{ glyph: string; color: string; line: 'solid' | 'dashed' | 'dotted'; says: string }
> = {
	in: { glyph: '✓', color: '#006b3d', line: 'solid', says: 'stands' },
	out: { glyph: '✗', color: '#b0231a', line: 'dashed', says: 'falls' },
	undecided: { glyph: '?', color: '#7a5c00', line: 'dotted', says: 'neither stands nor falls' }
};

const LABELS = Object.keys(VERDICT_MARK) as Label[];
const CLASSES = ['evaluated', ...LABELS.map((l) => `eval-${l}`)].join(' ');

/** "✓ in 0.78": what a node's label opens with under the layer. */
export function verdictLine(label: Label, strength: number): string {
	return `${VERDICT_MARK[label].glyph} ${label} ${strength.toFixed(2)}`;
}

/**
 * The label under the layer: the verdict line above what the label shows without it (a folded
 * node's count line where labels are drawn), read whenever the node's style is, so that a node
 * folded or unfolded later shows it without a new evaluation.
 */
export const evaluatedLabel = (n: NodeSingular): string => {
	const folded = n.hasClass('collapsed') && n.hasClass('labelled');
	return `${n.data('verdict')}\n${folded ? n.data('folded') : n.data('label')}`;
};

/** The layer's rules, part of the graph's stylesheet (they match only while the layer is on). */
export function evaluationStyle(): StylesheetJson {
	return [
		...LABELS.map((l) => ({
			selector: `node.eval-${l}`,
			style: {
				'outline-width': 4,
				'outline-offset': 2,
				'outline-style': VERDICT_MARK[l].line,
				'outline-color': VERDICT_MARK[l].color
			}
		})),
		// A node that falls is drawn paler, a fourth hint beside glyph, pattern and colour.
		{ selector: 'node.eval-out', style: { 'background-opacity': 0.55 } },
		// A position's white text on its paled fill read at about 3:1; dark text reads at 5:1.
		{ selector: 'node.eval-out[kind = "position"]', style: { color: '#1d1d1f' } },
		{ selector: 'node.evaluated.labelled', style: { label: evaluatedLabel } },
		{ selector: 'node.evaluated[kind = "position"]', style: { label: evaluatedLabel } }
	];
}

export class EvaluationLayer implements GraphLayer {
	/** Set when a newer evaluation's layer takes this one's place: it then leaves nothing to remove. */
	private replaced = false;

	/**
	 * `previous`, the layer this one replaces, is left on the graph when it is taken off: this
	 * layer changes only the nodes whose verdict or strength differ. A what-if step changes a
	 * few nodes, and restyling every node of a large map costs more than evaluating it.
	 */
	constructor(
		private readonly evaluation: Evaluation,
		previous?: EvaluationLayer
	) {
		if (previous) previous.replaced = true;
	}

	apply(cy: Core) {
		const { grounded, strength } = this.evaluation;
		cy.batch(() => {
			cy.nodes().forEach((n) => {
				const label = grounded[n.id()];
				if (!label) {
					if (n.hasClass('evaluated')) n.removeClass(CLASSES);
					return;
				}
				// The verdict first: the label rules read it as soon as the class matches.
				const line = verdictLine(label, strength[n.id()] ?? 0);
				if (n.data('verdict') !== line) n.data('verdict', line);
				if (!n.hasClass(`eval-${label}`))
					n.removeClass(CLASSES).addClass(`evaluated eval-${label}`);
			});
		});
	}

	remove(cy: Core) {
		if (this.replaced) return;
		cy.batch(() => cy.nodes('.evaluated').removeClass(CLASSES));
	}
}
