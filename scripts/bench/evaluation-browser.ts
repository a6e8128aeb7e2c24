/**
 * A what-if in the browser (issue 14): in headless Chromium against the built
 * site, the time from one step of the base-score slider to the frame that draws
 * the new verdicts, on the reference map (evaluated on the page's thread) and
 * on a generated map of 5,000 statements with attacks and cycles added
 * (evaluated in the worker). Goals: under a frame (16 ms) for the reference
 * map, under 100 ms at 5,000. Prints figures; asserts nothing.
 * Alone: `npx tsx scripts/bench/evaluation-browser.ts` (it builds the site, so
 * run it where no other build writes `.svelte-kit/`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { conflicts, generateMap } from './generate';
import { buildBenchSite, executablePath } from './site';
import { serve } from './serve';
import { fmt, median, percentile, table } from './stats';

const SIZE = Number(process.env.BENCH_WHAT_IF_SIZE ?? 5000);
const STEPS = Number(process.env.BENCH_WHAT_IF_STEPS ?? 20);
/** As browser.ts: a new window is left to settle before what it times. */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 2000);
const MAP_ID = `bench-what-if-${SIZE}`;

/**
 * The generated map with conflicts written into its Argdown as scripts/bench/evaluation.ts adds
 * them to the compiled map: one attack per 20 statements between random claims, and per 100 a
 * mutual attack and a three-cycle, so that grounded leaves nodes undecided.
 */
function withConflicts(text: string, seed = 7): string {
	const claims = new Set([...text.matchAll(/^\s*[+-]? ?\[(Claim \d+)\]:/gm)].map((m) => m[1]!));
	const names = [...claims];
	const lines = conflicts(names, SIZE, seed).flatMap(([from, to]) => [
		'',
		`[${to}]`,
		`  - [${from}]`
	]);
	return `${text}\n${lines.join('\n')}\n`;
}

/** The site with the reference map and the generated one. */
function buildSite(work: string): string {
	const generated = generateMap(SIZE, 1, `${MAP_ID}-`);
	return buildBenchSite(work, [{ id: MAP_ID, ...generated, text: withConflicts(generated.text) }], {
		withBundled: true
	});
}

/**
 * In the page: moves the slider to `value` as a reader's step does (an input event), and
 * resolves with the ms until the node's verdict line changed on the graph and until the frame
 * that draws it begins (the wait for the next frame included), or with -1s after 5 s.
 * A string, not a function: the bundler would wrap a function in helpers the page lacks.
 */
const STEP_AND_WAIT = `async ({ id, value }) => {
	const cy = document.querySelector('[data-testid="graph"]')._cyreg.cy;
	const node = cy.getElementById(id);
	const before = node.data('verdict');
	const slider = document.getElementById('what-if-base');
	return await new Promise((done) => {
		const quit = setTimeout(() => done([-1, -1]), 5000);
		cy.on('data', 'node', function changed() {
			if (node.data('verdict') === before) return;
			cy.off('data', 'node', changed);
			clearTimeout(quit);
			const seen = performance.now() - start;
			requestAnimationFrame(() => done([seen, performance.now() - start]));
		});
		const start = performance.now();
		slider.value = String(value);
		slider.dispatchEvent(new Event('input', { bubbles: true }));
	});
}`;

async function measure(browser: Browser, url: string, map: string, node: string) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto('about:blank');
	await page.waitForTimeout(SETTLE_MS);
	await page.goto(`${url}/maps/${map}/?node=${node}&evaluate=1`);
	const graph = page.getByTestId('graph');
	await page.locator('[data-testid="graph"][data-complete="true"]').waitFor({ timeout: 120_000 });
	await page.locator('[data-evaluated="true"]').waitFor({ timeout: 60_000 });
	await page.waitForFunction(
		(id) => {
			const el = document.querySelector('[data-testid="graph"]') as unknown as {
				_cyreg: { cy: import('cytoscape').Core };
			};
			return !!el._cyreg.cy.getElementById(id).data('verdict');
		},
		node,
		{ timeout: 60_000 }
	);
	const step = (k: number) =>
		page.evaluate(
			`(${STEP_AND_WAIT})(${JSON.stringify({ id: node, value: 0.55 + 0.05 * (k % 8) })})`
		);
	const times: { changed: number; drawn: number }[] = [];
	// Two untimed steps: the first run loads and compiles the code of the what-if path.
	for (let k = 0; k < STEPS + 2; k++) {
		const [changed, drawn] = (await step(k)) as [number, number];
		if (k >= 2) times.push({ changed, drawn });
	}
	const where = page.workers().some((w) => /evaluation-worker/.test(w.url())) ? 'worker' : 'page';
	const nodes = await graph.evaluate(
		(el) => (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy.nodes().length
	);
	await context.close();
	return { times, where, nodes };
}

export async function evaluationBrowserFigures(): Promise<string> {
	const work = mkdtempSync(join(tmpdir(), 'ronten-bench-what-if-'));
	const rows: Record<string, string | number>[] = [];
	let version: string | undefined;
	try {
		const site = buildSite(work);
		const { server, url } = await serve(site);
		const browser = await chromium.launch({
			executablePath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
		});
		version = browser.version();
		try {
			for (const [map, node, goal] of [
				['japan-nato', 'russia-comes-first-for-nato', 16],
				[MAP_ID, 'claim-0', 100]
			] as const) {
				const { times, where, nodes } = await measure(browser, url, map, node);
				const done = times.filter((t) => t.changed >= 0);
				const spread = (ms: number[]) =>
					`${fmt(median(ms))} [${fmt(Math.min(...ms))}–${fmt(Math.max(...ms))}], p95 ${fmt(percentile(ms, 95))}`;
				rows.push({
					map,
					nodes,
					'evaluated in': where,
					steps: `${done.length}${done.length < times.length ? ` (${times.length - done.length} never drawn)` : ''}`,
					'to new verdicts on the graph, ms median [min–max]': spread(done.map((t) => t.changed)),
					'to the frame drawing them': spread(done.map((t) => t.drawn)),
					'goal ms': `< ${goal}`
				});
			}
		} finally {
			await browser.close();
			server.close();
		}
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
	return [
		`What-if in Chromium: one base-score slider step (an input event) to the new verdicts on the graph, and to the start of the frame that draws them (which includes waiting for that frame, up to 16.7 ms at 60 Hz); ${STEPS} steps per map (Chromium ${version})`,
		'',
		table(rows)
	].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	console.log(await evaluationBrowserFigures());
