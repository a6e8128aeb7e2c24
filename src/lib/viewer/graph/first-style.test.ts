import { describe, expect, it } from 'vitest';
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { skipFirstStyleTriggers } from './first-style';

const style: StylesheetJson = [
	{ selector: 'node', style: { width: 40, height: 20, shape: 'rectangle' } },
	{ selector: 'node.wide', style: { width: 200 } },
	{ selector: 'node.gone', style: { display: 'none' } },
	{ selector: 'edge', style: { width: 2, 'curve-style': 'straight' } }
];

function graph(skip: boolean): Core {
	const cy = cytoscape({ headless: true, styleEnabled: true, style });
	if (skip) skipFirstStyleTriggers(cy);
	cy.add([
		{ group: 'nodes', data: { id: 'a' }, position: { x: 0, y: 0 } },
		{ group: 'nodes', data: { id: 'b' }, position: { x: 300, y: 0 } },
		{ group: 'edges', data: { id: 'ab', source: 'a', target: 'b' } }
	]);
	return cy;
}

/** What a reader would see of the graph: each element's box and whether it is shown. */
function seen(cy: Core) {
	return cy.elements().map((e) => ({
		id: e.id(),
		box: e.boundingBox({}),
		visible: e.visible(),
		width: e.style('width')
	}));
}

describe('skipFirstStyleTriggers', () => {
	it('styles new elements as Cytoscape alone does', () => {
		const cy = graph(true);
		expect(seen(cy)).toEqual(seen(graph(false)));
		// A later batch, with an edge to a node styled before.
		for (const c of [cy, graph(false)])
			c.add([
				{ group: 'nodes', data: { id: 'c' }, position: { x: 0, y: 300 } },
				{ group: 'edges', data: { id: 'ca', source: 'c', target: 'a' } }
			]);
		expect(seen(cy).map((e) => e.id)).toContain('ca');
	});

	it('still resets caches when a styled element changes', () => {
		const cy = graph(true);
		const plain = graph(false);
		for (const c of [cy, plain]) {
			seen(c); // bounds and visibility computed and cached
			c.getElementById('a').addClass('wide');
			c.getElementById('b').addClass('gone');
		}
		expect(seen(cy)).toEqual(seen(plain));
		expect(cy.getElementById('a').boundingBox({}).w).toBeGreaterThan(200);
		// The edge to a hidden node is hidden too: its cached visibility was reset.
		expect(cy.getElementById('ab').visible()).toBe(false);
	});

	it('resets caches again once the stylesheet is replaced', () => {
		const cy = graph(true);
		const plain = graph(false);
		for (const c of [cy, plain]) {
			seen(c);
			c.style()
				.fromJson([...style, { selector: 'node', style: { width: 90 } }])
				.update();
		}
		expect(seen(cy)).toEqual(seen(plain));
		expect(cy.getElementById('a').boundingBox({}).w).toBeGreaterThan(90);
	});

	it('is applied once however often it is called', () => {
		const cy = graph(false);
		skipFirstStyleTriggers(cy);
		const once = (cy.style() as unknown as { checkTriggers: unknown }).checkTriggers;
		skipFirstStyleTriggers(cy);
		expect((cy.style() as unknown as { checkTriggers: unknown }).checkTriggers).toBe(once);
	});
});
