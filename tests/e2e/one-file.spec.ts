/**
 * The one-file export: downloaded from the map page's Download menu, then
 * opened from disk (file://) with every request to anything but the file
 * refused. The graph draws, search finds, a node opens, evaluation and notes
 * work, and nothing leaves.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { clickNode, graphDrawn, openMap, searchBox, watchConsole } from './helpers';

const MAX_BYTES = 3 * 1024 * 1024;

/** Refuses every request but the file itself, and keeps a list of what was asked. */
async function offline(context: BrowserContext): Promise<string[]> {
	const asked: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith('file:')) return route.continue();
		asked.push(url);
		return route.abort('internetdisconnected');
	});
	return asked;
}

/** Opens a saved file in a context of its own, offline; resolves once its graph is drawn. */
async function openFromDisk(browser: Browser, file: string) {
	const context = await browser.newContext();
	const asked = await offline(context);
	const reader = await context.newPage();
	const errors = watchConsole(reader);
	await reader.goto(`file://${file}`);
	await graphDrawn(reader);
	return { context, reader, asked, errors };
}

test('the Download menu offers the map as one HTML file that works from disk, offline', async ({
	page,
	browser
}, testInfo) => {
	await openMap(page);
	await page.getByText('Download', { exact: true }).click();
	const link = page.getByRole('link', { name: /^html/ });
	await expect(link).toHaveAttribute('download', 'japan-nato.html');
	const downloaded = page.waitForEvent('download');
	await link.click();
	const file = testInfo.outputPath('japan-nato.html');
	await (await downloaded).saveAs(file);
	const response = await page.request.get('/maps/japan-nato/download/japan-nato.html');
	const html = await response.text();
	expect(Buffer.byteLength(html)).toBeLessThan(MAX_BYTES);
	writeFileSync(file, html);

	const { context, reader, asked, errors } = await openFromDisk(browser, file);
	await expect(reader.getByRole('heading', { level: 1 })).toContainText('NATO and Japan');

	// Search answers from the index inside the file.
	await searchBox(reader).fill('artillery');
	const results = reader.getByRole('listbox', { name: 'Search results' });
	await expect(results.getByRole('option').first()).toContainText('North Korean shells');
	await reader.keyboard.press('ArrowDown');
	await reader.keyboard.press('Enter');
	await expect(reader.locator('#panel-details h2')).toBeVisible();
	await expect(reader).toHaveURL(/^file:.*\?.*node=/);

	// A node's links stay inside the file, and the view survives a reload.
	await clickNode(reader, 'competition-for-assets');
	const details = reader.locator('#panel-details');
	await expect(details.getByRole('heading', { name: 'Competition for assets' })).toBeVisible();
	const neighbour = details.getByRole('link', { name: 'claim Complementarity', exact: true });
	await expect(neighbour.first()).toHaveAttribute('href', '?node=complementarity');
	await neighbour.first().click();
	await expect(details.getByRole('heading', { name: 'Complementarity' })).toBeVisible();
	await reader.reload();
	await graphDrawn(reader);
	await expect(details.getByRole('heading', { name: 'Complementarity' })).toBeVisible();

	// Trace, source and evaluation run in the file too.
	await reader.getByRole('tab', { name: 'Source' }).click();
	await expect(reader.locator('#panel-source')).toContainText('Tsuruoka');
	await reader.getByRole('button', { name: 'Evaluate' }).click();
	await expect(reader.getByTestId('graph')).toHaveAttribute('data-evaluated', 'true');

	// A note is kept in the browser, across a reload.
	await reader.getByRole('tab', { name: 'Details' }).click();
	await details.getByLabel('Note', { exact: true }).fill('Kept offline.');
	await details.getByRole('button', { name: 'Save note' }).click();
	await expect(details.getByRole('region', { name: 'My note' }).getByRole('status')).toHaveText(
		'Note saved.'
	);
	await reader.reload();
	await graphDrawn(reader);
	await expect(details.getByLabel('Note', { exact: true })).toHaveValue('Kept offline.');

	expect(asked).toEqual([]);
	expect(errors).toEqual([]);
	await context.close();
});

test('the one-file export of a hostile map stays inert', async ({ page, browser }, testInfo) => {
	const response = await page.request.get('/maps/hostile/download/hostile.html');
	expect(response.ok()).toBe(true);
	const file = testInfo.outputPath('hostile.html');
	writeFileSync(file, await response.text());
	const { context, reader, asked, errors } = await openFromDisk(browser, file);
	await expect(reader.getByRole('heading', { level: 1 })).toContainText('<script>');
	await searchBox(reader).fill('script');
	await expect(
		reader.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
	).toBeVisible();
	expect(await reader.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
	expect(asked).toEqual([]);
	expect(errors).toEqual([]);
	await context.close();
});
