import { expect, test } from '@playwright/test';

test('the index lists the bundled map with its source and counts', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Ronten');
	const item = page.getByRole('listitem').filter({ hasText: 'Cross-regional Deterrence' });
	await expect(item).toBeVisible();
	await expect(item).toContainText('3 positions');
	await expect(item).toContainText(
		'NATO and Japan—Getting Serious About Cross-regional Deterrence'
	);
	await expect(item).not.toContainText('error');
	expect(errors).toEqual([]);
});
