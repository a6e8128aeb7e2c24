/**
 * What publishing costs at build time: the site built for the reference map alone and with
 * a generated 5,000-node map, each with and without a page per node (RONTEN_NODE_PAGES=0: a page per position only),
 * timed and weighed. Then the one-file export of both maps (one-file.ts): size, and time to
 * interactive from disk against the built site's page. Prints figures; asserts nothing.
 * Run with `npx tsx scripts/bench/publishing.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { compileFile } from '../../src/lib/node/maps';
import { generateMap } from './generate';
import { oneFileFigures } from './one-file';
import { table } from './stats';

const SIZE = Number(process.env.BENCH_PUBLISH_SIZE ?? 5000);
const work = mkdtempSync(join(tmpdir(), 'ronten-publish-'));

/** Files and bytes under a folder, and those under any `nodes/` folder in it. */
function weigh(dir: string, inNodes = false): { files: number; bytes: number; nodeBytes: number } {
	let files = 0;
	let bytes = 0;
	let nodeBytes = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		const nodes = inNodes || (entry.isDirectory() && entry.name === 'nodes');
		if (entry.isDirectory()) {
			const sub = weigh(path, nodes);
			files += sub.files;
			bytes += sub.bytes;
			nodeBytes += sub.nodeBytes;
		} else {
			const size = statSync(path).size;
			files++;
			bytes += size;
			if (nodes) nodeBytes += size;
		}
	}
	return { files, bytes, nodeBytes };
}

/** Builds a site; `keep` leaves it on disk for the one-file comparison. */
function build(name: string, maps: string[], nodePages: boolean, keep: boolean) {
	const out = join(work, keep ? `${name}-kept` : name);
	const start = performance.now();
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		encoding: 'utf8',
		env: {
			...process.env,
			RONTEN_SITE_MAPS: maps.join(delimiter),
			RONTEN_BUILD_DIR: out,
			RONTEN_NODE_PAGES: nodePages ? String(SIZE * 2) : '0'
		}
	});
	const seconds = (performance.now() - start) / 1000;
	if (r.status !== 0) throw new Error(`build ${name} failed:\n${r.stderr}`);
	const { files, bytes, nodeBytes } = weigh(out);
	if (!keep) rmSync(out, { recursive: true, force: true });
	const mb = (b: number) => (b / 1e6).toFixed(1);
	return {
		site: name,
		'node pages': nodePages ? 'every node' : 'positions',
		'build s': seconds.toFixed(1),
		files,
		MB: mb(bytes),
		'node pages MB': mb(nodeBytes)
	};
}

const generated = join(work, 'maps');
mkdirSync(generated);
const g = generateMap(SIZE, SIZE, `bench-${SIZE}-`);
writeFileSync(join(generated, `bench-${SIZE}.argdown`), g.text);
for (const [file, text] of Object.entries(g.sources)) writeFileSync(join(generated, file), text);

const rows = [];
for (const [name, maps, nodePages] of [
	['reference', ['arguments'], false],
	['reference', ['arguments'], true],
	[`reference + ${SIZE}`, ['arguments', generated], false],
	[`reference + ${SIZE}`, ['arguments', generated], true]
] as const) {
	rows.push(build(name, [...maps], nodePages, !nodePages));
	// Each row as it comes: the four builds take minutes.
	console.log(table(rows));
}

const site = join(work, `reference + ${SIZE}-kept`);
console.log(
	'\n' +
		(await oneFileFigures(
			[
				{
					name: 'japan-nato',
					map: compileFile('arguments/japan-nato.argdown').map,
					site: { root: join(work, 'reference-kept'), path: 'maps/japan-nato/' }
				},
				{
					name: `bench-${SIZE}`,
					map: compileFile(join(generated, `bench-${SIZE}.argdown`)).map,
					site: { root: site, path: `maps/bench-${SIZE}/` }
				}
			],
			work
		))
);
rmSync(work, { recursive: true, force: true });
