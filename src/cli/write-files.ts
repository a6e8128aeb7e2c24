/**
 * Writing a command's output files all or nothing. Each file is written to a
 * temporary file in its target folder and renamed into place only once every
 * one of them is written, so a failure (a full disk, a file where a folder
 * should be) leaves neither a half-imported map nor stray temporary files.
 */
import { randomBytes } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	renameSync,
	rmdirSync,
	statSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { error, type Diagnostic } from '../lib/core/diagnostics';

export interface OutputFile {
	/** Absolute path of the file to write. */
	path: string;
	text: string;
}

export interface WriteOptions {
	/** Replace files that already exist. */
	force: boolean;
	/** Make missing folders (an import writes `sources/`); otherwise a missing folder is an error. */
	createFolders: boolean;
	/** Paths in diagnostics are shown relative to this folder. */
	cwd: string;
}

/** Something that went wrong, with the path it went wrong at. */
class WriteFailure extends Error {
	constructor(
		readonly path: string,
		readonly reason: unknown
	) {
		super(`Cannot write ${path}`);
	}
}

/**
 * Writes the files in order (put the one that refers to the others last), or
 * none of them. Problems come back as diagnostics, one per file or folder at fault.
 */
export function writeAll(files: readonly OutputFile[], options: WriteOptions): Diagnostic[] {
	const shown = (path: string) => {
		const near = relative(options.cwd, path);
		return near && !near.startsWith('..') && !isAbsolute(near) ? near : path;
	};
	const problems = files.flatMap((f) => targetProblems(f.path, options, shown));
	if (problems.length) return problems;

	const createdFolders: string[] = [];
	const temporary = new Map<string, string>();
	const placed: string[] = [];
	try {
		for (const f of files) {
			const folder = dirname(f.path);
			if (options.createFolders) createdFolders.push(...makeFolders(folder));
			// A short name: a long target name plus a suffix could pass the file system's limit.
			const temp = join(folder, `.ronten-${randomBytes(6).toString('hex')}.tmp`);
			temporary.set(f.path, temp);
			attempt(temp, () => writeFileSync(temp, f.text, { flag: 'wx' }));
		}
		for (const f of files) {
			const existed = existsSync(f.path);
			attempt(f.path, () => renameSync(temporary.get(f.path) as string, f.path));
			temporary.delete(f.path);
			if (!existed) placed.push(f.path);
		}
		return [];
	} catch (e) {
		// Undo what this call did: temporary files, files it added, folders it made.
		for (const temp of temporary.values()) quietly(() => unlinkSync(temp));
		for (const path of placed) quietly(() => unlinkSync(path));
		for (const folder of createdFolders.reverse()) quietly(() => rmdirSync(folder));
		const failure = e instanceof WriteFailure ? e : new WriteFailure(files[0]?.path ?? '', e);
		return [ioDiagnostic(failure, shown)];
	}
}

/** What is wrong with writing to this path, before anything is written. */
function targetProblems(
	path: string,
	options: WriteOptions,
	shown: (path: string) => string
): Diagnostic[] {
	const at = (code: string, file: string, message: string, hint: string) => [
		error(code, file, { line: 1, column: 1 }, message, hint)
	];
	const existing = statOf(path);
	if (existing?.isDirectory())
		return at(
			'not-a-file',
			shown(path),
			`${shown(path)} is a folder.`,
			'Give a file name, not a folder, as the output.'
		);
	if (existing && !options.force)
		return at(
			'file-exists',
			shown(path),
			`${shown(path)} already exists.`,
			'Use --force to replace it, or choose another output file.'
		);
	// The nearest part of the folder path that exists must be a folder.
	let folder = dirname(path);
	while (!statOf(folder) && dirname(folder) !== folder) folder = dirname(folder);
	const stat = statOf(folder);
	if (stat && !stat.isDirectory())
		return at(
			'not-a-folder',
			shown(folder),
			`${shown(folder)} is a file, so ${shown(path)} cannot be written inside it.`,
			'Move or rename that file, or choose an output path in another folder.'
		);
	if (!options.createFolders && folder !== dirname(path))
		return at(
			'no-such-folder',
			shown(path),
			`The folder ${shown(dirname(path))} does not exist.`,
			'Create the folder first, or choose an output path in a folder that exists.'
		);
	return [];
}

function statOf(path: string) {
	try {
		return statSync(path);
	} catch {
		return undefined;
	}
}

/** Makes the missing folders of a path, outermost first, and returns the ones it made. */
function makeFolders(folder: string): string[] {
	const missing: string[] = [];
	for (let f = folder; !existsSync(f) && dirname(f) !== f; f = dirname(f)) missing.unshift(f);
	const made: string[] = [];
	for (const f of missing) {
		attempt(f, () => mkdirSync(f));
		made.push(f);
	}
	return made;
}

function attempt(path: string, action: () => void) {
	try {
		action();
	} catch (e) {
		throw new WriteFailure(path, e);
	}
}

function quietly(action: () => void) {
	try {
		action();
	} catch {
		// Clean-up is best effort: the failure being reported matters more.
	}
}

const REASONS: Record<string, [string, string]> = {
	EACCES: ['permission is denied', 'Choose a folder you may write to, or change its permissions.'],
	EPERM: ['permission is denied', 'Choose a folder you may write to, or change its permissions.'],
	EROFS: ['the file system is read-only', 'Choose an output path on a writable disk.'],
	ENOSPC: ['the disk is full', 'Free some space, then run the command again.'],
	EDQUOT: ['the disk quota is used up', 'Free some space, then run the command again.'],
	ENOTDIR: [
		'a file is in the way of a folder',
		'Move or rename that file, or choose an output path in another folder.'
	],
	EEXIST: [
		'a file is in the way of a folder',
		'Move or rename that file, or choose an output path in another folder.'
	],
	EISDIR: ['it is a folder', 'Give a file name, not a folder, as the output.'],
	ENAMETOOLONG: ['the name is too long', 'Choose a shorter output path.']
};

function ioDiagnostic(failure: WriteFailure, shown: (path: string) => string): Diagnostic {
	const code = (failure.reason as NodeJS.ErrnoException | undefined)?.code ?? '';
	const [reason, hint] = REASONS[code] ?? [
		`the system reports ${code || 'an error'}`,
		'Check that the folder exists and that you may write to it, then run the command again.'
	];
	return error(
		'write-failed',
		shown(failure.path),
		{ line: 1, column: 1 },
		`Nothing was written: ${shown(failure.path)} cannot be written because ${reason}.`,
		hint
	);
}
