import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { referenceMap, REFERENCE_THESIS } from '$test/reference-map';
import { toElements } from '$lib/core/view/elements';
import { evaluate } from '$lib/core/evaluate';
import { graphStyle } from '../graph-style';
import { CyView } from './cy-view';
import { EvaluationLayer, verdictLine } from './evaluation';
import { graphAdjacency, VisibilityLayer } from './visibility';

function graph() {
	const map = referenceMap();
	const data = toElements(map);
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		elements: data.elements,
		style: graphStyle()
	});
	return { map, cy };
}

describe('the Evaluate layer', () => {
	it('marks every node with its verdict by class, ring pattern and a glyph in the label', () => {
		const { map, cy } = graph();
		const evaluation = evaluate(map);
		new EvaluationLayer(evaluation).apply(cy);
		const out = cy.getElementById('competition-for-assets');
		expect(out.hasClass('eval-out')).toBe(true);
		expect(out.style('outline-style')).toBe('dashed');
		const thesis = cy.getElementById(REFERENCE_THESIS);
		expect(thesis.hasClass('eval-in')).toBe(true);
		expect(thesis.style('outline-style')).toBe('solid');
		// Positions are titled at any zoom, so their label carries the verdict at once.
		expect(thesis.style('label')).toMatch(/^✓ in 0\.\d\d\n/);
		const undecided = cy.getElementById('japan-first');
		expect(undecided.hasClass('eval-undecided')).toBe(true);
		expect(undecided.style('outline-style')).toBe('dotted');
		expect(cy.nodes('.evaluated').length).toBe(map.nodes.length);
	});

	it('takes nothing away: every node keeps the border it has without the layer', () => {
		const { map, cy } = graph();
		const border = (n: cytoscape.NodeSingular) =>
			['border-style', 'border-width', 'border-color'].map((k) => n.style(k)).join(' ');
		const before = new Map(cy.nodes().map((n) => [n.id(), border(n)]));
		new EvaluationLayer(evaluate(map)).apply(cy);
		for (const n of cy.nodes()) expect(border(n)).toBe(before.get(n.id()));
		// The thesis's heavy double border in particular, with the verdict's ring outside it.
		const thesis = cy.getElementById(REFERENCE_THESIS);
		expect(thesis.style('border-style')).toBe('double');
		expect(thesis.style('outline-width')).toBe('4px');
	});

	it('keeps a folded node’s count line below the verdict, folded before or after evaluation', () => {
		const { map, cy } = graph();
		const view = { everything: { passes: () => true, focus: null } };
		const data = toElements(map);
		const fold = (ids: string[]) =>
			new VisibilityLayer(
				data,
				{ ...view.everything, collapsed: new Set(ids) },
				graphAdjacency(data)
			).apply(cy);
		const thesis = cy.getElementById(REFERENCE_THESIS).addClass('labelled');
		fold([REFERENCE_THESIS]);
		const folded = thesis.style('label');
		expect(folded).toMatch(/⊕ \d+ folded$/);
		new EvaluationLayer(evaluate(map)).apply(cy);
		expect(thesis.style('label')).toMatch(/^✓ in 0\.\d\d\n/);
		expect(thesis.style('label')).toBe(`${thesis.data('verdict')}\n${folded}`);
		// Folded after the evaluation, with no new evaluation: the count shows at once.
		const claim = cy.getElementById('complementarity');
		claim.addClass('labelled');
		fold([REFERENCE_THESIS, 'complementarity']);
		expect(claim.style('label')).toMatch(/^✓ in 0\.\d\d\n[^]*⊕ \d+ folded$/);
		fold([]);
		expect(claim.style('label')).toBe(`${claim.data('verdict')}\n${claim.data('label')}`);
	});

	it('shows a claim’s verdict in its label only where labels are drawn', () => {
		const { map, cy } = graph();
		new EvaluationLayer(evaluate(map)).apply(cy);
		const claim = cy.getElementById('complementarity');
		expect(claim.style('label')).toBe('');
		claim.addClass('labelled');
		expect(claim.style('label')).toBe(
			`${verdictLine('in', evaluate(map).strength['complementarity']!)}\n${claim.data('label')}`
		);
	});

	it('follows a new evaluation, and comes off whole', () => {
		const { map, cy } = graph();
		new EvaluationLayer(evaluate(map)).apply(cy);
		const layer = new EvaluationLayer(evaluate(map, { reject: ['complementarity'] }));
		layer.apply(cy);
		expect(cy.getElementById('complementarity').classes()).toEqual(
			expect.arrayContaining(['evaluated', 'eval-out'])
		);
		expect(cy.getElementById('complementarity').hasClass('eval-in')).toBe(false);
		layer.remove(cy);
		expect(cy.nodes('.evaluated, .eval-in, .eval-out, .eval-undecided').length).toBe(0);
		expect(cy.getElementById(REFERENCE_THESIS).style('border-style')).toBe('double');
	});

	it('replaces an evaluation in place: a what-if restyles only the nodes it changes', () => {
		const { map, cy } = graph();
		const first = new EvaluationLayer(evaluate(map));
		first.apply(cy);
		const whatIf = evaluate(map, { reject: ['complementarity'] });
		const changed = cy
			.nodes()
			.filter((n) => whatIf.grounded[n.id()] !== evaluate(map).grounded[n.id()]).length;
		const restyled = new Set<string>();
		cy.on('class', 'node', (e) => restyled.add(e.target.id()));
		const next = new EvaluationLayer(whatIf, first);
		first.remove(cy); // what the view does with the layer it replaces
		next.apply(cy);
		expect(restyled.size).toBe(changed);
		expect(changed).toBeGreaterThan(0);
		expect(changed).toBeLessThan(map.nodes.length / 4);
		expect(cy.getElementById('complementarity').hasClass('eval-out')).toBe(true);
		// Taken off alone, the newest layer still comes off whole.
		next.remove(cy);
		expect(cy.nodes('.evaluated').length).toBe(0);
	});

	it('is applied by the view when drawn, even if asked for before, and marked for tests', async () => {
		const marks: Record<string, string> = {};
		const queue: (() => void)[] = [];
		const view = new CyView(
			{
				container: null,
				width: 1280,
				height: 800,
				mark: (k, v) => (marks[k] = v),
				afterFrame: (run) => queue.push(run),
				later: (run) => queue.push(run)
			},
			{ onselect: () => {}, onprogress: () => {} }
		);
		const map = referenceMap();
		view.evaluate(evaluate(map));
		await view.open(toElements(map));
		while (queue.length) queue.shift()!();
		expect(view.instance!.nodes('.evaluated').length).toBe(map.nodes.length);
		view.evaluate(evaluate(map));
		expect(marks.evaluated).toBe('true');
		view.evaluate(null);
		expect(marks.evaluated).toBe('false');
		expect(view.instance!.nodes('.evaluated').length).toBe(0);
	});
});
