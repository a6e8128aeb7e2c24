import { expect, test } from '@playwright/test';
import { clickNode, graphDrawn, openMap, searchBox, watchConsole } from './helpers';

test.describe('map viewer', () => {
	test('draws the graph from the prebuilt layout', async ({ page }) => {
		const errors = watchConsole(page);
		await openMap(page);
		const canvas = page.getByTestId('graph').locator('canvas').first();
		await expect(canvas).toBeVisible();
		const box = await canvas.boundingBox();
		expect(box!.width).toBeGreaterThan(300);
		await expect(page.getByText('Legend', { exact: true })).toBeVisible();
		await page.screenshot({ path: test.info().outputPath('graph.png') });
		expect(errors).toEqual([]);
	});

	test('words typed before the script has started are searched for', async ({ page }) => {
		const errors = watchConsole(page);
		// Hold the app's start-up script back while the reader types into the prerendered box.
		let release = () => {};
		const held = new Promise<void>((done) => (release = done));
		await page.route('**/entry/start.*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/maps/japan-nato/', { waitUntil: 'domcontentloaded' });
		await searchBox(page).fill('artillery');
		release();
		await graphDrawn(page);
		await expect(searchBox(page)).toHaveValue('artillery');
		const results = page.getByRole('listbox', { name: 'Search results' });
		await expect(results.getByRole('option').first()).toContainText('North Korean shells');
		await expect(page).toHaveURL(/q=artillery/);
		expect(errors).toEqual([]);
	});

	test('clicking a node opens it in the panel', async ({ page }) => {
		const errors = watchConsole(page);
		await openMap(page);
		await clickNode(page, 'competition-for-assets');
		const panel = page.locator('#panel-details');
		await expect(panel.getByRole('heading', { name: 'Competition for assets' })).toBeVisible();
		await expect(panel).toContainText('attacked by');
		await expect(page).toHaveURL(/node=competition-for-assets/);
		// A real link to the node's permalink, so it can open in a new tab or be copied.
		const link = panel.getByRole('link', { name: /Complementarity/ });
		await expect(link).toHaveAttribute('href', /\/maps\/japan-nato\/\?node=complementarity$/);
		await link.click();
		await expect(panel.getByRole('heading', { name: 'Complementarity' })).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('a search lists and highlights its hits; keys move through them', async ({ page }) => {
		const errors = watchConsole(page);
		await openMap(page);
		// Queries run in a worker, started when the search box is first used.
		const worker = page.waitForEvent('worker');
		await page.keyboard.press('/');
		await expect(searchBox(page)).toBeFocused();
		await page.keyboard.type('artillery');
		const results = page.getByRole('listbox', { name: 'Search results' });
		await expect(results.getByRole('option').first()).toContainText('North Korean shells');
		expect((await worker).url()).toMatch(/search-worker/);
		await expect(page.getByTestId('graph')).not.toHaveAttribute('data-matches', '0');
		await page.keyboard.press('ArrowDown');
		await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/node=/);
		await expect(page.locator('#panel-details h2')).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('search still works where the browser runs no workers', async ({ page }) => {
		const errors = watchConsole(page);
		await page.addInitScript(() => {
			// As under a policy that forbids workers: constructing one throws.
			window.Worker = class {
				constructor() {
					throw new Error('workers are not allowed here');
				}
			} as unknown as typeof Worker;
		});
		await openMap(page);
		await searchBox(page).fill('artillery');
		const results = page.getByRole('listbox', { name: 'Search results' });
		await expect(results.getByRole('option').first()).toContainText('North Korean shells');
		expect(errors).toEqual([]);
	});

	test('trace shows the chains to each position and highlights the trees', async ({ page }) => {
		const errors = watchConsole(page);
		// A node whose chains reach "Japan first": the article relates "it cuts both
		// ways" only to the case for cross-regional deterrence.
		await openMap(page, '?node=ukraine-today-east-asia-tomorrow');
		await page.getByRole('tab', { name: 'Trace' }).click();
		const panel = page.locator('#panel-trace');
		await expect(panel.getByRole('heading', { name: /Trace of/ })).toBeVisible();
		const japanFirst = panel
			.locator('.positions > li')
			.filter({ hasText: /^\s*position\s+Japan first/i })
			.first();
		await expect(japanFirst).toContainText('against');
		await expect(panel).toContainText('Support tree');
		await expect(page.getByTestId('graph')).not.toHaveAttribute('data-traced', '0');
		await expect(page).toHaveURL(/view=trace/);
		expect(errors).toEqual([]);
	});

	test('source highlights work both ways', async ({ page }) => {
		const errors = watchConsole(page);
		await openMap(page, '?node=quote-north-korean-shells&view=source');
		const current = page.locator('#panel-source mark.current');
		await expect(current).toHaveCount(1);
		await expect(current).toContainText('large shipments of artillery shells');
		await expect(current).toBeInViewport();
		await page
			.locator('#panel-source mark', { hasText: 'Chinese semiconductor' })
			.getByRole('button')
			.click();
		await expect(page).toHaveURL(/node=quote-chinese-exports/);
		await page.getByRole('tab', { name: 'Details' }).click();
		await expect(page.locator('#panel-details blockquote')).toContainText('Chinese semiconductor');
		await page.getByRole('button', { name: 'Show in source' }).click();
		await expect(page.locator('#panel-source mark.current')).toContainText('Chinese semiconductor');
		expect(errors).toEqual([]);
	});

	test('the URL restores selection, query and view, through reload and history', async ({
		page
	}) => {
		const errors = watchConsole(page);
		await openMap(page, '?node=new-caledonia&q=air%20power&view=trace');
		await expect(searchBox(page)).toHaveValue('air power');
		await expect(page.getByRole('tab', { name: 'Trace' })).toHaveAttribute('aria-selected', 'true');
		await expect(page.locator('#panel-trace')).toContainText('New Caledonia');
		await page.reload();
		await graphDrawn(page);
		await expect(page.locator('#panel-trace')).toContainText('New Caledonia');
		await page.getByRole('tab', { name: 'Details' }).click();
		await clickNode(page, 'turn-to-air-power');
		await expect(page).toHaveURL(/node=turn-to-air-power/);
		await page.goBack();
		await expect(page).toHaveURL(/node=new-caledonia/);
		await expect(page.locator('#panel-details h2')).toHaveText('New Caledonia');
		await page.goForward();
		await expect(page.locator('#panel-details h2')).toHaveText('Turn to air power');
		expect(errors).toEqual([]);
	});

	test('copy link puts the current view on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openMap(page, '?node=next-level');
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Link copied')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('node=next-level');
	});

	test('the outline is a keyboard-navigable tree in sync with the selection', async ({ page }) => {
		const errors = watchConsole(page);
		await openMap(page, '?view=outline');
		const tree = page.getByRole('tree', { name: 'Outline of the argument map' });
		const first = tree.getByRole('treeitem').first();
		await first.focus();
		await expect(first).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('ArrowLeft');
		await expect(first).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.press('ArrowRight');
		await expect(first).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('ArrowRight');
		const child = first.getByRole('treeitem').first();
		await expect(child).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/node=/);
		const selected = tree.locator('[role="treeitem"][aria-selected="true"]');
		await expect(selected).toHaveCount(1);
		// The selected item is a grandchild of the first position: Left goes up to its parent.
		await expect(selected).toHaveAttribute('aria-level', '3');
		await page.keyboard.press('ArrowLeft');
		await expect(page.locator(':focus')).toHaveAttribute('aria-level', '2');
		await page.keyboard.press('Home');
		await expect(first).toBeFocused();
		expect(errors).toEqual([]);
	});

	test('focus mode and filters hide what is out of scope', async ({ page }) => {
		await openMap(page, '?node=new-caledonia');
		const visibleCount = () =>
			page
				.getByTestId('graph')
				.evaluate(
					(el) =>
						(
							el as unknown as { _cyreg: { cy: { nodes(s: string): { length: number } } } }
						)._cyreg.cy.nodes(':visible').length
				);
		const all = await visibleCount();
		await page.getByLabel('Focus').selectOption('1');
		await expect.poll(visibleCount).toBeLessThan(all);
		await page.getByLabel('Focus').selectOption('0');
		await page.getByRole('checkbox', { name: 'evidence' }).uncheck();
		await expect.poll(visibleCount).toBeLessThan(all);
	});
});

test('a large map loads its data apart, opens on its first position, and Fit shows it all', async ({
	page
}) => {
	const errors = watchConsole(page);
	const fetched: string[] = [];
	page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
	await page.goto('/maps/large/');
	const graph = page.getByTestId('graph');
	await graphDrawn(page);
	expect(fetched).toContain('/maps/large/viewer.json');
	await expect(page.getByText('A large map: the view starts at its first position.')).toBeVisible();
	type Cy = {
		nodes(): {
			length: number;
			filter(f: (n: { renderedPosition(): { x: number; y: number } }) => boolean): {
				length: number;
			};
		};
		width(): number;
		height(): number;
	};
	const counts = () =>
		graph.evaluate((el) => {
			const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
			const inView = cy.nodes().filter((n) => {
				const p = n.renderedPosition();
				return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
			}).length;
			return { inView, total: cy.nodes().length };
		});
	const visibleNodes = async () => (await counts()).inView;
	// The first batch is what lies around the opening view; the rest follows in more batches.
	await graphDrawn(page, 'complete');
	expect(Number(await graph.getAttribute('data-batches'))).toBeGreaterThan(1);
	const { total } = await counts();
	expect(total).toBeGreaterThan(1000);
	const atStart = await visibleNodes();
	expect(atStart).toBeGreaterThan(0);
	expect(atStart).toBeLessThan(total / 4);
	await page.getByRole('button', { name: 'Fit' }).click();
	await expect.poll(visibleNodes).toBe(total);
	await expect(page.getByText('A large map: the view starts')).toHaveCount(0);
	// Search works on the fetched map as on an inlined one.
	await searchBox(page).fill('urpovin moollan');
	await expect(
		page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
	).toContainText('Claim 198');
	expect(errors).toEqual([]);
});

test('a search from a link on a large map lights its hits and dims every other node', async ({
	page
}) => {
	const errors = watchConsole(page);
	// Every node ends up lit or dimmed, whether it was drawn before the hits came or after.
	await page.goto('/maps/large/?q=urpovin%20moollan');
	const graph = page.getByTestId('graph');
	await graphDrawn(page, 'complete');
	await expect(graph).not.toHaveAttribute('data-matches', '0');
	type Cy = { nodes(selector?: string): { length: number } };
	const classes = () =>
		graph.evaluate((el) => {
			const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
			return {
				total: cy.nodes().length,
				lit: cy.nodes('.match').length,
				dim: cy.nodes('.dim').length
			};
		});
	await expect.poll(async () => (await classes()).lit).toBeGreaterThan(0);
	const { total, lit, dim } = await classes();
	expect(lit + dim).toBe(total);
	expect(errors).toEqual([]);
});
