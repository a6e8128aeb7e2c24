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
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, commitBuild, readBuild as readBuildIn } from './build-stamp.js';

export const CLI_DIR = join(ROOT, 'dist', 'cli');

/**
 * The last build, and whether it is current: every file it was built from
 * still has the time it had then. Costs one stat per source file.
 * @param {string} [dir]
 */
export const readBuild = (dir = CLI_DIR) => readBuildIn(dir);

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
	const target = commitBuild({
		dir,
		files,
		entry: 'main.js',
		inputs: Object.keys(result.metafile.inputs),
		script: 'scripts/build-cli.js',
		started
	});
	return {
		entry: join(target, 'main.js'),
		files: files.map((f) => f.path),
		metafile: result.metafile
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const started = performance.now();
	const { entry, files } = await buildCli();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(
		`Built the ronten command: ${relative(ROOT, entry)} and ${files.length - 1} chunks in ${seconds} s.`
	);
}
