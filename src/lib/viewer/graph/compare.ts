/**
 * The compare layer (/compare/): every node of the reference map marked by
 * what the student's map does with it: covers it, covers it but bears on a
 * position the other way, or misses it. A mark is told by three things at
 * once, so that no reader depends on colour: a glyph and a word opening the
 * label ("✓ covered"), the border's pattern, and its colour; a missing node
 * is drawn paler as well, as something absent.
 *
 * Its rules come before the Evaluate layer's in the stylesheet: a reader who
 * switches evaluation on while comparing reads the verdicts in the labels
 * (the marks' borders and paler fill stay), and the marks' words again once
 * it is off.
 */
import type { Core, StylesheetJson } from 'cytoscape';
import type { CompareReport } from '$lib/core/compare';
import type { GraphLayer } from './layers';

export type CompareMark = 'covered' | 'reversed' | 'missing';

/** How each mark is drawn and said; the legend and the pair panel read the same table. */
export const COMPARE_MARK: Record<
	CompareMark,
	{ glyph: string; color: string; line: 'solid' | 'dashed' | 'dotted'; name: string; says: string }
> = {
	covered: {
		glyph: '✓',
		color: '#006b3d',
		line: 'solid',
		name: 'covered',
		says: 'the student has it'
	},
	// Not "reversed": the report counts the relations the student reversed, and one of them
	// turns every node below it.
	reversed: {
		glyph: '⇄',
		color: '#b0231a',
		line: 'dashed',
		name: 'other way',
		says: 'the student has it, bearing the other way'
	},
	missing: {
		glyph: '○',
		color: '#5b6470',
		line: 'dotted',
		name: 'missing',
		says: 'the student does not have it'
	}
};

export const MARKS = Object.keys(COMPARE_MARK) as CompareMark[];
const CLASSES = ['compared', ...MARKS.map((m) => `compare-${m}`)].join(' ');

/**
 * The mark of every reference node in a report. A node in conflict on any
 * position is `reversed`, whether the student flipped its own relation or
 * one further up its chain: either way the student's map has it the other way.
 */
export function compareMarks(
	report: Pick<CompareReport, 'matched' | 'missing' | 'conflicts'>
): Map<string, CompareMark> {
	const reversed = new Set(report.conflicts.map((c) => c.reference));
	const marks = new Map<string, CompareMark>();
	for (const p of report.matched)
		marks.set(p.reference, reversed.has(p.reference) ? 'reversed' : 'covered');
	for (const id of report.missing) marks.set(id, 'missing');
	return marks;
}

/** How many nodes carry each mark, for the legend. */
export function markCounts(marks: ReadonlyMap<string, CompareMark>): Record<CompareMark, number> {
	const counts = { covered: 0, reversed: 0, missing: 0 };
	for (const mark of marks.values()) counts[mark]++;
	return counts;
}

/** "✓ covered": what a node's label opens with under the layer. */
export const markLine = (mark: CompareMark) =>
	`${COMPARE_MARK[mark].glyph} ${COMPARE_MARK[mark].name}`;

/** The layer's rules, part of the graph's stylesheet (they match only while the layer is on). */
export function compareStyle(): StylesheetJson {
	return [
		...MARKS.map((m) => ({
			selector: `node.compare-${m}`,
			style: {
				'border-width': 4,
				'border-style': COMPARE_MARK[m].line,
				'border-color': COMPARE_MARK[m].color
			}
		})),
		{ selector: 'node.compare-missing', style: { 'background-opacity': 0.5 } },
		{ selector: 'node.compared.labelled', style: { label: 'data(compared)' } },
		{ selector: 'node.compared[kind = "position"]', style: { label: 'data(compared)' } }
	];
}

export class CompareLayer implements GraphLayer {
	constructor(private readonly marks: ReadonlyMap<string, CompareMark>) {}

	apply(cy: Core) {
		cy.batch(() => {
			cy.nodes().forEach((n) => {
				const mark = this.marks.get(n.id());
				if (!mark) return;
				if (!n.hasClass(`compare-${mark}`))
					n.removeClass(CLASSES).addClass(`compared compare-${mark}`);
				// The title stays whole below the mark: a folded node's count line included.
				const title = n.hasClass('collapsed') ? n.data('folded') : n.data('label');
				n.data('compared', `${markLine(mark)}\n${title}`);
			});
		});
	}

	remove(cy: Core) {
		cy.batch(() => cy.nodes('.compared').removeClass(CLASSES));
	}
}
