/**
 * The `ronten` command, compiled ahead of time. esbuild bundles
 * `src/cli/main.ts` with its dependencies (tree-shaken, so Node reads a few
 * files instead of hundreds) into `dist/cli/<hash>/`: a small entry for the
 * help and the dispatch, and one chunk per command, loaded when it runs.
 *
 * `npm install` builds it (the `prepare` script); `bin/ronten.js` rebuilds it
 * when a source file has changed since, so a checkout never runs stale code.
 * Each build goes to a folder of its own and `build.json` is replaced in one
 * rename, so commands started side by side (the CLI tests) never read half a
 * build, however many of them rebuild at once.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 * Run it by hand with `node scripts/build-cli.js`.
 */
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = join(ROOT, 'dist', 'cli');
const STAMP = 'build.json';
/** npm rewrites this file on every install: a new dependency shows in its time. */
const INSTALL_STAMP = 'node_modules/.package-lock.json';
/** Older builds and leftovers are removed when older than this (a command starts in far less). */
const KEEP_OLD_MS = 60_000;

/**
 * @typedef {object} Stamp
 * @property {string} entry the entry file, relative to the CLI folder
 * @property {Record<string, number>} inputs each source file (relative to the root) with its mtime
 */

/**
 * The last build, and whether it is current: every file it was built from
 * still has the time it had then. Costs one stat per source file.
 * @param {string} [dir]
 * @returns {{ entry: string, fresh: boolean } | undefined}
 */
export function readBuild(dir = CLI_DIR) {
	/** @type {Stamp} */
	let stamp;
	try {
		stamp = JSON.parse(readFileSync(join(dir, STAMP), 'utf8'));
	} catch {
		return undefined;
	}
	const entry = join(dir, stamp.entry);
	if (!existsSync(entry)) return undefined;
	const fresh = Object.entries(stamp.inputs).every(([file, time]) => {
		try {
			return statSync(join(ROOT, file)).mtimeMs === time;
		} catch {
			return false;
		}
	});
	return { entry, fresh };
}

/**
 * Builds the CLI into `dir` and returns its entry file.
 * @param {{ dir?: string }} [options]
 * @returns {Promise<{ entry: string, files: string[], metafile: import('esbuild').Metafile }>}
 */
export async function buildCli({ dir = CLI_DIR } = {}) {
	const { build } = await import('esbuild');
	const started = Date.now();
	const result = await build({
		absWorkingDir: ROOT,
		entryPoints: { main: 'src/cli/main.ts' },
		outdir: join(dir, 'pending'),
		chunkNames: 'chunks/[name]-[hash]',
		bundle: true,
		splitting: true,
		format: 'esm',
		platform: 'node',
		target: 'node20.19',
		// Packages that ship ES modules beside a UMD main (jsonc-parser) bundle only as modules.
		mainFields: ['module', 'main'],
		// CommonJS packages bundled into ES modules still call require() for Node's own modules.
		banner: {
			js: "import { createRequire as __ronten_require } from 'node:module'; const require = __ronten_require(import.meta.url);"
		},
		legalComments: 'none',
		metafile: true,
		write: false,
		logLevel: 'silent'
	});
	const pending = join(dir, 'pending');
	const files = result.outputFiles.map((f) => ({
		path: relative(pending, f.path),
		contents: f.contents
	}));
	const hash = createHash('sha256');
	for (const f of files) hash.update(f.path).update('\0').update(f.contents);
	const id = hash.digest('hex').slice(0, 12);

	const target = join(dir, id);
	if (!existsSync(target)) {
		const temporary = `${target}.tmp-${process.pid}-${Date.now()}`;
		for (const f of files) {
			mkdirSync(dirname(join(temporary, f.path)), { recursive: true });
			writeFileSync(join(temporary, f.path), f.contents);
		}
		try {
			renameSync(temporary, target);
		} catch {
			// Another build of the same sources got there first: its files are these files.
			rmSync(temporary, { recursive: true, force: true });
		}
	}
	// The build the stamp named until now may still be starting in another process: keep it.
	const previous = readBuild(dir)?.entry;
	writeStamp(dir, {
		entry: join(id, 'main.js'),
		inputs: inputTimes(Object.keys(result.metafile.inputs), started)
	});
	removeOldBuilds(dir, [id, previous ? relative(dir, dirname(previous)) : id]);
	return {
		entry: join(target, 'main.js'),
		files: files.map((f) => f.path),
		metafile: result.metafile
	};
}

/**
 * The mtime of each source file outside node_modules, and of the install
 * stamp for those inside. A file changed while the build ran gets time 0, so
 * the next run builds again.
 * @param {string[]} inputs paths relative to the root, as esbuild reports them
 * @param {number} started
 */
function inputTimes(inputs, started) {
	/** @type {Record<string, number>} */
	const times = {};
	const files = inputs.filter((f) => !f.split('/').includes('node_modules'));
	files.push('scripts/build-cli.js');
	if (existsSync(join(ROOT, INSTALL_STAMP))) files.push(INSTALL_STAMP);
	for (const file of files) {
		const time = statSync(join(ROOT, file)).mtimeMs;
		times[file] = time >= started ? 0 : time;
	}
	return times;
}

/**
 * @param {string} dir
 * @param {Stamp} stamp
 */
function writeStamp(dir, stamp) {
	const temporary = join(dir, `${STAMP}.tmp-${process.pid}-${Date.now()}`);
	writeFileSync(temporary, JSON.stringify(stamp, null, 1) + '\n');
	renameSync(temporary, join(dir, STAMP));
}

/**
 * Removes builds other than the current and the previous one, and what a
 * failed build left behind, once older than a command takes to start.
 * @param {string} dir
 * @param {string[]} keep
 */
function removeOldBuilds(dir, keep) {
	const now = Date.now();
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (keep.includes(name) || name === STAMP) continue;
		try {
			if (now - statSync(path).mtimeMs > KEEP_OLD_MS)
				rmSync(path, { recursive: true, force: true });
		} catch {
			// Removed meanwhile by another build: nothing to do.
		}
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const started = performance.now();
	const { entry, files } = await buildCli();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`Built the ronten command: ${relative(ROOT, entry)} and ${files.length - 1} chunks in ${seconds} s.`
	);
}
