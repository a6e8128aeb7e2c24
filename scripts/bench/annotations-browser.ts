/**
 * Annotation figures in headless Chromium (issue 15), against the built site
 * with a generated map of 5,000 statements. A fresh window's IndexedDB is
 * filled with 10,000 annotations of that map, or left empty, and the map is
 * opened; the two take turns, so the difference is read pair by pair. Then the
 * Notes panel is scrolled through the 10,000 and its frames timed.
 * Prints figures; asserts nothing. Alone: `npx tsx scripts/bench/annotations-browser.ts`
 * (it builds the site, so run it where no other build writes `.svelte-kit/`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { compileMap } from '../../src/lib/core';
import type { Annotation } from '../../src/lib/core/annotate';
import { benchAnnotations } from './annotations';
import { generateMap } from './generate';
import { buildBenchSite, executablePath } from './site';
import { serve } from './serve';
import { fmt, median, percentile, table } from './stats';

const NODES = Number(process.env.BENCH_ANNOTATION_NODES ?? 5000);
const COUNT = Number(process.env.BENCH_ANNOTATIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_ANNOTATION_BROWSER_RUNS ?? 5);
/** As browser.ts: a new window is left to settle before the load it times. */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 2000);
const MAP_ID = `bench-${NODES}`;
/** How the viewer's store lays out its database (src/lib/browser/annotations/db.ts, version 2). */
const DB = { name: 'ronten-annotations', version: 2, store: 'records' };

/** The site with the generated map alone, and a blank page to fill the database from. */
function buildSite(work: string, generated: ReturnType<typeof generateMap>): string {
	const site = buildBenchSite(work, [{ id: MAP_ID, ...generated }]);
	mkdirSync(join(site, 'seed'));
	writeFileSync(join(site, 'seed', 'index.html'), '<!doctype html><title>seed</title>');
	return site;
}

/** Records long tasks and the moment the graph first carries the reader's marks. */
const PAGE_HELPERS = `
globalThis.__name = (f) => f;
globalThis.__longTasks = [];
new PerformanceObserver((list) => {
	for (const t of list.getEntries()) __longTasks.push({ start: t.startTime, ms: t.duration });
}).observe({ type: 'longtask', buffered: true });
new MutationObserver((changes) => {
	for (const c of changes) {
		const v = c.target.getAttribute('data-annotated');
		if (v && v !== '0' && globalThis.__marksAt === undefined) globalThis.__marksAt = performance.now();
	}
}).observe(document, { attributes: true, attributeFilter: ['data-annotated'], subtree: true });
`;
declare const __longTasks: { start: number; ms: number }[];
declare const __marksAt: number | undefined;

/** Evaluates a promise-returning expression in the page without Playwright's polling on its thread. */
async function waitInPage(cdp: CDPSession, condition: string, what: string): Promise<void> {
	const expression = `new Promise((done, fail) => {
		const until = performance.now() + 120000;
		const look = () => (${condition}) ? done(true) : performance.now() > until ? fail(new Error(${JSON.stringify(what)})) : setTimeout(look, 20);
		look();
	})`;
	const { exceptionDetails } = await cdp.send('Runtime.evaluate', {
		expression,
		awaitPromise: true
	});
	if (exceptionDetails) throw new Error(`no ${what} after 120 s`);
}

/** Fills (or only opens) the viewer's database on the site's origin, before the map is opened. */
async function seed(page: Page, url: string, records: readonly Annotation[]) {
	await page.goto(`${url}/seed/`);
	await page.evaluate(
		({ db, records }) =>
			new Promise<void>((done, fail) => {
				const open = indexedDB.open(db.name, db.version);
				open.onupgradeneeded = () => {
					const store = open.result.createObjectStore(db.store, { keyPath: ['map', 'id'] });
					store.createIndex('by-map', 'map');
				};
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(db.store, 'readwrite');
					for (const r of records) tx.objectStore(db.store).put(r);
					tx.oncomplete = () => (open.result.close(), done());
					tx.onerror = () => fail(tx.error);
				};
			}),
		{ db: DB, records }
	);
}

interface Opening {
	ready: number;
	/** When a large map's last batch was drawn. */
	complete: number;
	/** When the viewer began to read the notes (the page's first idle time). */
	open: number;
	/** When the graph first carried the reader's marks (with annotations only). */
	marks: number;
	/** When the store's records were in memory, and how long reading them took. */
	loaded: number;
	loadMs: number;
	/** When every annotation had been anchored again. */
	anchored: number;
	/** Long tasks (> 50 ms) on the page's thread after the graph was interactive, summed. */
	blockedAfterReady: number;
	longestAfterReady: number;
}

const markTime = (name: string) =>
	`(performance.getEntriesByName('ronten:${name}')[0]?.startTime ?? -1)`;

async function openOnce(
	browser: Browser,
	url: string,
	records: readonly Annotation[],
	marks = records.length > 0
) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.addInitScript({ content: PAGE_HELPERS });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await seed(page, url, records);
	await page.waitForTimeout(SETTLE_MS);
	await page.goto(`${url}/maps/${MAP_ID}/`);
	const graph = `document.querySelector('[data-testid="graph"]')`;
	await waitInPage(cdp, `${graph}?.dataset.readyMs`, 'interactive graph');
	await waitInPage(cdp, `${graph}?.dataset.completeMs`, 'complete graph');
	await waitInPage(cdp, `${markTime('notes-anchored')} >= 0`, 'anchored notes');
	if (marks) await waitInPage(cdp, `globalThis.__marksAt !== undefined`, 'marks');
	await page.waitForTimeout(300);
	const figures = await page.evaluate(
		`(() => {
			const ready = Number(${graph}.dataset.readyMs);
			const after = __longTasks.filter((t) => t.start + t.ms > ready);
			return {
				ready,
				complete: Number(${graph}.dataset.completeMs),
				open: ${markTime('notes-open')},
				marks: globalThis.__marksAt ?? -1,
				loaded: ${markTime('notes-loaded')},
				loadMs: ${markTime('notes-loaded')} - ${markTime('notes-open')},
				anchored: ${markTime('notes-anchored')},
				blockedAfterReady: after.reduce((sum, t) => sum + t.ms, 0),
				longestAfterReady: Math.max(0, ...after.map((t) => t.ms))
			};
		})()`
	);
	await context.close();
	return figures as Opening;
}

/** Frame intervals while the Notes panel's list is scrolled, by script and by the wheel. */
async function scrollFrames(browser: Browser, url: string, records: readonly Annotation[]) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await context.addInitScript({ content: PAGE_HELPERS });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await seed(page, url, records);
	await page.goto(`${url}/maps/${MAP_ID}/?view=notes`);
	await waitInPage(
		cdp,
		`document.querySelector('[data-testid="graph"]')?.dataset.complete`,
		'graph'
	);
	await waitInPage(cdp, `${markTime('notes-anchored')} >= 0`, 'anchored notes');
	await waitInPage(cdp, `document.querySelector('#panel-notes li.entry')`, 'notes list');
	await page.waitForTimeout(500);
	const scripted = (await page.evaluate(`new Promise((done) => {
		const list = document.querySelector('#panel-notes ol');
		let box = list.parentElement;
		while (box && !(box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY !== 'visible')) box = box.parentElement;
		box = box ?? document.scrollingElement;
		const steady = [], jumps = [];
		let rows = 0, last = performance.now(), n = 0;
		const frame = () => {
			const now = performance.now();
			(n <= 120 ? steady : jumps).push(now - last);
			last = now;
			rows = Math.max(rows, list.querySelectorAll('li').length);
			if (n === 240) return done({ steady: steady.slice(2), jumps: jumps.slice(2), rows, height: box.scrollHeight });
			n++;
			if (n <= 120) box.scrollTop += 240;
			else box.scrollTop = ((n * 7919) % 997) / 997 * (box.scrollHeight - box.clientHeight);
			requestAnimationFrame(frame);
		};
		box.scrollTop = 0;
		requestAnimationFrame(frame);
	})`)) as { steady: number[]; jumps: number[]; rows: number; height: number };
	const box = await page.locator('#panel-notes ol').boundingBox();
	if (!box) throw new Error('the notes list is not on the page');
	await page.mouse.move(box.x + 40, Math.min(700, box.y + 200));
	await page.evaluate(`(() => {
		const times = [];
		let last = performance.now(), on = true;
		const tick = () => { const now = performance.now(); times.push(now - last); last = now; if (on) requestAnimationFrame(tick); };
		requestAnimationFrame(tick);
		globalThis.__stopFrames = () => ((on = false), times.slice(1));
	})()`);
	for (let i = 0; i < 60; i++) await page.mouse.wheel(0, i < 40 ? 300 : -300);
	await page.waitForTimeout(100);
	const wheel = (await page.evaluate('__stopFrames()')) as number[];
	await context.close();
	return { ...scripted, wheel };
}

const spreadMs = (xs: number[]) =>
	`${fmt(median(xs))} [${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}]`;

export async function annotationBrowserFigures(): Promise<string> {
	const work = mkdtempSync(join(tmpdir(), 'ronten-annotations-'));
	const generated = generateMap(NODES, NODES, `${MAP_ID}-`);
	const { map } = compileMap({
		id: MAP_ID,
		file: `${MAP_ID}.argdown`,
		content: generated.text,
		loadSource: (file: string) => generated.sources[file] ?? null
	});
	if (!map) throw new Error('the generated map did not compile');
	const records = benchAnnotations(
		MAP_ID,
		map.nodes.map((n) => n.id),
		map.sources,
		COUNT
	);
	const marked = new Set(records.flatMap((a) => (a.kind === 'node' ? [a.node] : []))).size;
	const site = buildSite(work, generated);
	const { server, url } = await serve(site);
	const browser = await chromium.launch({
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
	});
	const none: Opening[] = [];
	const full: Opening[] = [];
	// The same records under another map's id: as much in the browser's database, none to read.
	const elsewhere = records.map((a) => ({ ...a, map: `${MAP_ID}-elsewhere` }));
	const other: Opening[] = [];
	let scroll: Awaited<ReturnType<typeof scrollFrames>>;
	try {
		const arms = [
			async () => none.push(await openOnce(browser, url, [])),
			async () => other.push(await openOnce(browser, url, elsewhere, false)),
			async () => full.push(await openOnce(browser, url, records))
		];
		// Taking turns at going first, so that none profits from a warmer machine.
		for (let run = 0; run < RUNS; run++)
			for (let k = 0; k < arms.length; k++) await arms[(run + k) % arms.length]!();
		scroll = await scrollFrames(browser, url, records);
	} finally {
		await browser.close();
		server.close();
		rmSync(work, { recursive: true, force: true });
	}
	const extra = full.map((f, i) => f.ready - (none[i] as Opening).ready);
	const extraComplete = full.map((f, i) => f.complete - (none[i] as Opening).complete);
	const otherComplete = other.map((f, i) => f.complete - (none[i] as Opening).complete);
	const row = (step: string, pick: (o: Opening) => number, withNone = true) => ({
		step,
		'none ms': withNone ? spreadMs(none.map(pick)) : '',
		'another map’s ms': withNone ? spreadMs(other.map(pick)) : '',
		[`${COUNT.toLocaleString('en')} ms`]: spreadMs(full.map(pick))
	});
	const frames = (label: string, xs: number[]) => ({
		scrolling: label,
		frames: xs.length,
		'p50 ms': fmt(percentile(xs, 50)),
		'p95 ms': fmt(percentile(xs, 95)),
		'max ms': fmt(Math.max(...xs))
	});
	return [
		`Annotations in Chromium: a map of ${map.nodes.length.toLocaleString('en')} nodes opened with ${COUNT.toLocaleString('en')} annotations in IndexedDB (${marked.toLocaleString('en')} nodes marked) with none, and with as many of another map (as much in the database, nothing to read), ${RUNS} rounds in turn, each in a fresh window; median [min–max], ms since navigation.`,
		table([
			row('graph interactive', (o) => o.ready),
			row('graph all drawn', (o) => o.complete),
			row('notes opened (the page idle)', (o) => o.open),
			row('the store read (IndexedDB, real)', (o) => o.loaded),
			row('  of which reading the records', (o) => o.loadMs),
			row('marks on the graph', (o) => o.marks, false),
			row('every annotation anchored again', (o) => o.anchored),
			row('long tasks after interactive, summed', (o) => o.blockedAfterReady),
			row('longest task after interactive', (o) => o.longestAfterReady)
		]),
		`Opening with ${COUNT.toLocaleString('en')} costs ${spreadMs(extra)} ms more than with none to an interactive graph, pair by pair (goal ≤ 100 ms), and ${spreadMs(extraComplete)} ms more until all of it is drawn (another map's: ${spreadMs(otherComplete)} ms more, which is the browser's, not the viewer's).`,
		`Notes panel with ${COUNT.toLocaleString('en')} notes: at most ${scroll.rows} rows in the page (list ${Math.round(scroll.height).toLocaleString('en')} px tall); time between frames while it scrolls (goal: within a frame, 16.7 ms at 60 Hz):`,
		table([
			frames('script, 240 px a frame', scroll.steady),
			frames('script, a far jump a frame', scroll.jumps),
			frames('mouse wheel, 60 notches', scroll.wheel)
		])
	].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	console.log(await annotationBrowserFigures());
