import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Download, type Page } from '@playwright/test';
import { graphDrawn, openMap, watchConsole } from './helpers';

async function downloaded(
	page: Page,
	click: () => Promise<void>
): Promise<{ name: string; body: Buffer }> {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	const d = download as Download;
	return { name: d.suggestedFilename(), body: readFileSync((await d.path()) as string) };
}

test('the map page offers every export format and images of the view', async ({ page }) => {
	const errors = watchConsole(page);
	await openMap(page);
	await page.getByText('Download', { exact: true }).click();
	const menu = page.locator('.menu');
	for (const format of ['json', 'argdown', 'aif', 'graphml', 'dot'])
		await expect(menu.getByRole('link', { name: new RegExp(`^${format} `) })).toBeVisible();

	// The menu closes after each choice (and on an outside click): open it again for the next.
	const reopen = async () => {
		const open = await page
			.locator('details.downloads')
			.evaluate((d) => (d as HTMLDetailsElement).open);
		if (!open) await page.getByText('Download', { exact: true }).click();
	};
	const aif = await downloaded(page, () => menu.getByRole('link', { name: /^aif / }).click());
	await expect(page.locator('details.downloads')).not.toHaveAttribute('open');
	expect(aif.name).toBe('japan-nato.aif.json');
	const nodes = JSON.parse(aif.body.toString()).nodes as { type: string }[];
	expect(nodes.filter((n) => n.type === 'I').length).toBeGreaterThan(90);

	await reopen();
	const argdown = await downloaded(page, () =>
		menu.getByRole('link', { name: /^argdown / }).click()
	);
	expect(argdown.body.toString()).toContain('#position');

	await reopen();
	const png = await downloaded(page, () => menu.getByRole('button', { name: /PNG/ }).click());
	expect(png.name).toBe('japan-nato.png');
	expect(png.body.subarray(1, 4).toString()).toBe('PNG');
	await reopen();
	const svg = await downloaded(page, () => menu.getByRole('button', { name: /SVG/ }).click());
	expect(svg.name).toBe('japan-nato.svg');
	expect(svg.body.toString()).toMatch(/<svg[\s>]/);
	expect(errors).toEqual([]);
});

test('a Kialo export opens as a map, read in the browser', async ({ page }) => {
	const errors = watchConsole(page);
	const requests: string[] = [];
	await page.goto('/open/');
	page.on('request', (r) => requests.push(r.method() + ' ' + r.url()));
	await page.getByLabel(/Drop files here/).setInputFiles('tests/fixtures/kialo/car-free.txt');
	await graphDrawn(page);
	await expect(page.getByRole('status').first()).toContainText('6 nodes, read as kialo');
	await expect(page.getByRole('heading', { level: 1, name: /ban cars/ })).toBeVisible();
	// The map is brought up to the top of the window, above the picker it was opened with.
	await expect
		.poll(() =>
			page.locator('.viewer').evaluate((el) => Math.round(el.getBoundingClientRect().top))
		)
		.toBeLessThanOrEqual(1);
	// Nothing is sent anywhere: only the site's own scripts load.
	expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);

	const searchBox = page.getByRole('combobox', { name: /Search the map/ });
	await searchBox.fill('cargo');
	await expect(
		page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
	).toContainText('Cargo bikes');

	await page.getByText('Download', { exact: true }).click();
	const file = await downloaded(page, () =>
		page.locator('.menu').getByRole('button', { name: 'argdown' }).click()
	);
	expect(file.name).toBe('car-free.argdown');
	expect(file.body.toString()).toContain(
		'[City centres should be car-free]: City centres should be car-free. #position'
	);
	expect(errors).toEqual([]);
});

test('an Argdown map opens with its source text, and an AIF file with its quotes', async ({
	page
}) => {
	const errors = watchConsole(page);
	await page.goto('/open/');
	const input = page.getByLabel(/Drop files here/);
	await input.setInputFiles([
		'tests/fixtures/valid/cities.argdown',
		'tests/fixtures/valid/sources/speech.txt'
	]);
	await graphDrawn(page);
	await expect(page.getByRole('status').first()).toContainText('read as argdown.');
	await expect(page.locator('.diagnostics')).toHaveCount(0);

	await input.setInputFiles('tests/fixtures/aif/taxes-ova.json');
	await expect(page.getByRole('status').first()).toContainText('2 nodes, read as aif');
	await graphDrawn(page);
	await page.getByRole('tab', { name: 'Source' }).click();
	await expect(page.locator('#panel-source mark')).toHaveText([
		'taxes must go up',
		'our schools need money'
	]);
	expect(errors).toEqual([]);
});

test('a broken file shows its problems with line and JSON path, and no map', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/open/');
	await page.getByLabel(/Drop files here/).setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			'{\n  "nodes": [\n    {"nodeID": "1", "text": "A"}\n  ],\n  "edges": []\n}\n'
		)
	});
	const problem = page.locator('.diagnostics li').first();
	await expect(problem).toContainText('broken.json:3:5');
	await expect(problem).toContainText('invalid-aif');
	await expect(problem).toContainText('$.nodes[0].type');
	await expect(page.getByTestId('graph')).toHaveCount(0);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => v.id)
	).toEqual([]);
	expect(errors).toEqual([]);
});

test('an opened map survives a reload in Recently opened, until the reader forgets it', async ({
	page
}) => {
	const errors = watchConsole(page);
	await page.goto('/open/');
	await page.getByLabel(/Drop files here/).setInputFiles('tests/fixtures/kialo/car-free.txt');
	await graphDrawn(page);
	const recent = page.getByRole('region', { name: 'Recently opened' });
	await expect(recent.getByRole('listitem')).toHaveCount(1);

	await page.reload();
	await expect(page.getByTestId('graph')).toHaveCount(0);
	const reopen = recent.getByRole('button', { name: 'Reopen Should cities ban cars' });
	await expect(reopen).toBeVisible();
	await expect(recent).toContainText('car-free.txt');
	await reopen.focus();
	await page.keyboard.press('Enter');
	await graphDrawn(page);
	await expect(page.getByRole('status').first()).toContainText('6 nodes, read as kialo');

	await recent.getByRole('button', { name: /^Forget Should cities/ }).click();
	await expect(recent).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Open a file' })).toBeVisible();
	await expect(recent).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a picture is not a map, and Ronten JSON opens as a map', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/open/');
	const input = page.getByLabel(/Drop files here/);
	await input.setInputFiles({
		name: 'view.png',
		mimeType: 'image/png',
		buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
	});
	const problem = page.locator('.diagnostics li');
	await expect(problem).toHaveCount(1);
	await expect(problem).toContainText('"view.png" is not a map: it is a PNG image.');
	await expect(problem).toContainText('Kialo');
	await expect(problem).not.toContainText('UTF-8');

	await page.goto('/maps/japan-nato/');
	await page.getByText('Download', { exact: true }).click();
	const json = await downloaded(page, () =>
		page
			.locator('.menu')
			.getByRole('link', { name: /^json / })
			.click()
	);
	await page.goto('/open/');
	await page.getByLabel(/Drop files here/).setInputFiles({
		name: json.name,
		mimeType: 'application/json',
		buffer: json.body
	});
	await graphDrawn(page);
	await expect(page.getByRole('status').first()).toContainText('read as json.');
	await expect(page.locator('.diagnostics')).toHaveCount(0);
	expect(errors).toEqual([]);
});
