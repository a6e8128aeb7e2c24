import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions; every flow ends by asserting there were none. */
export function watchConsole(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/**
 * Waits until the graph is interactive ('ready': its first frame is drawn) or, for a large map
 * drawn in batches, until the last batch is in ('complete').
 */
export async function graphDrawn(page: Page, stage: 'ready' | 'complete' = 'ready') {
	const graph = page.getByTestId('graph');
	await expect(graph).toHaveAttribute(`data-${stage}`, 'true', { timeout: 30_000 });
	return graph;
}

export async function openMap(page: Page, query = '') {
	await page.goto(`/maps/japan-nato/${query}`);
	await graphDrawn(page);
}

/** Clicks a node where Cytoscape draws it (Cytoscape registers itself on its container). */
export async function clickNode(page: Page, id: string) {
	const graph = page.getByTestId('graph');
	// A view still moving (a selection being brought into view) would carry the node away.
	await expect
		.poll(() =>
			graph.evaluate((el) =>
				(el as unknown as { _cyreg: { cy: { animated(): boolean } } })._cyreg.cy.animated()
			)
		)
		.toBe(false);
	const point = await graph.evaluate((el, nodeId) => {
		type Cy = {
			getElementById(id: string): { renderedPosition(): { x: number; y: number } };
			center(e: unknown): void;
		};
		const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
		const node = cy.getElementById(nodeId);
		cy.center(node);
		return node.renderedPosition();
	}, id);
	await graph.click({ position: point });
}

export const searchBox = (page: Page) => page.getByRole('combobox', { name: /Search the map/ });
