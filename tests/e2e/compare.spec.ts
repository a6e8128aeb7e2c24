import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { clickNode, graphDrawn, watchConsole } from './helpers';

/** The page's own status line (the viewer below it has status lines of its own). */
const status = (page: Page) => page.getByTestId('compare-status');

/** Opens the reference map and a student's file of tests/fixtures/compare. */
async function compare(page: Page, student: string) {
	await page.goto('/compare/');
	await page.getByLabel('1. Reference map').selectOption('japan-nato');
	await page
		.getByLabel(/The student’s map/)
		.setInputFiles([
			`tests/fixtures/compare/${student}`,
			'tests/fixtures/compare/sources/nato-and-japan.txt'
		]);
	await expect(status(page)).toContainText('Compared');
}

test('a teacher compares a student map with the reference map, read in the browser', async ({
	page
}) => {
	const errors = watchConsole(page);
	await page.goto('/compare/');
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.method() + ' ' + r.url()));

	await page.getByLabel('1. Reference map').selectOption('japan-nato');
	await expect(status(page)).toContainText('Now open the student’s file.');
	await page
		.getByLabel(/The student’s map/)
		.setInputFiles([
			'tests/fixtures/compare/reversed.argdown',
			'tests/fixtures/compare/sources/nato-and-japan.txt'
		]);
	await expect(status(page)).toContainText("Compared The skeptics' case");
	// Nothing is sent anywhere: the reference map is the site's own prerendered file.
	expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);

	await expect(page.getByTestId('coverage')).toHaveText(/^\d+%$/);
	await expect(page.locator('.sentences li')).toHaveCount(3);
	await expect(page.locator('.sentences')).toContainText(
		'The student has «Cross-regional deterrence», with 0 of the 6 reasons for it and 2 of the 2 objections to it'
	);
	await expect(page.getByRole('heading', { name: 'Reversed relations (2)' })).toBeVisible();
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
	await expect(status(page)).toContainText('No map could be read');
	await expect(page.locator('.diagnostics li').first()).toContainText('broken.json:4:1');
	await expect(page.getByTestId('coverage')).toHaveCount(0);

	await input.setInputFiles('tests/fixtures/compare/kialo.txt');
	await expect(status(page)).toContainText('Now choose the reference map.');
	await page.getByLabel('1. Reference map').selectOption('japan-nato');
	await expect(status(page)).toContainText('(15 nodes)');
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

test('the reference map is drawn with the student’s coverage marked, and a node shows its pair', async ({
	page
}) => {
	const errors = watchConsole(page);
	await compare(page, 'reversed.argdown');
	const graph = await graphDrawn(page);
	// Every node of the reference map carries a mark, and the legend counts them.
	await expect(graph).toHaveAttribute('data-compared', '138');
	const legend = page.getByTestId('compare-legend');
	await expect(legend).toContainText(/covered \(\d+\): the student has it/);
	await expect(legend).toContainText('other way (4): the student has it, bearing the other way');
	await expect(legend).toContainText('(dotted border)');
	const beside = page.getByRole('region', { name: 'Selected pair' });
	await expect(beside).toHaveCount(0);

	// A click on a node: the reference node beside the student's. The graph takes focus first:
	// taking it moves the keyboard cursor, and the view with it, which a click must not race.
	await graph.focus();
	const animating = () =>
		graph.evaluate((el) =>
			(el as unknown as { _cyreg: { cy: { animated(): boolean } } })._cyreg.cy.animated()
		);
	await expect.poll(animating).toBe(false);
	await clickNode(page, 'competition-for-assets');
	await expect(beside).toContainText('covered: the student has it (score');
	await expect(beside.getByRole('article', { name: 'Reference node' })).toContainText(
		'Competition for assets'
	);
	await expect(beside.getByRole('article', { name: 'Student node' })).toContainText(
		'Assets will be fought over'
	);

	// From the keyboard: the walk through what is reversed, then what is missing.
	await page.getByRole('button', { name: 'Next bearing the other way' }).focus();
	await page.keyboard.press('Enter');
	await expect(beside).toContainText('other way: the student has it, bearing the other way');
	await expect(beside.getByRole('article', { name: 'Reference node' })).toContainText(
		'Complementarity'
	);
	await expect(beside).toContainText(
		'The reference has it for «Cross-regional deterrence»; the student’s map has it against it.'
	);
	// The button keeps the focus, so Enter again goes on to the next reversed node.
	const first = await beside.locator('h4').first().textContent();
	await page.keyboard.press('Enter');
	await expect(beside.locator('h4').first()).not.toHaveText(first!);
	await expect(beside).toContainText('other way: the student has it');
	await page.getByRole('button', { name: 'Next missing' }).focus();
	await page.keyboard.press('Enter');
	await expect(beside).toContainText('missing: the student does not have it.');
	await expect(beside.getByRole('article', { name: 'Student node' })).toContainText(
		'No node of the student’s stands for this one.'
	);
	// The graph's own keys select too: an arrow moves from the selected node, Enter selects.
	const missing = await beside.locator('h4').first().textContent();
	await graph.focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(beside.locator('h4').first()).not.toHaveText(missing!);

	const axe = await new AxeBuilder({ page }).include('#viewer-beside').analyze();
	expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual(
		[]
	);
	expect(errors).toEqual([]);
});
