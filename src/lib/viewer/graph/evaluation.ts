/**
 * The Evaluate layer: each node's grounded verdict and DF-QuAD strength, read
 * off an evaluation of the map. A verdict is told by three things at once, so
 * that no reader depends on colour: a glyph and a word opening the label
 * ("✓ in 0.78"), the border's pattern, and its colour.
 */
import type { Core, StylesheetJson } from 'cytoscape';
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

/** The layer's rules, part of the graph's stylesheet (they match only while the layer is on). */
export function evaluationStyle(): StylesheetJson {
	return [
		...LABELS.map((l) => ({
			selector: `node.eval-${l}`,
			style: {
				'border-width': 4,
				'border-style': VERDICT_MARK[l].line,
				'border-color': VERDICT_MARK[l].color
			}
		})),
		// A node that falls is drawn paler, a fourth hint beside glyph, pattern and colour.
		{ selector: 'node.eval-out', style: { 'background-opacity': 0.55 } },
		{ selector: 'node.evaluated.labelled', style: { label: 'data(verdict)' } },
		{ selector: 'node.evaluated[kind = "position"]', style: { label: 'data(verdict)' } }
	];
}

export class EvaluationLayer implements GraphLayer {
	constructor(private readonly evaluation: Evaluation) {}

	apply(cy: Core) {
		const { grounded, strength } = this.evaluation;
		cy.batch(() => {
			cy.nodes().forEach((n) => {
				const label = grounded[n.id()];
				if (!label) return;
				if (!n.hasClass(`eval-${label}`))
					n.removeClass(CLASSES).addClass(`evaluated eval-${label}`);
				// The title stays whole below the verdict: a folded node's count line included.
				const title = n.hasClass('collapsed') ? n.data('folded') : n.data('label');
				n.data('verdict', `${verdictLine(label, strength[n.id()] ?? 0)}\n${title}`);
			});
		});
	}

	remove(cy: Core) {
		cy.batch(() => cy.nodes('.evaluated').removeClass(CLASSES));
	}
}
