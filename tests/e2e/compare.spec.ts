import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers';

test('a teacher compares a student map with the reference map, read in the browser', async ({
	page
}) => {
	const errors = watchConsole(page);
	await page.goto('/compare/');
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.method() + ' ' + r.url()));

	await page.getByLabel('1. Reference map').selectOption('japan-nato');
	await expect(page.getByRole('status')).toContainText('Now open the student’s file.');
	await page
		.getByLabel(/The student’s map/)
		.setInputFiles([
			'tests/fixtures/compare/reversed.argdown',
			'tests/fixtures/compare/sources/nato-and-japan.txt'
		]);
	await expect(page.getByRole('status')).toContainText("Compared The skeptics' case");
	// Nothing is sent anywhere: the reference map is the site's own prerendered file.
	expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);

	await expect(page.getByTestId('coverage')).toHaveText(/^\d+%$/);
	await expect(page.locator('.sentences li')).toHaveCount(3);
	await expect(page.locator('.sentences')).toContainText(
		'The student has «Cross-regional deterrence», with 0 of the 6 reasons for it and 2 of the 2 objections to it'
	);
	await expect(page.getByRole('heading', { name: 'Reversed (2)' })).toBeVisible();
	await expect(page.locator('.conflicts > li')).toHaveCount(2);
	await expect(page.locator('.conflicts > li').first()).toContainText('Complementarity');
	await expect(page.getByRole('heading', { name: /^Missing \(\d+\)$/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Extra (0)' })).toBeVisible();

	// A matched pair, side by side, from the keyboard.
	const pair = page.getByRole('button', { name: /Complementarity Allies should complement/ });
	await pair.focus();
	await page.keyboard.press('Enter');
	await expect(pair).toHaveAttribute('aria-pressed', 'true');
	const shown = page.getByTestId('pair');
	await expect(shown.getByRole('article', { name: 'Reference node' })).toContainText(
		'Rather than compete for resources'
	);
	await expect(shown.getByRole('article', { name: 'Student node' })).toContainText(
		'Allies should complement'
	);
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('pair')).toHaveCount(0);

	// The report can be taken away as JSON.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the report (JSON)' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('japan-nato-vs-reversed.compare.json');
	expect(errors).toEqual([]);
});

test('a Kialo export is compared too, and a broken file shows its problems', async ({ page }) => {
	const errors = watchConsole(page);
	await page.goto('/compare/');
	const input = page.getByLabel(/The student’s map/);
	await input.setInputFiles({
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{\n  "nodes": [\n    {"nodeID": 1,\n')
	});
	await expect(page.getByRole('status')).toContainText('No map could be read');
	await expect(page.locator('.diagnostics li').first()).toContainText('broken.json:4:1');
	await expect(page.getByTestId('coverage')).toHaveCount(0);

	await input.setInputFiles('tests/fixtures/compare/kialo.txt');
	await expect(page.getByRole('status')).toContainText('Now choose the reference map.');
	await page.getByLabel('1. Reference map').selectOption('japan-nato');
	await expect(page.getByRole('status')).toContainText('(15 nodes)');
	await expect(page.getByRole('heading', { name: 'Matched (14)' })).toBeVisible();
	expect(errors).toEqual([]);
});

test('the index links to the compare page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Compare maps' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare with a reference map');
	await expect(page.getByLabel('1. Reference map').locator('option')).toContainText([
		'Choose a map…',
		'NATO and Japan — Getting Serious About Cross-regional Deterrence'
	]);
});
