/**
 * Reading maps from disk: the thin Node layer over the pure compiler, shared
 * by the CLI and the site build.
 */
import {
	closeSync,
	existsSync,
	fstatSync,
	openSync,
	readFileSync,
	readSync,
	readdirSync,
	realpathSync,
	statSync,
	type Stats
} from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
// The compiler alone, not the core's index: the CLI's validate must not load search and formats.
import { compileMap, type CompileResult, type SourceLoader } from '../core/compile';
import { MAX_SOURCE_BYTES, type SourceRefusal } from '../core/compile/source-file';

export const MAP_EXTENSIONS = ['.argdown', '.ad'];

export const mapIdOf = (path: string) => basename(path, extname(path));

/** The map files directly inside a folder, sorted by name. */
export function listMapFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => MAP_EXTENSIONS.includes(extname(f)))
		.sort()
		.map((f) => join(dir, f));
}

/** A map id (file stem in `dir`) or a path to a map file; undefined when neither exists. */
export function resolveMapFile(ref: string, dir: string): string | undefined {
	if (MAP_EXTENSIONS.includes(extname(ref)) && existsSync(ref) && statSync(ref).isFile())
		return ref;
	return listMapFiles(dir).find((f) => mapIdOf(f) === ref);
}

/**
 * Compiles one map file. Diagnostics name the file relative to `cwd` so that
 * editors and terminals can jump to them.
 */
export function compileFile(path: string, cwd = process.cwd()): CompileResult {
	const absolute = resolve(path);
	const rel = relative(cwd, absolute);
	const shown = rel && !rel.startsWith('..') ? rel : absolute;
	const folder = dirname(absolute);
	const content = readFileSync(absolute);
	return compileMap({
		id: mapIdOf(absolute),
		file: shown.split('\\').join('/'),
		content,
		loadSource: sourceLoader(folder)
	});
}

/**
 * Reads the source files of the map in `folder`: only regular files that lie
 * inside that folder (or below it) once every symbolic link is followed, and
 * none larger than the limit. Anything else is refused with the reason.
 */
export function sourceLoader(folder: string): SourceLoader {
	const root = realpathSync(folder);
	return (file) => {
		let target: string;
		try {
			target = realpathSync(resolve(root, file));
		} catch {
			return null; // missing, or a link to nothing
		}
		const inside = relative(root, target);
		if (inside.split(sep)[0] === '..' || isAbsolute(inside))
			return { refused: 'outside-map', detail: `resolves to ${target}, outside the map's folder` };
		// Stat before opening: opening a FIFO would block until someone writes to it.
		const stats = statSync(target);
		if (!stats.isFile()) return { refused: 'not-a-file', detail: `is ${kindOf(stats)}` };
		return readRegularFile(target, stats.size);
	};
}

function kindOf(stats: Stats): string {
	if (stats.isDirectory()) return 'a directory, not a text file';
	if (stats.isFIFO()) return 'a FIFO (named pipe), not a text file';
	if (stats.isSocket()) return 'a socket, not a text file';
	if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device, not a text file';
	return 'not a regular file';
}

/** Reads a file no larger than the limit, also if it grew between the check and the read. */
function readRegularFile(path: string, size: number): Uint8Array | SourceRefusal {
	const tooLarge = (bytes: number): SourceRefusal => ({
		refused: 'too-large',
		detail: `is ${bytes} bytes`
	});
	if (size > MAX_SOURCE_BYTES) return tooLarge(size);
	const fd = openSync(path, 'r');
	try {
		const now = fstatSync(fd).size;
		if (now > MAX_SOURCE_BYTES) return tooLarge(now);
		const bytes = Buffer.alloc(now);
		let filled = 0;
		while (filled < now) {
			const read = readSync(fd, bytes, filled, now - filled, filled);
			if (read === 0) break;
			filled += read;
		}
		return bytes.subarray(0, filled);
	} finally {
		closeSync(fd);
	}
}
