/**
 * The one-file viewer, compiled ahead of time: Vite builds `src/one-file/main.ts`
 * (the site's map viewer, with stand-ins for SvelteKit's `$app` modules) into
 * one classic script and one stylesheet, with the search and evaluation
 * workers inlined as blobs, so that a page can carry all of it and run from
 * disk with no request. `ronten export --format html` and the site's download
 * of that format read it from `dist/one-file/`; both build it first when a
 * source changed since (about 20 s), as the CLI's own build does.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 * Run it by hand with `node scripts/build-one-file.js`.
 */
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, commitBuild, readBuild } from './build-stamp.js';

export const ONE_FILE_DIR = join(ROOT, 'dist', 'one-file');
const SHIMS = join(ROOT, 'src', 'one-file', 'app');

/** Workers become part of the script: a file opened from disk cannot load one from a URL. */
const inlineWorkers = {
	name: 'ronten-inline-workers',
	enforce: /** @type {const} */ ('pre'),
	/**
	 * @this {import('rollup').PluginContext}
	 * @param {string} source
	 * @param {string | undefined} importer
	 */
	async resolveId(source, importer) {
		if (!source.endsWith('?worker')) return null;
		const resolved = await this.resolve(source.slice(0, -'?worker'.length), importer, {
			skipSelf: true
		});
		return resolved && `${resolved.id}?worker&inline`;
	}
};

/**
 * Builds the viewer into `dir` and returns the folder of the build.
 * @param {{ dir?: string }} [options]
 */
export async function buildOneFile({ dir = ONE_FILE_DIR } = {}) {
	const { build } = await import('vite');
	const { svelte } = await import('@sveltejs/vite-plugin-svelte');
	const started = Date.now();
	const output = /** @type {import('rollup').RollupOutput} */ (
		await build({
			configFile: false,
			root: ROOT,
			logLevel: 'warn',
			mode: 'production',
			plugins: [svelte({ configFile: join(ROOT, 'svelte.config.js') }), inlineWorkers],
			resolve: {
				alias: {
					$lib: join(ROOT, 'src', 'lib'),
					'$app/environment': join(SHIMS, 'environment.ts'),
					'$app/paths': join(SHIMS, 'paths.ts'),
					'$app/navigation': join(SHIMS, 'navigation.ts'),
					'$app/state': join(SHIMS, 'state.svelte.ts')
				}
			},
			worker: { format: 'iife' },
			build: {
				write: false,
				target: 'es2022',
				minify: true,
				cssCodeSplit: false,
				modulePreload: false,
				assetsInlineLimit: () => true,
				reportCompressedSize: false,
				rollupOptions: {
					input: join(ROOT, 'src', 'one-file', 'main.ts'),
					output: { format: 'iife' },
					// Vite's helper for preloading dynamic imports asks for import.meta, which a
					// classic script lacks; with every import inlined the helper never loads anything.
					onLog(level, log, handler) {
						if (log.code === 'EMPTY_IMPORT_META' && log.id?.includes('preload-helper')) return;
						handler(level, log);
					}
				}
			}
		})
	);
	const chunks = output.output.filter((o) => o.type === 'chunk');
	const styles = output.output.filter((o) => o.type === 'asset' && o.fileName.endsWith('.css'));
	if (chunks.length !== 1) throw new Error(`expected one script, Vite wrote ${chunks.length}`);
	const [chunk] = chunks;
	// Inside a <script> element only `</script` and `<!--` change how the page is read; in the
	// script they can only be in strings or regular expressions, where `<\/` and `<\!` mean the same.
	const script = chunk.code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
	const style = styles.map((s) => String(/** @type {any} */ (s).source)).join('\n');
	const scriptSha256 = createHash('sha256').update(script).digest('base64');
	const inputs = Object.keys(chunk.modules)
		.map((id) => id.replace(/^\0/, '').split('?')[0])
		.filter((id) => id.startsWith(ROOT))
		.map((id) => relative(ROOT, id));
	const target = commitBuild({
		dir,
		files: [
			{ path: 'viewer.js', contents: script },
			{ path: 'viewer.css', contents: style },
			{ path: 'bundle.json', contents: JSON.stringify({ scriptSha256 }) + '\n' }
		],
		entry: 'bundle.json',
		inputs: [...new Set(inputs)],
		script: 'scripts/build-one-file.js',
		started
	});
	return target;
}

/**
 * The current build's folder, built first when there is none or a source changed.
 * @param {{ dir?: string }} [options]
 */
export async function oneFileBuild({ dir = ONE_FILE_DIR } = {}) {
	const last = readBuild(dir);
	if (last?.fresh) return join(last.entry, '..');
	return buildOneFile({ dir });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const started = performance.now();
	const target = await buildOneFile();
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.log(`Built the one-file viewer: ${relative(ROOT, target)} in ${seconds} s.`);
}
