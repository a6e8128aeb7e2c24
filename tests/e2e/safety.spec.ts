import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { graphDrawn, openMap, watchConsole } from './helpers';

test('axe finds no serious or critical violations on the index, a map page, an embed and an outline page', async ({
	page
}) => {
	// axe takes about 10 s over the 1,100 items of the large map's outline.
	test.setTimeout(90_000);
	for (const path of [
		'/',
		'/maps/japan-nato/?node=quote-status-quo-by-force',
		'/embed/japan-nato/?node=quote-status-quo-by-force',
		'/maps/large/outline/'
	]) {
		await page.goto(path);
		if (path.includes('/japan-nato/')) await graphDrawn(page);
		const results = await new AxeBuilder({ page }).analyze();
		// And, though axe rates them moderate, the landmarks a screen reader jumps by.
		const landmarks = ['landmark-one-main', 'page-has-heading-one', 'landmark-no-duplicate-main'];
		const bad = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical' || landmarks.includes(v.id)
		);
		expect(bad.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
			[]
		);
	}
});

test('markup and script in a map stay inert text', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/maps/hostile/?node=markup');
	await graphDrawn(page);
	await expect(page.locator('#panel-details .text')).toHaveText(
		'This text carries <script>window.pwned = 1</script> and <img src=x onerror="window.pwned = 2"> as plain text.'
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>');
	await page.getByRole('tab', { name: 'Outline' }).click();
	expect(
		await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)
	).toBeUndefined();
	expect(await page.locator('main img, aside img, aside script').count()).toBe(0);
	expect(errors).toEqual([]);
});

test('the built pages carry a Content-Security-Policy', async ({ request }) => {
	const html = await (await request.get('/maps/japan-nato/')).text();
	expect(html).toMatch(/http-equiv="content-security-policy"[^>]*script-src 'self'/);
	expect(html).toContain("object-src 'none'");
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the map page shows the whole outline', async ({ page }) => {
		await page.goto('/maps/japan-nato/');
		const outline = page.getByRole('navigation', { name: 'Outline of the argument map' });
		await expect(outline).toBeVisible();
		await expect(outline.getByRole('listitem').first()).toContainText('Japan first');
		// Every node of the map is in it.
		expect(await outline.getByRole('listitem').count()).toBeGreaterThanOrEqual(99);
		await expect(outline.getByRole('link', { name: 'Japan first' }).first()).toHaveAttribute(
			'href',
			'?node=japan-first'
		);
		await expect(page.locator('.nojs')).toContainText('The interactive graph needs JavaScript');
		await expect(page.locator('.nojs')).toBeVisible();
		// Controls that need script are not offered.
		await expect(page.getByRole('search')).toBeHidden();
		await expect(page.getByRole('toolbar', { name: 'Graph controls' })).toBeHidden();
		await expect(page.getByRole('tablist', { name: 'Panel' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
	});

	test('a large map links to its outline, on a page of its own that leads back to each node', async ({
		page
	}) => {
		await page.goto('/maps/large/');
		// The page does not carry the outline of its 1,100 nodes: it links to it.
		await expect(page.getByRole('navigation', { name: 'Outline of the argument map' })).toHaveCount(
			0
		);
		await expect(page.locator('.nojs')).toContainText('The interactive graph needs JavaScript');
		const link = page.getByRole('link', { name: 'read the outline' });
		// With its slash: the outline's links are relative to the map page, one folder up.
		await expect(link).toHaveAttribute('href', /\/maps\/large\/outline\/$/);
		await link.click();
		await expect(page).toHaveURL(/\/maps\/large\/outline\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Outline:');
		const outline = page.getByRole('navigation', { name: 'Outline of the argument map' });
		expect(await outline.getByRole('listitem').count()).toBe(1100);
		// The page loads no script, and its links open the viewer on their node.
		expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
		await outline.getByRole('link').nth(5).click();
		await expect(page).toHaveURL(/\/maps\/large\/\?node=[^/]+$/);
	});

	test('the outline of a hostile map shows its markup as text', async ({ page }) => {
		await page.goto('/maps/hostile/');
		const outline = page.getByRole('navigation', { name: 'Outline of the argument map' });
		await expect(outline).toContainText('<script>window.pwned = 1</script>');
		await expect(outline.locator('script, img')).toHaveCount(0);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	test('the panels stack under the graph', async ({ page }) => {
		const errors = watchConsole(page);
		await openMap(page);
		const graph = await page.getByTestId('graph').boundingBox();
		const side = await page.getByRole('complementary', { name: 'Panels' }).boundingBox();
		expect(side!.y).toBeGreaterThanOrEqual(graph!.y + graph!.height - 1);
		expect(side!.width).toBeLessThanOrEqual(390);
		await page.screenshot({ path: test.info().outputPath('phone.png'), fullPage: true });
		expect(errors).toEqual([]);
	});
});
