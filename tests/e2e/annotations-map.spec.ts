/** The reader's notes where the map shows itself: marks in the graph, a filter, search, orphans. */
import { expect, test, type Page } from '@playwright/test';
import { graphDrawn, openMap, searchBox, watchConsole } from './helpers';

const STUDENT = 'tests/fixtures/annotations/student.jsonld';

/** Nodes the graph shows now, and those that carry the reader's badge. */
function graphCounts(page: Page) {
	return page.getByTestId('graph').evaluate((el) => {
		type Cy = { nodes(selector: string): { length: number } };
		const cy = (el as unknown as { _cyreg: { cy: Cy } })._cyreg.cy;
		return { shown: cy.nodes(':visible').length, marked: cy.nodes('.reader-mark').length };
	});
}

async function saveNote(page: Page, fields: { note?: string; stance?: string }) {
	const details = page.locator('#panel-details');
	if (fields.note !== undefined)
		await details.getByLabel('Note', { exact: true }).fill(fields.note);
	if (fields.stance) await details.getByLabel(fields.stance, { exact: true }).check();
	await details.getByRole('button', { name: 'Save note' }).click();
	await expect(details.getByRole('region', { name: 'My note' }).getByRole('status')).toHaveText(
		'Note saved.'
	);
}

test('a stance survives a reload, marks its node in every tab, and the filter shows only it', async ({
	context
}) => {
	const page = await context.newPage();
	const errors = watchConsole(page);
	await openMap(page, '?node=competition-for-assets');
	const other = await context.newPage();
	await openMap(other);
	await expect(other.getByTestId('graph')).toHaveAttribute('data-annotated', '0');

	await saveNote(page, { stance: 'agree' });
	await expect(page.getByTestId('graph')).toHaveAttribute('data-annotated', '1');
	// The other tab follows without a reload.
	await expect(other.getByTestId('graph')).toHaveAttribute('data-annotated', '1');
	expect((await graphCounts(other)).marked).toBe(1);

	await page.reload();
	await graphDrawn(page);
	await expect(page.locator('#panel-details').getByLabel('agree', { exact: true })).toBeChecked();
	await expect(page.getByTestId('graph')).toHaveAttribute('data-annotated', '1');

	const all = (await graphCounts(page)).shown;
	expect(all).toBeGreaterThan(5);
	const only = page.getByLabel('only what I annotated');
	await only.focus();
	await page.keyboard.press('Space');
	await expect(only).toBeChecked();
	await expect(page).toHaveURL(/[?&]mine=1/);
	await expect.poll(async () => (await graphCounts(page)).shown).toBe(1);

	// A second annotated node appears under the filter as soon as it is saved in the other tab.
	await other.goto('/maps/japan-nato/?node=japan-first');
	await graphDrawn(other);
	await saveNote(other, { note: 'Narrow, but honest.' });
	await expect.poll(async () => (await graphCounts(page)).shown).toBe(2);
	await expect(page.getByTestId('graph')).toHaveAttribute('data-annotated', '2');

	// Deleted: its mark goes, in both tabs.
	await other.locator('#panel-details').getByRole('button', { name: 'Delete note' }).click();
	await expect(page.getByTestId('graph')).toHaveAttribute('data-annotated', '1');
	await expect.poll(async () => (await graphCounts(page)).shown).toBe(1);

	await page.reload();
	await graphDrawn(page);
	await expect(page.getByLabel('only what I annotated')).toBeChecked();
	await expect.poll(async () => (await graphCounts(page)).shown).toBe(1);
	expect(errors).toEqual([]);
});

test('search finds a note and a highlight: the note selects its node, the highlight opens its source', async ({
	page
}) => {
	const errors = watchConsole(page);
	await openMap(page, '?node=japan-first');
	await saveNote(page, { note: 'Zebrafish are no argument here.' });
	await page.goto('/maps/japan-nato/?view=notes');
	await graphDrawn(page);
	await page.locator('#panel-notes').getByLabel('Import annotations').setInputFiles(STUDENT);
	await expect(page.locator('#panel-notes').getByRole('status')).toContainText('6 added');

	const box = searchBox(page);
	await box.focus();
	await page.keyboard.type('zebrafish');
	const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
	await expect(options.first()).toContainText('your note');
	await expect(options.first()).toContainText('Zebrafish are no argument here.');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/[?&]node=japan-first/);

	await box.fill('');
	await box.focus();
	await page.keyboard.type('thames');
	await expect(options.first()).toContainText('your note');
	await expect(options.first()).toContainText('Highlight in');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('tab', { name: 'Source' })).toHaveAttribute('aria-selected', 'true');
	const card = page.locator('#panel-source').getByRole('form', { name: 'The highlighted passage' });
	await expect(card).toContainText('Submarines sailed up the Thames in spring');
	await expect(card).toContainText('no longer in the source; the highlight is kept');
	expect(errors).toEqual([]);
});

test('highlights whose text changed are found again or kept as orphans, across a reload', async ({
	page
}) => {
	const errors = watchConsole(page);
	await openMap(page, '?view=notes');
	const notes = page.locator('#panel-notes');
	await notes.getByLabel('Import annotations').setInputFiles(STUDENT);
	// The one annotation of another map is left out and counted.
	await expect(notes.getByRole('status')).toContainText('6 added, 0 updated, 0 skipped');
	for (const reload of [false, true]) {
		if (reload) {
			await page.reload();
			await graphDrawn(page);
		}
		await expect(notes.locator('li.entry')).toHaveCount(6);
		const orphans = notes.locator('li.entry.orphaned');
		await expect(orphans).toHaveCount(2);
		await expect(orphans.filter({ hasText: 'Submarines sailed up the Thames' })).toHaveCount(1);
		await expect(orphans.filter({ hasText: '“no-such-node”' })).toHaveCount(1);
		await expect(notes.locator('li.entry', { hasText: 'Europaen' })).toContainText(
			'found again, slightly changed'
		);
		await expect(notes.locator('li.entry', { hasText: 'moved in the source' })).toHaveCount(1);
	}
	expect(errors).toEqual([]);
});
