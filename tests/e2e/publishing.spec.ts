/**
 * Publishing: node pages read without JavaScript, the built site's pages and files as
 * crawlers and link previews read them, the embed inside another site's frame, the Embed
 * dialog, and the printed map.
 */
import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { graphDrawn, watchConsole } from './helpers';

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

test.describe('a node page without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the node, its quote and source, and links to what supports and contests it', async ({
		page
	}) => {
		await page.goto('/maps/japan-nato/nodes/quote-status-quo-by-force/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quote: status quo by force');
		await expect(page.locator('blockquote')).toContainText('alter the status quo by force');
		await expect(page.locator('figcaption cite')).toContainText('NATO and Japan');
		// The page loads no script at all.
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);

		await page.goto('/maps/japan-nato/nodes/japan-first/');
		const supported = page.getByRole('region', { name: 'Supported by' });
		await expect(supported.getByRole('link')).toHaveCount(2);
		const contested = page.getByRole('region', { name: 'Contested by' });
		await expect(contested).toContainText('attacked by');
		await contested.getByRole('link', { name: 'Global Japan' }).click();
		await expect(page).toHaveURL(/\/maps\/japan-nato\/nodes\/global-japan\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Global Japan');

		const open = page.getByRole('link', { name: /Open in the interactive map/ });
		await expect(open).toHaveAttribute('href', /\?node=global-japan$/);
		await open.click();
		await expect(page).toHaveURL(/\/maps\/japan-nato\/\?node=global-japan$/);
	});
});

test('a node page links into the viewer, which opens on the node', async ({ page }) => {
	await page.goto('/maps/japan-nato/nodes/japan-first/');
	await page.getByRole('link', { name: /Open in the interactive map/ }).click();
	await graphDrawn(page);
	await expect(page.locator('#panel-details h2')).toHaveText('Japan first');
});

test('every node has a page with its title and card tags, and the sitemap lists them', async ({
	request
}) => {
	const sitemap = await (await request.get('/sitemap.xml')).text();
	const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toContain('User-agent: *');
	// A large map's outline is a page of its own; a smaller map's is in its page.
	expect(listed.has('/maps/large/outline/')).toBe(true);
	expect(listed.has('/maps/japan-nato/outline/')).toBe(false);
	for (const id of ['japan-nato', 'hostile']) {
		expect(listed.has(`/maps/${id}/`)).toBe(true);
		const map = (await (await request.get(`/maps/${id}/viewer.json`)).json()) as {
			title: string;
			nodes: { id: string; title: string }[];
		};
		for (const node of map.nodes) {
			const path = `/maps/${id}/nodes/${node.id}/`;
			expect(listed.has(path), path).toBe(true);
			const html = await (await request.get(path)).text();
			expect(html, path).toContain('<title>');
			for (const key of ['og:title', 'og:description', 'og:image'])
				expect(html, `${path} ${key}`).toContain(`<meta property="${key}"`);
			expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
			expect(attr(html, /<link rel="canonical" href="([^"]+)"/), path).toBe(path);
		}
	}
	for (const card of ['/maps/japan-nato/card.png', '/maps/japan-nato/nodes/japan-first/card.png']) {
		const response = await request.get(card);
		expect(response.headers()['content-type']).toBe('image/png');
		expect((await response.body()).subarray(1, 4).toString()).toBe('PNG');
	}
});

test('the oEmbed description is valid and found from the map page', async ({ request }) => {
	const html = await (await request.get('/maps/japan-nato/')).text();
	const href = attr(html, /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
	expect(href).toBe('/maps/japan-nato/oembed.json');
	const oembed = await (await request.get(href!)).json();
	expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Ronten' });
	expect(oembed.width).toBeGreaterThan(0);
	expect(oembed.height).toBeGreaterThan(0);
	expect(oembed.html).toMatch(/^<iframe src="\/embed\/japan-nato\/" title="Argument map: NATO/);
	const ld = JSON.parse(
		attr(html, /<script type="application\/ld\+json">([^<]*)<\/script>/) ?? 'null'
	);
	expect(ld).toMatchObject({ '@type': 'CreativeWork', name: expect.stringContaining('NATO') });
	expect(ld.citation[0]).toMatchObject({ '@type': 'CreativeWork', author: 'Tsuruoka Michito' });
});

test("a hostile map's title and text stay text in every meta tag and JSON-LD block", async ({
	page,
	request
}) => {
	const title = 'Markup <b>bold</b> & <script>window.pwned = 4</script> in a title';
	for (const path of ['/maps/hostile/', '/maps/hostile/nodes/markup/', '/embed/hostile/']) {
		const html = await (await request.get(path)).text();
		const head = html.slice(0, html.indexOf('</head>'));
		// The only scripts in the head are SvelteKit's own and the JSON-LD block.
		expect(head.match(/<script/g)?.length ?? 0, path).toBeLessThanOrEqual(2);
		expect(head, path).not.toContain('<b>bold');
		for (const content of head.matchAll(/content="([^"]*)"/g))
			expect(content[1], path).not.toMatch(/<script|<img/);
		const ld = attr(head, /<script type="application\/ld\+json">([^<]*)<\/script>/);
		if (ld) expect(JSON.parse(ld).name).toBe(title);
	}
	const oembed = await (await request.get('/maps/hostile/oembed.json')).json();
	expect(oembed.title).toBe(title);
	expect(oembed.html).not.toContain('<script');

	const errors = watchConsole(page);
	for (const path of ['/maps/hostile/nodes/markup/', '/embed/hostile/?node=markup']) {
		await page.goto(path);
		await expect(page).toHaveTitle(/<script>window\.pwned = 4<\/script>/);
	}
	await graphDrawn(page);
	expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
	expect(errors).toEqual([]);
});

/**
 * A page of another site (the same address on another port) that frames the embed, passing its
 * own query on; `around` puts the page's own text before and after the frame.
 */
async function hostPage(
	baseURL: string | undefined,
	around: { before?: string; after?: string } = {}
): Promise<{ server: Server; url: string }> {
	const server = createServer((req, res) => {
		const query = new URL(req.url ?? '/', 'http://host').search;
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(
			`<!doctype html><title>Host</title><h1>A blog post</h1>${around.before ?? ''}` +
				`<iframe title="Argument map" width="320" height="520" src="${baseURL}/embed/japan-nato/${query}"></iframe>` +
				(around.after ?? '')
		);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const address = server.address();
	return {
		server,
		url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
	};
}

test.describe('the embed inside another site', () => {
	let host: Server;
	let hostUrl = '';
	test.beforeAll(async ({ baseURL }) => {
		({ server: host, url: hostUrl } = await hostPage(baseURL));
	});
	test.afterAll(() => host.close());

	test('draws the graph, opens on the node, searches, fits 320 px and links back', async ({
		page
	}) => {
		const errors = watchConsole(page);
		await page.goto(`${hostUrl}/?node=japan-first&theme=dark`);
		const frame = page.frameLocator('iframe');
		await expect(frame.getByTestId('graph')).toHaveAttribute('data-ready', 'true', {
			timeout: 30_000
		});
		await expect(frame.locator('#panel-details h2')).toHaveText('Japan first');
		// The embed's details say whether the node stands, as the map page's do.
		await expect(frame.getByTestId('node-evaluation')).toContainText('undecided');
		await expect(frame.locator('.embed')).toHaveClass(/dark/);
		const back = frame.getByRole('link', { name: /Full map/ });
		await expect(back).toHaveAttribute('href', /\/maps\/japan-nato\/\?node=japan-first$/);
		await expect(back).toHaveAttribute('target', '_blank');
		// Verdicts on the graph and a what-if, as on the map page, and the frame says so.
		const evaluate = frame.getByRole('button', { name: 'Evaluate' });
		await evaluate.click();
		await expect(evaluate).toHaveAttribute('aria-pressed', 'true');
		await expect(frame.getByTestId('graph')).toHaveAttribute('data-evaluated', 'true');
		await frame.getByTestId('suppose-rejected').click();
		const hypothetical = frame.getByTestId('hypothetical');
		await expect(hypothetical).toContainText('1 supposition');
		// Nothing runs off the side of a 320 px column.
		const inner = page.frames().find((f) => f.url().includes('/embed/'))!;
		expect(await inner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		await hypothetical.getByRole('button', { name: 'Reset to the map' }).click();
		await expect(hypothetical).toHaveCount(0);
		// The host page's history is not the frame's: a search and a selection do not add to it.
		const entries = await page.evaluate(() => history.length);
		await frame.getByRole('combobox', { name: /Search the map/ }).fill('deterrence');
		await frame
			.getByRole('option', { name: /Cross-regional deterrence/ })
			.first()
			.click();
		await expect(frame.locator('#panel-details h2')).toHaveText('Cross-regional deterrence');
		expect(await page.evaluate(() => history.length)).toBe(entries);
		expect(errors).toEqual([]);
	});
});

test.describe('the embed further down another site', () => {
	let host: Server;
	let hostUrl = '';
	test.beforeAll(async ({ baseURL }) => {
		// The frame starts in view (a frame out of view gets no animation frames, and may not even
		// start), low enough that centring a quote in the whole page would move it.
		({ server: host, url: hostUrl } = await hostPage(baseURL, {
			before: '<p style="height: 500px">A long post.</p>',
			after: '<p style="height: 2000px">More of the post.</p>'
		}));
	});
	test.afterAll(() => host.close());

	test('opened on a quote or an outline row, never scrolls the page around it', async ({
		page
	}) => {
		for (const view of ['source', 'outline']) {
			await page.goto(`${hostUrl}/?node=quote-interregional-competition&view=${view}`);
			const frame = page.frameLocator('iframe');
			await expect(frame.locator(`#panel-${view}`)).toBeVisible({ timeout: 30_000 });
			const node = 'quote-interregional-competition';
			const shown = view === 'source' ? `mark[data-nodes~="${node}"]` : `[data-id="${node}"]`;
			await expect(frame.locator(`#panel-${view} ${shown}`).first()).toBeAttached();
			// The (smooth) scroll to the node, had it reached the page, would be under way by now.
			await page.waitForTimeout(800);
			expect(await page.evaluate(() => scrollY)).toBe(0);
		}
	});
});

test('the map page offers a ready iframe snippet of the current node', async ({ page }) => {
	await page.goto('/maps/japan-nato/?node=japan-first');
	await graphDrawn(page);
	await page.getByText('Download', { exact: true }).click();
	await page.getByRole('button', { name: 'Embed this map…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this map' });
	await expect(dialog).toBeVisible();
	const code = dialog.getByRole('textbox', { name: 'Code' });
	await expect(code).toHaveValue(
		/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/japan-nato\/\?node=japan-first" title="Argument map: NATO and Japan[^"]*" width="800" height="500"/
	);
	await dialog
		.getByRole('combobox', { name: 'Size' })
		.selectOption({ label: 'Narrow (320 × 520)' });
	await expect(code).toHaveValue(/width="320" height="520"/);
	await dialog.getByRole('button', { name: 'Copy code' }).click();
	await expect(dialog.getByRole('status')).not.toBeEmpty();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	// The keyboard is back where it was: at the menu the dialog was opened from.
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.closest('details') !== null))
		.toBe(true);
});

test('a map page prints as its overview, outline with quotes and sources, not the canvas', async ({
	page
}) => {
	await page.goto('/maps/japan-nato/');
	await graphDrawn(page);
	await page.emulateMedia({ media: 'print' });
	const printed = page.locator('.print-map');
	await expect(printed).toBeVisible();
	await expect(page.getByTestId('graph')).toBeHidden();
	await expect(printed.getByRole('heading', { name: 'Positions' })).toBeVisible();
	await expect(printed).toContainText('alter the status quo by force');
	await expect(printed.getByRole('heading', { name: 'Sources' })).toBeVisible();
	await expect(printed).toContainText('Tsuruoka Michito');
	await page.emulateMedia({ media: 'screen' });
	await expect(printed).toBeHidden();
});
