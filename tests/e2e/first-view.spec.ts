import { expect, test, type Page } from '@playwright/test';
import { graphDrawn, watchConsole } from './helpers';

/** What the graph shows, read from Cytoscape (registered on its container) and the view's marks. */
async function firstView(page: Page) {
	const graph = await graphDrawn(page, 'complete');
	return graph.evaluate((el) => {
		type Node = {
			id(): string;
			data(key: string): string;
			style(key: string): string;
			renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number };
		};
		type Cy = {
			zoom(): number;
			width(): number;
			height(): number;
			nodes(selector?: string): {
				map<T>(f: (n: Node) => T): T[];
				boundingBox(o: object): { w: number; h: number };
			};
		};
		const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
		const inView = (n: Node) => {
			const b = n.renderedBoundingBox({ includeLabels: false });
			return b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
		};
		const positions = cy.nodes('[kind = "position"]').map((n) => ({
			id: n.id(),
			label: n.style('label'),
			px: parseFloat(n.style('font-size')) * cy.zoom(),
			inView: inView(n)
		}));
		const box = cy.nodes().boundingBox({ includeLabels: false });
		const data = (el as HTMLElement).dataset;
		return {
			positions,
			legible: Number(data.legible),
			legiblePositions: Number(data.legiblePositions),
			aspect: box.w / box.h
		};
	});
}

for (const size of [
	{ width: 1280, height: 800, titles: 10, positions: 3 },
	{ width: 390, height: 844, titles: 0, positions: 1 }
]) {
	test.describe(`the first view at ${size.width}×${size.height}`, () => {
		test.use({ viewport: { width: size.width, height: size.height } });

		test('names the positions and reads without a click', async ({ page }) => {
			const errors = watchConsole(page);
			await page.goto('/maps/japan-nato/');
			const view = await firstView(page);
			// Every position carries its title, large enough to read, in view or not.
			expect(view.positions).toHaveLength(3);
			for (const p of view.positions) {
				expect(p.label.length).toBeGreaterThan(0);
				expect(p.px).toBeGreaterThanOrEqual(13.9);
			}
			const thesis = view.positions.find((p) => p.id === 'cross-regional-deterrence')!;
			expect(thesis.label).toMatch(/^THESIS\n/);
			expect(thesis.inView).toBe(true);
			expect(view.positions.filter((p) => p.inView).length).toBeGreaterThanOrEqual(size.positions);
			expect(view.legiblePositions).toBeGreaterThanOrEqual(size.positions);
			expect(view.legible - view.legiblePositions).toBeGreaterThanOrEqual(size.titles);
			// The layout fills a landscape canvas rather than a tall strip.
			expect(view.aspect).toBeGreaterThan(1.2);
			// The tab names the map, and the page describes itself to previews.
			await expect(page).toHaveTitle(/^NATO and Japan — .* · Ronten$/);
			await expect(page.locator('meta[name="description"]')).toHaveAttribute(
				'content',
				/^Should Japan/
			);
			await page.screenshot({ path: test.info().outputPath('first-view.png') });
			expect(errors).toEqual([]);
		});
	});
}

test('"Fit" shows the whole map, positions still titled', async ({ page }) => {
	const errors = watchConsole(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/maps/japan-nato/');
	await graphDrawn(page, 'complete');
	await page.getByRole('button', { name: 'Fit' }).click();
	const graph = page.getByTestId('graph');
	await expect
		.poll(() =>
			graph.evaluate((el) => {
				type Cy = {
					width(): number;
					height(): number;
					zoom(): number;
					nodes(s?: string): {
						renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number };
						map<T>(f: (n: { style(k: string): string }) => T): T[];
					};
				};
				const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
				const b = cy.nodes().renderedBoundingBox({ includeLabels: false });
				const whole = b.x1 >= 0 && b.y1 >= 0 && b.x2 <= cy.width() && b.y2 <= cy.height();
				const px = cy
					.nodes('[kind = "position"]')
					.map((n) => parseFloat(n.style('font-size')) * cy.zoom());
				return whole && Math.min(...px) >= 13.9;
			})
		)
		.toBe(true);
	expect(errors).toEqual([]);
});
