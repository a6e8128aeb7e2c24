/**
 * Viewer figures in headless Chromium against the built site: time from
 * navigation to an interactive graph, pan frame times, and search latency,
 * for the reference map and generated maps, next to bare Cytoscape drawing
 * the same elements. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { generateMap } from './generate';
import { serve } from './serve';
import { fmt, median, percentile, table } from './stats';

const SIZES = (process.env.BENCH_BROWSER_SIZES ?? '1000,5000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_BROWSER_RUNS ?? 3);
const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'ronten-bench-'));
const executablePath = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser'
].find((p) => p && existsSync(p));

function buildSite(): string {
	const maps = join(work, 'maps');
	mkdirSync(maps, { recursive: true });
	for (const size of SIZES) {
		const g = generateMap(size, size, `bench-${size}-`);
		writeFileSync(join(maps, `bench-${size}.argdown`), g.text);
		for (const [file, text] of Object.entries(g.sources)) writeFileSync(join(maps, file), text);
	}
	const site = join(work, 'site');
	console.log(`Building the site with generated maps (${SIZES.join(', ')})…`);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		cwd: root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			RONTEN_SITE_MAPS: ['arguments', maps].join(delimiter),
			RONTEN_BUILD_DIR: site
		}
	});
	mkdirSync(join(site, 'baseline'));
	copyFileSync(resolve(root, 'scripts/bench/baseline.html'), join(site, 'baseline', 'index.html'));
	copyFileSync(
		resolve(root, 'node_modules/cytoscape/dist/cytoscape.min.js'),
		join(site, 'baseline', 'cytoscape.min.js')
	);
	return site;
}

async function timeToInteractive(page: Page, url: string, selector: string): Promise<number> {
	await page.goto(url);
	const graph = page.locator(selector);
	await graph.and(page.locator('[data-ready="true"]')).waitFor({ timeout: 120_000 });
	return Number(await graph.getAttribute('data-ready-ms'));
}

/**
 * A large map is interactive with what lies around its opening view, and draws the rest in
 * batches after that; this is when the last batch is in (the same as interactive for small maps).
 */
async function timeToComplete(page: Page, selector: string): Promise<number> {
	const graph = page.locator(selector);
	await graph.and(page.locator('[data-complete="true"]')).waitFor({ timeout: 120_000 });
	return Number(await graph.getAttribute('data-complete-ms'));
}

/** Where the time went on the viewer page: its own performance marks. */
function marks(page: Page): Promise<string> {
	return page.evaluate(() =>
		performance
			.getEntriesByType('mark')
			.filter((m) => m.name.startsWith('ronten:'))
			.map((m) => `${m.name.slice(7)} ${Math.round(m.startTime)}`)
			.join(', ')
	);
}

/** Pans for 60 frames and returns the frame intervals (ms). */
function panFrames(page: Page, selector: string): Promise<number[]> {
	return page.evaluate(
		(sel) =>
			new Promise<number[]>((done) => {
				const el = document.querySelector(sel) as unknown as {
					_cyreg: { cy: { panBy(p: { x: number; y: number }): void } };
				};
				const cy = el._cyreg.cy;
				const times: number[] = [];
				let last = performance.now();
				const step = (n: number) => {
					cy.panBy({ x: n % 2 ? 12 : -12, y: 6 });
					requestAnimationFrame(() => {
						const now = performance.now();
						times.push(now - last);
						last = now;
						if (n < 60) step(n + 1);
						else done(times.slice(2));
					});
				};
				step(0);
			}),
		selector
	);
}

/** Types queries into the search box and times each until its results are shown. */
function searchLatency(page: Page, queries: string[]): Promise<number[]> {
	return page.evaluate(async (qs) => {
		const input = document.querySelector<HTMLInputElement>('#search-input')!;
		const status = document.querySelector('.status')!;
		input.focus();
		const out: number[] = [];
		for (const q of qs) {
			const start = performance.now();
			const changed = new Promise<void>((done) => {
				const obs = new MutationObserver(() => {
					if (/result/.test(status.textContent ?? '')) {
						obs.disconnect();
						done();
					}
				});
				obs.observe(status, { childList: true, subtree: true, characterData: true });
			});
			input.value = q;
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await changed;
			out.push(performance.now() - start);
			input.value = '';
			input.dispatchEvent(new Event('input', { bubbles: true }));
			await new Promise((r) => setTimeout(r, 20));
		}
		return out;
	}, queries);
}

const site = buildSite();
const { server, url } = await serve(site);
const browser = await chromium.launch({
	executablePath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-dev-shm-usage',
		'--disable-background-networking',
		'--disable-component-update'
	]
});
const rows: Record<string, string | number>[] = [];
const breakdown: string[] = [];
try {
	const maps = [
		{ id: 'japan-nato', label: 'reference map' },
		...SIZES.map((s) => ({ id: `bench-${s}`, label: `${s} statements` }))
	];
	for (const { id, label } of maps) {
		const graph = (await (await fetch(`${url}/maps/${id}/graph.json`)).json()) as {
			elements: { group: string }[];
		};
		const nodes = graph.elements.filter((e) => e.group === 'nodes').length;
		const ours: number[] = [];
		const complete: number[] = [];
		const bare: number[] = [];
		let pan: number[] = [];
		let barePan: number[] = [];
		let searches: number[] = [];
		// Each load gets a fresh context (cold cache, new page), and the two pages take turns going
		// first, so neither profits from the other having warmed up the browser.
		const freshPage = async () => {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			// The TypeScript runner wraps functions in a __name() helper that page.evaluate would carry along.
			await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
			return { context, page: await context.newPage() };
		};
		for (let run = 0; run < RUNS; run++) {
			const measureBare = async () => {
				const { context, page } = await freshPage();
				bare.push(await timeToInteractive(page, `${url}/baseline/?map=${id}`, '#cy'));
				if (run === 0) barePan = await panFrames(page, '#cy');
				await context.close();
			};
			if (run % 2 === 1) await measureBare();
			const { context, page } = await freshPage();
			ours.push(await timeToInteractive(page, `${url}/maps/${id}/`, '[data-testid="graph"]'));
			complete.push(await timeToComplete(page, '[data-testid="graph"]'));
			if (run === 0) {
				breakdown.push(`${label}: ${await marks(page)}`);
				pan = await panFrames(page, '[data-testid="graph"]');
				searches = await searchLatency(page, [
					'deterrence',
					'air power',
					'ton',
					'nen',
					'sentence',
					'rin',
					'China',
					'Europe',
					'kan',
					'quote'
				]);
			}
			await context.close();
			if (run % 2 === 0) await measureBare();
		}
		rows.push({
			map: label,
			nodes,
			'interactive ms (median)': fmt(median(ours)),
			'all drawn ms': fmt(median(complete)),
			'bare Cytoscape ms': fmt(median(bare)),
			'pan frame p95 ms': fmt(percentile(pan, 95)),
			'bare pan p95 ms': fmt(percentile(barePan, 95)),
			'search p50/p95 ms': `${fmt(percentile(searches, 50))}/${fmt(percentile(searches, 95))}`
		});
		console.log(`  measured ${label}`);
	}
} finally {
	await browser.close();
	server.close();
	rmSync(work, { recursive: true, force: true });
}

console.log(
	`\nViewer in headless Chromium (software rendering), median of ${RUNS} loads; search is typed into the box, first query includes loading the index\n`
);
console.log(table(rows));
console.log(
	`\nWhere the viewer's time goes (ms since navigation):\n${breakdown.map((b) => `  ${b}`).join('\n')}`
);
console.log(
	'\nGoals: reference map < 1,000 ms; 1,000 / 5,000 / 10,000 nodes ≤ 1,500 / 3,000 / 5,000 ms; pan p95 ≤ 50 ms at 5,000 nodes.'
);
