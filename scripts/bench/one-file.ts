/**
 * The one-file export (issue: publishing): its size for a map, how long
 * writing it takes, and the time to an interactive graph when the file is
 * opened from disk, against the same map's page on the built site served
 * over HTTP, in interleaved fresh pages of one browser. Called by
 * publishing.ts, which has the site built; prints figures, asserts nothing.
 */
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { exporterFor } from '../../src/lib/core/formats/registry';
import type { ArgumentMap } from '../../src/lib/core/model';
import { viewerBundle } from '../../src/lib/node/viewer-bundle';
import { serve } from './serve';
import { fmt, median, percentile, table } from './stats';

const RUNS = Number(process.env.BENCH_ONE_FILE_RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface OneFileCase {
	name: string;
	map: ArgumentMap;
	/** The built site holding this map, to compare with; none for a map not on it. */
	site?: { root: string; path: string };
}

/** Milliseconds from navigation to the first interactive frame, read from the page's own mark. */
async function timeToInteractive(browser: Browser, url: string): Promise<number> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	try {
		await page.goto(url);
		const graph = page.locator('[data-ready-ms]');
		await graph.waitFor({ timeout: 60_000 });
		return Number(await graph.getAttribute('data-ready-ms'));
	} finally {
		await page.close();
	}
}

export async function oneFileFigures(cases: OneFileCase[], dir: string): Promise<string> {
	const exporter = exporterFor('html')!;
	const viewer = viewerBundle();
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
	const rows: Record<string, string | number>[] = [];
	try {
		for (const c of cases) {
			const started = performance.now();
			const html = exporter.export(c.map, { viewer });
			const exportMs = performance.now() - started;
			const file = join(dir, `${c.name}.html`);
			writeFileSync(file, html);
			const served = c.site ? await serve(c.site.root) : undefined;
			const fromDisk: number[] = [];
			const overHttp: number[] = [];
			try {
				// Interleaved, so that the machine's load falls on both alike.
				for (let i = 0; i < RUNS; i++) {
					fromDisk.push(await timeToInteractive(browser, `file://${file}`));
					if (served)
						overHttp.push(await timeToInteractive(browser, `${served.url}/${c.site!.path}`));
				}
			} finally {
				served?.server.close();
			}
			const range = (s: number[]) =>
				s.length ? `${fmt(median(s))} [${fmt(percentile(s, 0))}–${fmt(percentile(s, 100))}]` : '—';
			rows.push({
				map: c.name,
				nodes: c.map.nodes.length,
				'file MB': (Buffer.byteLength(html) / 1e6).toFixed(2),
				'gzip MB': (gzipSync(html).length / 1e6).toFixed(2),
				'export ms': fmt(exportMs),
				'interactive from disk ms': range(fromDisk),
				'site page over HTTP ms': range(overHttp)
			});
		}
	} finally {
		await browser.close();
	}
	return [
		`One-file export (goal: under 3 MB for the reference map); time to interactive, median [min–max] of ${RUNS}, interleaved:`,
		table(rows)
	].join('\n');
}
