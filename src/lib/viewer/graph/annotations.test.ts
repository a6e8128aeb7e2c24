import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { referenceMap, REFERENCE_THESIS } from '$test/reference-map';
import { toElements } from '$lib/core/view/elements';
import type { Annotation } from '$lib/core/annotate/model';
import { graphStyle } from '../graph-style';
import { badgeSvg, markKey, ReaderMarkLayer, readerMarks } from './annotations';

const at = '2025-01-01T00:00:00.000Z';
function onNode(node: string, fields: Partial<Annotation & { kind: 'node' }> = {}): Annotation {
	return {
		id: `urn:uuid:${node}`,
		map: 'm',
		kind: 'node',
		node,
		created: at,
		modified: at,
		note: '',
		tags: [],
		...fields
	} as Annotation;
}

function graph() {
	const data = toElements(referenceMap());
	return cytoscape({
		headless: true,
		styleEnabled: true,
		elements: data.elements,
		style: graphStyle()
	});
}

describe('the reader’s marks', () => {
	it('marks nodes with a note, tags or a stance, and leaves out deleted and empty ones', () => {
		const marks = readerMarks([
			onNode('a', { note: 'why?' }),
			onNode('b', { stance: 'disagree' }),
			onNode('c', { tags: ['exam'], stance: 'agree' }),
			onNode('d', { note: '  ' }),
			onNode('e', { note: 'gone', deleted: true }),
			{
				id: 'h',
				map: 'm',
				kind: 'highlight',
				source: 's',
				anchor: { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
				created: at,
				modified: at,
				note: 'on a passage',
				tags: []
			}
		]);
		expect([...marks]).toEqual([
			['a', { note: true }],
			['b', { note: false, stance: 'disagree' }],
			['c', { note: true, stance: 'agree' }]
		]);
		expect([...marks.values()].map(markKey)).toEqual(['noted', 'disagree', 'noted-agree']);
	});

	it('draws a badge with a glyph per thing left, one cell each', () => {
		expect(badgeSvg({ note: true })).toContain('width="16"');
		const both = badgeSvg({ note: true, stance: 'unsure' });
		expect(both).toContain('width="32"');
		expect(both).toContain('>?</text>');
		// Agree is a plus (a vertical stroke), disagree a minus (none).
		expect(badgeSvg({ note: false, stance: 'agree' })).toContain('v9');
		expect(badgeSvg({ note: false, stance: 'disagree' })).not.toContain('v9');
	});

	it('puts a badge image on marked nodes beside the thesis border, follows changes and comes off', () => {
		const cy = graph();
		new ReaderMarkLayer(readerMarks([onNode(REFERENCE_THESIS, { note: 'n' })])).apply(cy);
		const thesis = cy.getElementById(REFERENCE_THESIS);
		expect(thesis.hasClass('reader-noted')).toBe(true);
		expect(String(thesis.style('background-image'))).toMatch(/^data:image\/svg\+xml/);
		expect(thesis.style('border-style')).toBe('double');
		const next = new ReaderMarkLayer(
			readerMarks([onNode(REFERENCE_THESIS, { note: 'n', stance: 'agree' })])
		);
		next.apply(cy);
		expect(thesis.hasClass('reader-noted')).toBe(false);
		expect(thesis.hasClass('reader-noted-agree')).toBe(true);
		next.remove(cy);
		expect(cy.nodes('.reader-mark').length).toBe(0);
		expect(thesis.style('background-image')).not.toMatch(/^data:/);
	});

	it('skips ids the graph does not have (yet)', () => {
		const cy = graph();
		new ReaderMarkLayer(readerMarks([onNode('not-in-map', { note: 'n' })])).apply(cy);
		expect(cy.nodes('.reader-mark').length).toBe(0);
	});
});
