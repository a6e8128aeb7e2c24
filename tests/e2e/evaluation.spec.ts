import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { graphDrawn, openMap, watchConsole } from './helpers';

const THESIS = 'cross-regional-deterrence';

/** axe's serious and critical findings inside `selector`. */
async function axeOn(page: Page, selector: string) {
	const results = await new AxeBuilder({ page }).include(selector).analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`);
}

/** Nodes the graph draws with a verdict, once every batch is in. */
async function evaluatedNodes(page: Page): Promise<number> {
	await graphDrawn(page, 'complete');
	return page.getByTestId('graph').evaluate((el) => {
		const cy = (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
		return cy.nodes('.evaluated').length;
	});
}

test('the Evaluate layer is switched on from the toolbar, explained and kept in the URL', async ({
	page
}) => {
	const errors = watchConsole(page);
	await openMap(page);
	const graph = page.getByTestId('graph');
	// The overview gives each position's verdict without the layer.
	const verdicts = page.getByTestId('position-verdict');
	await expect(verdicts).toHaveCount(3);
	await expect(verdicts.first()).toContainText(/✓ in · strength 0\.\d\d/);
	await expect(verdicts.nth(1)).toContainText('? undecided');

	const toggle = page.getByRole('button', { name: 'Evaluate' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.press('Enter');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(graph).toHaveAttribute('data-evaluated', 'true');
	await expect.poll(() => evaluatedNodes(page)).toBe(138);
	await expect(page).toHaveURL(/[?&]evaluate=1/);
	const legend = page.locator('.legend');
	await expect(legend).toContainText('in: stands');
	await expect(legend).toContainText('out: falls (dashed ring)');
	// The drawn graph carries the verdict in the thesis's label, not only in its colour, in a
	// ring outside its border; the thesis keeps its double border and its THESIS line.
	const label = await graph.evaluate((el, id) => {
		const cy = (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
		const node = cy.getElementById(id);
		return {
			label: node.style('label'),
			ring: node.style('outline-style'),
			border: node.style('border-style')
		};
	}, THESIS);
	expect(label.label).toMatch(/^✓ in 0\.\d\d\nTHESIS\n/);
	expect(label.ring).toBe('solid');
	expect(label.border).toBe('double');

	await page.reload();
	await graphDrawn(page);
	await expect(page.getByRole('button', { name: 'Evaluate' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect.poll(() => evaluatedNodes(page)).toBe(138);
	await toggle.click();
	await expect(graph).toHaveAttribute('data-evaluated', 'false');
	await expect.poll(() => evaluatedNodes(page)).toBe(0);
	await expect(page).not.toHaveURL(/evaluate=/);
	expect(errors).toEqual([]);
});

test('the details panel says why, and each title in it leads to its node', async ({ page }) => {
	const errors = watchConsole(page);
	await openMap(page, '?node=competition-for-assets');
	const why = page.getByTestId('why-label');
	await expect(why).toHaveText('Out: attacked by «Complementarity», which stands unanswered.');
	await expect(page.getByTestId('node-evaluation')).toContainText('✗ out');
	await why.getByRole('link', { name: /Complementarity/ }).click();
	await expect(page).toHaveURL(/node=complementarity/);
	await expect(page.getByRole('heading', { level: 2, name: 'Complementarity' })).toBeVisible();
	await expect(page.getByTestId('why-label')).toContainText('In: nothing attacks it.');
	expect(await axeOn(page, '#panel-details')).toEqual([]);
	expect(errors).toEqual([]);
});

test('a what-if updates live, is marked hypothetical, survives a reload and resets in one click', async ({
	page
}) => {
	const errors = watchConsole(page);
	await openMap(page, '?node=complementarity&evaluate=1');
	const graph = page.getByTestId('graph');
	await expect(graph).toHaveAttribute('data-evaluated', 'true');
	const suppose = page.getByTestId('suppose-rejected');
	await suppose.press('Enter');
	const notice = page.getByTestId('hypothetical');
	await expect(notice).toContainText('Hypothetical view: 1 supposition');
	await expect(page.getByTestId('why-label')).toHaveText('Out: rejected in this what-if.');
	await expect(page).toHaveURL(/reject=complementarity/);
	// Its answer gone, the objection stands and the thesis falls: on the graph too.
	const thesisLabel = () =>
		graph.evaluate((el, id) => {
			const cy = (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
			return cy.getElementById(id).style('label') as string;
		}, THESIS);
	await expect.poll(thesisLabel).toMatch(/^✗ out/);

	// The base-score slider, by keyboard: one step up from the map's 0.50.
	const slider = page.getByRole('slider', { name: 'Base score' });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/base=complementarity%3A0\.55|base=complementarity:0\.55/);
	await expect(notice).toContainText('2 suppositions');

	await page.reload();
	await graphDrawn(page);
	await expect(notice).toContainText('2 suppositions');
	await expect(page.getByTestId('suppose-rejected')).toHaveAttribute('aria-pressed', 'true');
	await expect(slider).toHaveValue('0.55');
	await expect.poll(thesisLabel).toMatch(/^✗ out/);

	await notice.getByRole('button', { name: 'Reset to the map' }).click();
	await expect(notice).toHaveCount(0);
	await expect(page).not.toHaveURL(/reject=|base=/);
	await expect.poll(thesisLabel).toMatch(/^✓ in/);
	await page.reload();
	await graphDrawn(page);
	await expect(page.getByTestId('hypothetical')).toHaveCount(0);
	await expect(page.getByTestId('suppose-rejected')).toHaveAttribute('aria-pressed', 'false');
	expect(errors).toEqual([]);
});

test('the flow sheet is walked with the keyboard, and Enter selects the node everywhere', async ({
	page
}) => {
	const errors = watchConsole(page);
	await openMap(page, '?view=flow');
	const grid = page.getByRole('grid', { name: 'Flow sheet of Cross-regional deterrence' });
	await expect(grid).toBeVisible();
	await expect(grid.getByRole('columnheader').first()).toHaveText('Position');
	// One stop in the tab order: the grid's current cell.
	await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
	await grid.locator('[data-cell="0:0"]').focus();
	await page.keyboard.press('ArrowRight');
	await expect(grid.locator('[data-cell="0:1"]')).toBeFocused();
	await expect(grid.locator('[tabindex="0"]')).toHaveAttribute('data-cell', '0:1');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowLeft');
	// Down into the row of the reason's second support: an empty cell is a cell too.
	await page.keyboard.press('ArrowDown');
	await expect(grid.locator('[data-cell="1:1"]')).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(grid.locator('[data-cell="0:1"]')).toBeFocused();
	const title = (await grid.locator('[data-cell="0:1"] .title').textContent())!.trim();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/node=/);
	await expect(grid.locator('[data-cell="0:1"]')).toHaveAttribute('aria-selected', 'true');
	const selected = new URL(page.url()).searchParams.get('node')!;
	await expect(page.getByTestId('graph')).toBeVisible();
	const picked = await page.getByTestId('graph').evaluate((el) => {
		const cy = (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
		return cy.$(':selected').map((n) => n.id());
	});
	expect(picked).toEqual([selected]);
	// Dropped objections and turns are marked in words, the evaluation in glyphs.
	await expect(grid).toContainText('dropped');
	await expect(grid).toContainText('↩ answer');
	await expect(grid).toContainText('✓ in');
	await page.getByRole('tab', { name: 'Details' }).click();
	await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
	await page.getByRole('tab', { name: 'Flow' }).click();
	expect(await axeOn(page, '#panel-flow')).toEqual([]);
	expect(errors).toEqual([]);
});

test('the flow sheet prints alone on A4 landscape', async ({ page }) => {
	await openMap(page, '?view=flow');
	await expect(page.getByRole('grid')).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Flow', level: 2 })).toBeVisible();
	await expect(page.getByTestId('graph')).toBeHidden();
	const pdf = await page.pdf({ preferCSSPageSize: true });
	// The first page's MediaBox is A4 turned on its side (842 × 595 points).
	expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[\s*0 0 841\.9\d* 59[45]\.\d+\s*\]/);
});
