/**
 * The compiled one-file viewer (scripts/build-one-file.js), for the shells
 * that write the html format: the CLI and the site build. It is rebuilt first
 * when a source changed since its last build, in a process of its own, so
 * neither shell loads Vite.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViewerBundle } from '../core/formats/html/one-file';
import { readBuild } from '../../../scripts/build-stamp.js';

const BUILD_SCRIPT = join('scripts', 'build-one-file.js');

/**
 * The Ronten folder this code runs from: above src/lib/node, dist/cli/… or the
 * site's server build alike. The folder holding the build script is the one.
 */
function installRoot(): string {
	let dir = dirname(fileURLToPath(import.meta.url));
	for (;;) {
		if (existsSync(join(dir, BUILD_SCRIPT))) return dir;
		const parent = dirname(dir);
		if (parent === dir) return process.cwd();
		dir = parent;
	}
}

/** The last bundle read, by its build's stamp entry: a long-running server reads each build once. */
let loaded: { entry: string; bundle: ViewerBundle } | undefined;

/** The compiled viewer; throws with a hint when there is none and none can be built. */
export function viewerBundle(): ViewerBundle {
	const root = installRoot();
	const dir = join(root, 'dist', 'one-file');
	let last = readBuild(dir, root);
	if (last?.fresh && loaded?.entry === last.entry) return loaded.bundle;
	if (!last?.fresh) {
		try {
			execFileSync(process.execPath, [join(root, BUILD_SCRIPT)], {
				cwd: root,
				stdio: ['ignore', 'ignore', 'pipe']
			});
		} catch (e) {
			// Without Vite (installed without dev dependencies) the last build still serves.
			const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
			if (!last)
				throw new Error(
					`The one-file viewer is not built and could not be built (${stderr || e}). Run npm install, then node ${BUILD_SCRIPT}, in the Ronten folder.`,
					{ cause: e }
				);
		}
		last = readBuild(dir, root) ?? last;
	}
	if (!last) throw new Error(`The one-file viewer was not built: run node ${BUILD_SCRIPT}.`);
	const folder = dirname(last.entry);
	const { scriptSha256 } = JSON.parse(readFileSync(last.entry, 'utf8')) as { scriptSha256: string };
	const bundle = {
		script: readFileSync(join(folder, 'viewer.js'), 'utf8'),
		style: readFileSync(join(folder, 'viewer.css'), 'utf8'),
		scriptSha256
	};
	loaded = { entry: last.entry, bundle };
	return bundle;
}
