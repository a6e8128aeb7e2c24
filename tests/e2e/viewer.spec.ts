import { expect, test, type Page } from '@playwright/test';
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
		const link = panel.getByRole('link', { name: 'claim Complementarity', exact: true }).first();
		await expect(link).toHaveAttribute('href', /\/maps\/japan-nato\/\?node=complementarity$/);
		await link.click();
		await expect(panel.getByRole('heading', { name: 'Complementarity' })).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('a search lists and highlights its hits; keys move through them', async ({ page }) => {
		const errors = watchConsole(page);
		await openMap(page);
		// Queries run in a worker, started when the page is first idle or the box is first used.
		await page.keyboard.press('/');
		await expect(searchBox(page)).toBeFocused();
		await page.keyboard.type('artillery');
		const results = page.getByRole('listbox', { name: 'Search results' });
		await expect(results.getByRole('option').first()).toContainText('North Korean shells');
		await expect
			.poll(() => page.workers().map((w) => w.url()))
			.toContainEqual(expect.stringMatching(/search-worker/));
		await expect(page.getByTestId('graph')).not.toHaveAttribute('data-matches', '0');
		await page.keyboard.press('ArrowDown');
		// The first option when the key was pressed; the full search may since have moved it.
		await expect(results.locator('[aria-selected="true"]')).toHaveCount(1);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/node=/);
		await expect(page.locator('#panel-details h2')).toBeVisible();
		expect(errors).toEqual([]);
	});

	test('the option a reader moved to stays chosen when the full search replaces the quick hits', async ({
		page,
		context
	}) => {
		const errors = watchConsole(page);
		// Hold the index back, so that quick search answers first and the full search comes after
		// the reader has pressed a key.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await context.route('**/search.json', async (route) => {
			await held;
			await route.continue();
		});
		await openMap(page);
		await searchBox(page).click();
		await page.keyboard.type('japan');
		const results = page.getByRole('listbox', { name: 'Search results' });
		const options = results.getByRole('option');
		await expect(options.first()).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Searching…' })).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const chosen = results.locator('[aria-selected="true"]');
		await expect(chosen).toHaveCount(1);
		const title = await chosen.locator('.title').textContent();
		release();
		await expect(page.getByRole('status').filter({ hasText: /\bresults?\b/ })).toBeVisible();
		// The full search's hits are in; the same hit is still the chosen one, wherever it now is.
		await expect(chosen).toHaveCount(1);
		await expect(chosen.locator('.title')).toHaveText(title!);
		await expect(searchBox(page)).toHaveAttribute(
			'aria-activedescendant',
			(await chosen.getAttribute('id'))!
		);
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
		await page.getByRole('button', { name: 'Show in source' }).press('Enter');
		await expect(page.locator('#panel-source mark.current')).toContainText('Chinese semiconductor');
		// The keyboard follows: the quote, not the page, has focus.
		await expect(page.locator('#panel-source mark.current [role="button"]')).toBeFocused();
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
	// A click far from the opening view finds its node.
	const far = await graph.evaluate((el) => {
		type Far = { nodes(): { last(): { id(): string } } };
		const cy = (el as unknown as { _cyreg: { cy: Far } })._cyreg.cy;
		return { id: cy.nodes().last().id() };
	});
	await clickNode(page, far.id);
	await expect(page).toHaveURL(new RegExp(`node=${encodeURIComponent(far.id)}`));
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

test('a large map draws its edges itself: under the nodes, filtered with them, lit by a trace, in images', async ({
	page
}) => {
	const errors = watchConsole(page);
	await page.goto('/maps/large/');
	const graph = page.getByTestId('graph');
	await graphDrawn(page, 'complete');
	type Cy = { edges(): { length: number } };
	expect(
		await graph.evaluate((el) => (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy.edges().length)
	).toBe(0);
	const drawn = async () => Number(await graph.getAttribute('data-edges-drawn'));
	await expect.poll(drawn).toBeGreaterThan(0);
	const atStart = await drawn();
	// The lines are on the canvas under Cytoscape's: some of its pixels are painted.
	const painted = () =>
		graph.evaluate((el) => {
			const canvas = el.querySelector<HTMLCanvasElement>('[data-testid="edge-canvas"]')!;
			const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
			let count = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
			return count;
		});
	expect(await painted()).toBeGreaterThan(1000);
	// An edge is drawn only while both its nodes are shown.
	await page.getByRole('checkbox', { name: 'claim' }).uncheck();
	await expect.poll(drawn).toBeLessThan(atStart);
	await page.getByRole('checkbox', { name: 'claim' }).check();
	await expect.poll(drawn).toBe(atStart);
	// Fit shows the whole map, and every edge with it.
	await page.getByRole('button', { name: 'Fit' }).click();
	await expect.poll(drawn).toBeGreaterThan(1000);
	// The arrow keys walk along the edges, which Cytoscape does not hold.
	await graph.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/node=/);
	const walkedTo = new URL(page.url()).searchParams.get('node');
	await page.keyboard.press('Home');
	await page.keyboard.press('Enter');
	await expect.poll(() => new URL(page.url()).searchParams.get('node')).not.toBe(walkedTo);
	// A trace of that first position lights its edges (a halo under each) and dims the rest.
	await page.getByRole('tab', { name: 'Trace' }).click();
	await expect(graph).not.toHaveAttribute('data-traced', '0');
	await page.getByRole('button', { name: 'Centre on selection' }).click();
	// An image of the view has the edges under the nodes.
	await page.getByText('Download', { exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'SVG image of this view' }).click()
	]);
	const chunks: Buffer[] = [];
	for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
	const svg = Buffer.concat(chunks).toString('utf8');
	expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#007a5e"/);
	expect(svg.indexOf('stroke="#007a5e"')).toBeLessThan(svg.lastIndexOf('<svg'));
	expect(svg).toContain('stroke-opacity="0.35"');
	expect(svg).toMatch(/opacity="0\.15"/);
	expect(errors).toEqual([]);
});

for (const [where, path, size] of [
	['map page', '/maps/large/', { width: 1280, height: 800 }],
	['embed on a phone', '/embed/large/', { width: 390, height: 844 }]
] as const)
	test(`a large map draws its graph before its panels, which follow without moving it (${where})`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		// When the tabs and the graph's first frame appear, in the page's own clock, and where
		// the graph was on screen then.
		await page.addInitScript(() => {
			const seen: Record<string, number> = {};
			(window as unknown as { seen: typeof seen }).seen = seen;
			new MutationObserver(() => {
				const graph = document.querySelector<HTMLElement>('[data-testid="graph"]');
				if (graph?.dataset.ready && !seen.graph) {
					seen.graph = performance.now();
					seen.top = graph.getBoundingClientRect().top + scrollY;
				}
				if (document.querySelector('[role="tablist"]') && !seen.tabs) seen.tabs = performance.now();
			}).observe(document, { subtree: true, childList: true, attributes: true });
		});
		await page.goto(path);
		const graph = await graphDrawn(page);
		await expect(page.getByRole('tab', { name: 'Outline' })).toBeVisible();
		const seen = await page.evaluate(
			() => (window as unknown as { seen: Record<string, number> }).seen
		);
		expect(seen.tabs).toBeGreaterThan(seen.graph!);
		const top = await graph.evaluate((el) => el.getBoundingClientRect().top + scrollY);
		expect(Math.abs(top - seen.top!)).toBeLessThan(1);
		// The panels work as on any map: the outline lists the map's positions.
		await page.getByRole('tab', { name: 'Outline' }).click();
		await expect(page.locator('#panel-outline [role="treeitem"]').first()).toBeVisible();
	});

test('the map page keeps its layout while it starts: nothing the reader sees jumps', async ({
	page
}) => {
	// Layout shifts not caused by the reader, summed (the browser's own measure).
	await page.addInitScript(() => {
		const w = window as unknown as { shifted: number };
		w.shifted = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.shifted += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto('/maps/japan-nato/');
	await graphDrawn(page, 'complete');
	// The reader's notes open after hydration: the toolbar's "only what I annotated" was added
	// then and pushed the graph down (0.27). With none, it says so (and stays disabled).
	await expect(page.getByTitle('You have annotated nothing yet')).toBeAttached();
	await expect(page.getByLabel('only what I annotated')).toBeDisabled();
	await page.waitForTimeout(300);
	expect(
		await page.evaluate(() => (window as unknown as { shifted: number }).shifted)
	).toBeLessThan(0.05);
});

test('filters that leave no node say so, instead of an empty canvas', async ({ page }) => {
	await page.goto('/maps/japan-nato/?mine=1');
	await graphDrawn(page);
	await expect(
		page.getByRole('status').filter({ hasText: 'No node passes the filters' })
	).toHaveText('No node passes the filters: you have annotated nothing on this map yet.');
	// The filter can be taken off, and the map is back.
	const only = page.getByLabel('only what I annotated');
	await expect(only).toBeEnabled();
	await only.uncheck();
	await expect(page.getByText('No node passes the filters')).toHaveCount(0);
	await expect(only).toBeDisabled();
});

test('a large map whose graph fails or never comes still shows its panels', async ({ page }) => {
	await page.route('**/maps/large/graph.json', (route) => route.abort());
	await page.goto('/maps/large/');
	await expect(page.getByText('The map could not be drawn')).toBeVisible();
	await expect(page.getByRole('tab', { name: 'Outline' })).toBeVisible();
	// A download that stalls: the outline is there a moment later all the same.
	await page.unroute('**/maps/large/graph.json');
	await page.route('**/maps/large/graph.json', () => {});
	await page.reload();
	await expect(page.getByRole('tab', { name: 'Outline' })).toBeVisible({ timeout: 5000 });
	await expect(page.getByTestId('graph')).not.toHaveAttribute('data-ready', 'true');
});

test('going back from one map to another shows the map gone back to, its graph and its panels', async ({
	page
}) => {
	const errors = watchConsole(page);
	await page.goto('/maps/large/');
	await graphDrawn(page);
	await page.getByRole('link', { name: /^Ronten/ }).click();
	await page.getByRole('link', { name: 'NATO and Japan' }).first().click();
	await expect(page).toHaveURL(/japan-nato/);
	await graphDrawn(page);
	await page.evaluate(() => history.go(-2));
	await expect(page).toHaveURL(/maps\/large\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('1100 statements');
	await expect(page.getByRole('tab', { name: 'Outline' })).toBeVisible();
	const graph = page.getByTestId('graph');
	await expect(graph).toHaveAttribute('data-ready', 'true');
	const titled = () =>
		graph.evaluate(
			(el) =>
				(
					el as unknown as { _cyreg: { cy: { nodes(s: string): { length: number } } } }
				)._cyreg.cy.nodes('[id = "position-0"]').length
		);
	await expect.poll(titled).toBe(1);
	// Forward again: the reference map, not the large one under its name.
	await page.evaluate(() => history.go(2));
	await expect(page).toHaveURL(/japan-nato/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('NATO and Japan');
	await expect.poll(titled).toBe(0);
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
	// The hits are drawn over the graph, whatever batch they came in: a veil with a hole at
	// each. Its pixels show it: clear at a hit, veiled far from any.
	type Cy = {
		nodes(selector?: string): { length: number };
		getElementById(id: string): { renderedPosition(): { x: number; y: number } };
	};
	const matched = Number(await graph.getAttribute('data-matches'));
	const hits = await page
		.getByRole('listbox', { name: 'Search results' })
		.getByRole('option')
		.count();
	expect(matched).toBe(hits);
	const alpha = await graph.evaluate((el) => {
		const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
		const canvas = el.querySelector<HTMLCanvasElement>('[data-testid="hit-overlay"]')!;
		const ctx = canvas.getContext('2d')!;
		const ratio = canvas.width / el.clientWidth;
		const at = (x: number, y: number) => ctx.getImageData(x * ratio, y * ratio, 1, 1).data[3];
		return { corner: at(2, 2), total: cy.nodes().length };
	});
	expect(alpha.corner).toBeGreaterThan(150);
	expect(errors).toEqual([]);
});

test('the search count says when more match than are listed', async ({ page }) => {
	await page.goto('/maps/large/?q=claim');
	await graphDrawn(page);
	const status = page.locator('.search-area .status');
	await expect(status).toHaveText('The first 30 results: more match, add words to narrow');
	await expect(
		page.getByRole('listbox', { name: 'Search results' }).getByRole('option')
	).toHaveCount(30);
	await searchBox(page).fill('Japan first');
	await expect(status).toHaveText(/^\d+ results?$/);
});

test.describe('what a page says about itself', () => {
	const MAP_TITLE = 'NATO and Japan — Getting Serious About Cross-regional Deterrence';

	/** The description and Open Graph tags in the page's head, by name. */
	const headTags = (page: Page) =>
		page.evaluate(() =>
			Object.fromEntries(
				[...document.head.querySelectorAll('meta[name="description"], meta[property^="og:"]')].map(
					(m) => [m.getAttribute('name') ?? m.getAttribute('property'), m.getAttribute('content')]
				)
			)
		);

	test('the map page’s title follows the selected node, and its head describes the map', async ({
		page
	}) => {
		const errors = watchConsole(page);
		await openMap(page);
		await expect(page).toHaveTitle(`${MAP_TITLE} · Ronten`);
		const tags = await headTags(page);
		expect(tags.description).toMatch(/^Should Japan spend its scarce resources/);
		expect(tags['og:description']).toBe(tags.description);
		expect(tags['og:title']).toBe(`${MAP_TITLE} · Ronten`);
		expect(tags['og:type']).toBe('website');
		// The build is not told the site's origin, so no og:url (a relative one is invalid).
		expect(tags['og:url']).toBeUndefined();
		await clickNode(page, 'japan-first');
		await expect(page).toHaveTitle(`Japan first — ${MAP_TITLE} · Ronten`);
		await page.goBack();
		await expect(page).not.toHaveURL(/node=/);
		await expect(page).toHaveTitle(`${MAP_TITLE} · Ronten`);
		expect(errors).toEqual([]);
	});

	test('the index and the Open page have a description and Open Graph tags', async ({ page }) => {
		for (const [path, title] of [
			['/', 'Ronten — argument maps'],
			['/open/', 'Open a file — Ronten']
		]) {
			await page.goto(path!);
			await expect(page).toHaveTitle(title!);
			const tags = await headTags(page);
			expect(tags.description, path).toMatch(/\w{4,}.{40,}/);
			expect(tags['og:title'], path).toBe(title);
			expect(tags['og:description'], path).toBe(tags.description);
			expect(tags['og:type'], path).toBe('website');
		}
	});

	test('論点 is marked as Japanese wherever it appears', async ({ page }) => {
		for (const path of ['/', '/maps/japan-nato/', '/no-such-page/']) {
			await page.goto(path);
			await expect(page.getByText('論点').first()).toBeVisible();
			const unmarked = await page.evaluate(() => {
				const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				const bad: string[] = [];
				for (let n = walker.nextNode(); n; n = walker.nextNode())
					if (
						n.textContent?.includes('論点') &&
						n.parentElement?.closest('[lang]')?.getAttribute('lang') !== 'ja'
					)
						bad.push(n.parentElement?.outerHTML ?? '');
				return bad;
			});
			expect(unmarked, path).toEqual([]);
		}
	});
});

test.describe('the source’s attribution', () => {
	test('the Source panel names author and publisher and links the article safely', async ({
		page
	}) => {
		const errors = watchConsole(page);
		await openMap(page, '?view=source');
		const about = page.locator('#panel-source header').first();
		await expect(about).toContainText('Tsuruoka Michito · Nippon.com · 2024');
		const link = about.getByRole('link', { name: 'https://www.nippon.com/en/in-depth/d01034/' });
		await expect(link).toHaveAttribute('href', 'https://www.nippon.com/en/in-depth/d01034/');
		await expect(link).toHaveAttribute('rel', /(^|\s)noopener(\s|$)/);
		await expect(link).toHaveAttribute('rel', /(^|\s)noreferrer(\s|$)/);
		expect(errors).toEqual([]);
	});

	test('a javascript: address in a stranger’s map is shown as text, never as a link', async ({
		page
	}) => {
		const errors = watchConsole(page);
		// The page as it would be for a map whose source gives a script address: the map's data
		// (in the page) rewritten, and the page's script hashes with it (so the CSP goes too).
		await page.route(
			(url) => url.pathname === '/maps/japan-nato/',
			async (route) => {
				const response = await route.fetch();
				const html = (await response.text())
					.replaceAll('https://www.nippon.com/en/in-depth/d01034/', 'javascript:window.pwned=1')
					.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
				await route.fulfill({ response, body: html });
			}
		);
		await openMap(page, '?view=source');
		const about = page.locator('#panel-source header').first();
		await expect(about).toContainText('javascript:window.pwned=1');
		await expect(about.getByRole('link')).toHaveCount(0);
		expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
		await page.getByRole('tab', { name: 'Details' }).click();
		expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
		expect(
			await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
		).toBeUndefined();
		expect(errors).toEqual([]);
	});
});

test('an image of the view carries the title, the source, a legend and the page', async ({
	page
}) => {
	const errors = watchConsole(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	await openMap(page, '?node=japan-first');
	const graph = await page.getByTestId('graph').boundingBox();
	const save = async (format: 'PNG' | 'SVG') => {
		await page.getByText('Download', { exact: true }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: `${format} image of this view` }).click()
		]);
		expect(download.suggestedFilename()).toBe(`japan-nato.${format.toLowerCase()}`);
		const chunks: Buffer[] = [];
		for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
		return Buffer.concat(chunks);
	};
	const svg = (await save('SVG')).toString('utf8');
	expect(svg).toContain('>NATO and Japan — Getting Serious About Cross-regional Deterrence</text>');
	expect(svg).toContain('Tsuruoka Michito · Nippon.com · 2024');
	expect(svg).toContain('https://www.nippon.com/en/in-depth/d01034/');
	expect(svg).toMatch(/>position<\/text>[\s\S]*>supports<\/text>/);
	expect(svg).toContain('/maps/japan-nato/?node=japan-first');
	expect(svg).toMatch(/ on \d{4}-\d\d-\d\d<\/text>/);
	const png = await save('PNG');
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	// Twice the pixels of the graph, and taller: the frame adds the header and the legend.
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	expect(width).toBeGreaterThanOrEqual(Math.floor(graph!.width) * 2 - 2);
	expect(height).toBeGreaterThan(graph!.height * 2 + 150);
	expect(errors).toEqual([]);
});
