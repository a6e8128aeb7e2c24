/**
 * Reading maps from disk: the thin Node layer over the pure compiler, shared
 * by the CLI and the site build.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { compileMap, type CompileResult } from '../core';

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
		loadSource: (file) => {
			const target = resolve(folder, file);
			return existsSync(target) && statSync(target).isFile() ? readFileSync(target) : null;
		}
	});
}
