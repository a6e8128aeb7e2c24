/** The Notes panel with thousands of notes: only the rows in view are drawn, and it still reads and works as one list. */
import { expect, test, type Page } from '@playwright/test';
import { exportAnnotations } from '../../src/lib/core/annotate/export';
import type { Annotation } from '../../src/lib/core/annotate/model';
import { graphDrawn, watchConsole } from './helpers';

const COUNT = 3_000;

/** A file of COUNT notes on two nodes of the reference map, a tenth of them tagged; longer every seventh. */
function manyNotes(): string {
	const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
	const list: Annotation[] = Array.from({ length: COUNT }, (_, i) => ({
		kind: 'node',
		id: `urn:uuid:many-${i}`,
		map: 'japan-nato',
		node: i % 2 ? 'japan-first' : 'competition-for-assets',
		created: at(i),
		modified: at(i),
		note: `Note number ${i}.` + (i % 7 === 0 ? ' A longer one, that wraps. '.repeat(8) : ''),
		tags: i % 10 === 0 ? ['tenth'] : []
	}));
	return exportAnnotations(list, {
		id: 'japan-nato',
		title: 'Japan and NATO',
		url: 'https://example.org/maps/japan-nato/'
	});
}

const rows = (page: Page) => page.locator('#panel-notes li.entry');
const focusedRow = (page: Page) =>
	page.evaluate(() => document.activeElement?.closest('li.entry')?.getAttribute('aria-posinset'));

test('thousands of notes: a few rows drawn, the real count told, keys and filters work, focus kept', async ({
	page
}) => {
	const errors = watchConsole(page);
	await page.goto('/maps/japan-nato/?view=notes');
	await graphDrawn(page);
	const panel = page.locator('#panel-notes');
	await panel.getByLabel('Import annotations').setInputFiles({
		name: 'many.jsonld',
		mimeType: 'application/ld+json',
		buffer: Buffer.from(manyNotes())
	});
	await expect(panel.getByRole('status')).toContainText(`${COUNT} added`);
	await expect(panel.locator('.count')).toHaveText(`${COUNT} of ${COUNT}`);

	const list = panel.getByRole('list', { name: 'Notes, newest first' });
	const drawn = await rows(page).count();
	expect(drawn).toBeGreaterThan(3);
	expect(drawn).toBeLessThan(80);
	await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(COUNT));
	await expect(rows(page).first()).toContainText(`Note number ${COUNT - 1}.`);

	// Keys move from row to row, drawing the row first: End reaches the oldest note.
	await rows(page).first().getByRole('link').first().focus();
	await page.keyboard.press('ArrowDown');
	expect(await focusedRow(page)).toBe('2');
	await page.keyboard.press('End');
	await expect(list.locator(`li[aria-posinset="${COUNT}"]`)).toContainText('Note number 0.');
	expect(await focusedRow(page)).toBe(String(COUNT));
	await page.keyboard.press('PageUp');
	expect(Number(await focusedRow(page))).toBeLessThan(COUNT);
	await page.keyboard.press('Home');
	expect(await focusedRow(page)).toBe('1');

	// Scrolled far away, the focused row stays drawn: the focus is not lost.
	await page.locator('aside.side').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
	await expect
		.poll(async () => await list.locator('li[aria-posinset="1500"]').count())
		.toBeGreaterThan(0);
	expect(await focusedRow(page)).toBe('1');
	// Tab goes on to the next row's link, which is drawn (once the list, scrolled back to the
	// focused row, has drawn the rows around it: a frame later).
	await page.keyboard.press('ArrowDown');
	await expect(list.locator('li[aria-posinset="3"]')).toHaveCount(1);
	await page.keyboard.press('Tab');
	expect(Number(await focusedRow(page))).toBe(2);
	await page.keyboard.press('Tab');
	expect(Number(await focusedRow(page))).toBe(3);

	// A filter shows its rows only, counted.
	await panel.getByLabel('Tag').selectOption('tenth');
	await expect(panel.locator('.count')).toHaveText(`${COUNT / 10} of ${COUNT}`);
	await expect(rows(page).first()).toHaveAttribute('aria-setsize', String(COUNT / 10));
	await expect(rows(page).first()).toContainText('Note number 2990.');
	expect(errors).toEqual([]);
});
