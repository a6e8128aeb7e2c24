/**
 * What the browser benchmarks share: the Chromium they drive, and a site
 * built with generated maps in a folder of their own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Debian's Chromium, or the one CHROMIUM_PATH names. */
export const executablePath = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser'
].find((p) => p && existsSync(p));

export interface BenchMap {
	id: string;
	text: string;
	/** Source texts by file name, written beside the map. */
	sources: Record<string, string>;
}

/**
 * Writes the maps into `work/maps` and builds the site into `work/site`, with the bundled maps
 * too when asked. Node pages are left out unless asked: they are not what the benchmarks
 * measure, and slow the build.
 */
export function buildBenchSite(
	work: string,
	maps: BenchMap[],
	{ withBundled = false, nodePages = false } = {}
): string {
	const folder = join(work, 'maps');
	mkdirSync(folder, { recursive: true });
	for (const map of maps) {
		writeFileSync(join(folder, `${map.id}.argdown`), map.text);
		for (const [file, text] of Object.entries(map.sources)) writeFileSync(join(folder, file), text);
	}
	const site = join(work, 'site');
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		cwd: process.cwd(),
		stdio: ['ignore', 'ignore', 'inherit'],
		env: {
			...process.env,
			RONTEN_SITE_MAPS: (withBundled ? ['arguments', folder] : [folder]).join(delimiter),
			RONTEN_BUILD_DIR: site,
			...(nodePages ? {} : { RONTEN_NODE_PAGES: '0' })
		}
	});
	return site;
}
