/**
 * What the ahead-of-time builds share (the `ronten` command, the one-file
 * viewer): each build goes to a folder named by its content, and `build.json`
 * names the current one with the time of every source it was built from.
 * A build is fresh while every one of those files still has that time, which
 * costs one stat per file. `build.json` is replaced in one rename, so a
 * process that reads it never sees half a build.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
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
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = 'build.json';
/** npm rewrites this file on every install: a new dependency shows in its time. */
const INSTALL_STAMP = 'node_modules/.package-lock.json';
/** Older builds and leftovers are removed when older than this (a command starts in far less). */
const KEEP_OLD_MS = 60_000;

/**
 * @typedef {object} Stamp
 * @property {string} entry the main file, relative to the build folder
 * @property {Record<string, number>} inputs each source file (relative to the root) with its mtime
 */

/**
 * The last build in `dir`, and whether it is current.
 * @param {string} dir
 * @param {string} [root] the folder the stamp's paths are relative to
 * @returns {{ entry: string, fresh: boolean } | undefined}
 */
export function readBuild(dir, root = ROOT) {
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
			return statSync(join(root, file)).mtimeMs === time;
		} catch {
			return false;
		}
	});
	return { entry, fresh };
}

/**
 * Writes a build's files into `dir/<content hash>/` (once: a folder that exists holds the same
 * files), points the stamp at `entry` inside it, and removes builds older than the last two.
 * @param {object} build
 * @param {string} build.dir
 * @param {{ path: string, contents: Uint8Array | string }[]} build.files paths relative to the build
 * @param {string} build.entry the main file among them
 * @param {string[]} build.inputs source files the build read, relative to the root
 * @param {string} build.script the build script itself, relative to the root
 * @param {number} build.started when the build started (Date.now())
 * @returns {string} the folder of this build
 */
export function commitBuild({ dir, files, entry, inputs, script, started }) {
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
	// The build the stamp named until now may still be in use by another process: keep it.
	const previous = readBuild(dir)?.entry;
	writeStamp(dir, { entry: join(id, entry), inputs: inputTimes(inputs, script, started) });
	const previousId = (previous && relative(dir, previous).split(sep)[0]) || id;
	removeOldBuilds(dir, [id, previousId]);
	return target;
}

/**
 * The mtime of each source file outside node_modules, and of the install
 * stamp for those inside. A file changed while the build ran gets time 0, so
 * the next run builds again.
 * @param {string[]} inputs
 * @param {string} script
 * @param {number} started
 */
function inputTimes(inputs, script, started) {
	/** @type {Record<string, number>} */
	const times = {};
	const files = inputs.filter((f) => !f.split('/').includes('node_modules'));
	files.push(script, 'scripts/build-stamp.js');
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
 * Removes builds other than the ones to keep, and what a failed build left
 * behind, once older than a command takes to start.
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
