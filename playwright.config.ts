import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { delimiter } from 'node:path';

// Debian's Chromium, never a browser downloaded by Playwright (scripts/ensure-chromium.sh installs it).
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
	(p): p is string => !!p && existsSync(p)
);
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		screenshot: 'only-on-failure',
		trace: 'off'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromium,
					// Flags for a sandboxed, offline CI box: no sandbox as root, no calls home.
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-dev-shm-usage',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: {
		command: `npm run build && npm run preview -- --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		// The site under test also publishes a map whose texts carry markup, to prove it stays inert.
		env: { RONTEN_SITE_MAPS: ['arguments', 'tests/fixtures/site'].join(delimiter) }
	}
});
