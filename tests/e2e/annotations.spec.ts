import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { graphDrawn, openMap, watchConsole } from './helpers';

/** Selects the first occurrence of `words` in the Source panel's text, as a reader's drag would. */
async function selectInSource(page: Page, words: string) {
	await page
		.locator('#panel-source div.text')
		.first()
		.evaluate((block, needle) => {
			const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const at = (n.textContent ?? '').indexOf(needle);
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(n, at);
				range.setEnd(n, at + needle.length);
				document.getSelection()?.removeAllRanges();
				document.getSelection()?.addRange(range);
				return;
			}
			throw new Error(`"${needle}" is not in the source`);
		}, words);
}

test('notes and highlights survive a reload, go out as a file and come back in', async ({
	page,
	browser
}) => {
	const errors = watchConsole(page);
	await openMap(page, '?node=competition-for-assets');
	const details = page.locator('#panel-details');
	await details
		.getByLabel('Note', { exact: true })
		.fill('I doubt <b>this</b> claim.\nSecond line.');
	await details.getByLabel('disagree').check();
	await details.getByLabel(/Tags/).fill('doubt, to check');
	await details.getByRole('button', { name: 'Save note' }).click();
	await expect(details.getByRole('region', { name: 'My note' }).getByRole('status')).toHaveText(
		'Note saved.'
	);

	await page.reload();
	await graphDrawn(page);
	await expect(details.getByLabel('Note', { exact: true })).toHaveValue(
		'I doubt <b>this</b> claim.\nSecond line.'
	);
	await expect(details.getByLabel('disagree')).toBeChecked();

	await page.getByRole('tab', { name: 'Source' }).click();
	const source = page.locator('#panel-source');
	await selectInSource(page, 'A parade of European warships');
	await expect(source.getByRole('button', { name: 'Highlight' })).toBeEnabled();
	await page.keyboard.press('h');
	await expect(source.getByLabel('Note on the passage')).toBeFocused();
	await source.getByLabel('Note on the passage').fill('Worth a node of its own.');
	await source.getByLabel('Bears on').selectOption('competition-for-assets');
	await source.getByRole('button', { name: 'Save highlight' }).click();
	await expect(source.locator('pre')).toContainText('quote: "A parade of European warships"');

	await page.getByRole('tab', { name: 'Notes' }).click();
	const notes = page.locator('#panel-notes');
	await expect(notes.locator('li.entry')).toHaveCount(2);
	// Newest first; markup in a note is shown as the reader typed it.
	await expect(notes.locator('li.entry').first()).toContainText('A parade of European warships');
	await expect(notes.locator('li.entry').nth(1)).toContainText('I doubt <b>this</b> claim.');
	await expect(notes.locator('li.entry b')).toHaveCount(0);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		notes.getByRole('button', { name: 'Export annotations' }).click()
	]);
	const file = await download.path();
	const exported = JSON.parse(await readFile(file, 'utf8'));
	expect(exported['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
	expect(exported.first.items).toHaveLength(2);

	// A fresh browser profile: nothing stored, until the file is imported.
	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	const otherErrors = watchConsole(other);
	await openMap(other, '?view=notes');
	const otherNotes = other.locator('#panel-notes');
	await expect(otherNotes).toContainText('No notes yet');

	await otherNotes.getByLabel('Import annotations').setInputFiles({
		name: 'broken.jsonld',
		mimeType: 'application/ld+json',
		buffer: Buffer.from('{"type": "AnnotationPage", "items": [{"type": "Annotation"}]}')
	});
	await expect(otherNotes.getByRole('alert')).toContainText('invalid-annotation');
	await expect(otherNotes.getByRole('alert')).toContainText('$.items[0].id');
	await expect(otherNotes).toContainText('No notes yet');

	await otherNotes.getByLabel('Import annotations').setInputFiles(file);
	await expect(otherNotes.getByRole('status')).toContainText('2 added, 0 updated, 0 skipped');
	await expect(otherNotes.locator('li.entry')).toHaveCount(2);
	await expect(otherNotes).toContainText('I doubt <b>this</b> claim.');
	await expect(otherNotes).toContainText('Worth a node of its own.');
	await other.reload();
	await graphDrawn(other);
	await expect(other.locator('#panel-notes li.entry')).toHaveCount(2);
	await fresh.close();
	expect(otherErrors).toEqual([]);
	expect(errors).toEqual([]);
});

test('two tabs on one map stay in step, and a deleted note comes back with undo', async ({
	context
}) => {
	const first = await context.newPage();
	const second = await context.newPage();
	await openMap(first, '?node=competition-for-assets');
	await openMap(second, '?view=notes');
	const details = first.locator('#panel-details');
	await details.getByLabel('Note', { exact: true }).fill('Seen in the other tab.');
	await details.getByRole('button', { name: 'Save note' }).click();
	await expect(second.locator('#panel-notes')).toContainText('Seen in the other tab.');

	await details.getByRole('button', { name: 'Delete note' }).click();
	await expect(second.locator('#panel-notes')).toContainText('No notes yet');
	await details.getByRole('button', { name: 'Undo' }).click();
	await expect(details.getByLabel('Note', { exact: true })).toHaveValue('Seen in the other tab.');
	await expect(second.locator('#panel-notes')).toContainText('Seen in the other tab.');
});

test('words typed in a note and not saved are not lost: not to a link, not to a reload', async ({
	page
}) => {
	const errors = watchConsole(page);
	await openMap(page, '?node=competition-for-assets');
	const details = page.locator('#panel-details');
	const note = details.getByLabel('Note', { exact: true });
	// A link followed mid-sentence: the note is saved for the node it was typed on.
	await note.fill('Half a thought');
	await details.locator('a.node-link').first().click();
	await expect(details.locator('h2')).not.toHaveText('Competition for assets');
	await page.goBack();
	await expect(details.locator('h2')).toHaveText('Competition for assets');
	await expect(note).toHaveValue('Half a thought');
	// A reload before any save: what was typed comes back, and says so.
	await note.fill('Half a thought, and more');
	await page.reload();
	await graphDrawn(page);
	await expect(note).toHaveValue('Half a thought, and more');
	await expect(details.getByRole('region', { name: 'My note' }).getByRole('status')).toContainText(
		'did not save is back'
	);
	await details.getByRole('button', { name: 'Save note' }).click();
	await page.reload();
	await graphDrawn(page);
	await expect(note).toHaveValue('Half a thought, and more');
	await expect(details.getByRole('region', { name: 'My note' }).getByRole('status')).toHaveText('');
	expect(errors).toEqual([]);
});
