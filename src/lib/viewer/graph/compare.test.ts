import { beforeAll, describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { referenceMap, REFERENCE_THESIS } from '$test/reference-map';
import { toElements } from '$lib/core/view/elements';
import { compareMaps, type CompareReport } from '$lib/core/compare';
import { evaluate } from '$lib/core/evaluate';
import { studentMap } from '../../../../tests/fixtures/compare/evaluate';
import { graphStyle } from '../graph-style';
import { EvaluationLayer } from './evaluation';
import { CompareLayer, compareMarks, markCounts, markLine } from './compare';

const map = referenceMap();
let report: CompareReport;

beforeAll(async () => {
	// The student's map of the skeptics' part, with two relations reversed.
	report = compareMaps(map, await studentMap('reversed.argdown'));
});

function graph() {
	return cytoscape({
		headless: true,
		styleEnabled: true,
		elements: toElements(map).elements,
		style: graphStyle()
	});
}

describe('compareMarks', () => {
	it('marks every reference node once: covered, reversed where in conflict, or missing', () => {
		const marks = compareMarks(report);
		expect(marks.size).toBe(map.nodes.length);
		for (const c of report.conflicts) expect(marks.get(c.reference)).toBe('reversed');
		expect(marks.get('complementarity')).toBe('reversed');
		expect(marks.get('competition-for-assets')).toBe('covered');
		for (const id of report.missing) expect(marks.get(id)).toBe('missing');
		const reversed = new Set(report.conflicts.map((c) => c.reference));
		expect(markCounts(marks)).toEqual({
			covered: report.matched.length - reversed.size,
			reversed: reversed.size,
			missing: report.missing.length
		});
	});

	it('gives nothing to mark for an empty report', () => {
		expect(compareMarks({ matched: [], missing: [], conflicts: [] }).size).toBe(0);
	});
});

describe('the compare layer', () => {
	it('tells each mark by border pattern, colour and a glyph in the label, and pales what is missing', () => {
		const cy = graph();
		new CompareLayer(compareMarks(report)).apply(cy);
		const covered = cy.getElementById('competition-for-assets');
		expect(covered.hasClass('compare-covered')).toBe(true);
		expect(covered.style('border-style')).toBe('solid');
		const reversed = cy.getElementById('complementarity');
		expect(reversed.style('border-style')).toBe('dashed');
		const missing = cy.getElementById(report.missing.find((id) => id !== REFERENCE_THESIS)!);
		expect(missing.style('border-style')).toBe('dotted');
		expect(Number(missing.style('background-opacity'))).toBeLessThan(1);
		expect(Number(covered.style('background-opacity'))).toBe(1);
		// Positions are titled at any zoom, so their label carries the mark at once; a claim's
		// only where labels are drawn.
		const thesis = cy.getElementById(REFERENCE_THESIS);
		expect(thesis.style('label')).toBe(`${markLine('covered')}\n${thesis.data('label')}`);
		expect(reversed.style('label')).toBe('');
		reversed.addClass('labelled');
		expect(reversed.style('label')).toBe(`⇄ other way\n${reversed.data('label')}`);
	});

	it('follows a new report, and comes off whole', () => {
		const cy = graph();
		new CompareLayer(compareMarks(report)).apply(cy);
		const everything = new Map(map.nodes.map((n) => [n.id, 'covered' as const]));
		const layer = new CompareLayer(everything);
		layer.apply(cy);
		expect(cy.nodes('.compare-covered').length).toBe(map.nodes.length);
		expect(cy.nodes('.compare-missing, .compare-reversed').length).toBe(0);
		layer.remove(cy);
		expect(cy.nodes('.compared').length).toBe(0);
		expect(cy.getElementById('complementarity').style('border-style')).not.toBe('dashed');
	});

	it('gives way to the Evaluate layer while that is on', () => {
		const cy = graph();
		new CompareLayer(compareMarks(report)).apply(cy);
		new EvaluationLayer(evaluate(map)).apply(cy);
		const thesis = cy.getElementById(REFERENCE_THESIS);
		expect(thesis.style('label')).toMatch(/^✓ in 0\.\d\d\n/);
	});
});
