/**
 * The CLI never loses or half-writes data: `import` writes all its files or
 * none, `export -o` replaces a file only with --force, and what both streams
 * print arrives in the order it was written, so a reader of `2>&1` sees every
 * diagnostic and hint before the summary.
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ronten } from '$test/cli';

const root = process.cwd();
const bin = join(root, 'bin', 'ronten.js');
const work = mkdtempSync(join(tmpdir(), 'ronten-safety-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh folder under the test's work folder. */
function folder(name: string): string {
	const dir = join(work, name);
	mkdirSync(dir, { recursive: true });
	return dir;
}

const aif = 'tests/fixtures/aif/taxes-ova.json';

describe('ronten import -o', () => {
	it('leaves nothing behind when sources/ cannot be made, and a retry needs no --force', () => {
		const dir = folder('sources-is-a-file');
		writeFileSync(join(dir, 'sources'), 'not a folder');
		const out = join(dir, 'taxes.argdown');
		const r = ronten('import', aif, '-o', out);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/sources:1:1 error not-a-folder .*sources is a file/);
		expect(r.err).toMatch(/\n {2}hint: [A-Z].*\.\n/);
		expect(r.err).not.toMatch(/ENOENT|EEXIST|ENOTDIR|\n\s+at /);
		expect(readdirSync(dir)).toEqual(['sources']);

		rmSync(join(dir, 'sources'));
		const again = ronten('import', aif, '-o', out);
		expect(again.err).toContain('Imported 2 nodes');
		expect(again.code).toBe(0);
		expect(readdirSync(dir).sort()).toEqual(['sources', 'taxes.argdown']);
		expect(readdirSync(join(dir, 'sources'))).toEqual(['taxes.txt']);
	});

	it('makes the folders it needs and leaves no temporary files', () => {
		const dir = folder('new-folders');
		const out = join(dir, 'a', 'b', 'taxes.argdown');
		expect(ronten('import', aif, '-o', out).code).toBe(0);
		expect(readdirSync(join(dir, 'a', 'b')).sort()).toEqual(['sources', 'taxes.argdown']);
		expect(readdirSync(join(dir, 'a', 'b', 'sources'))).toEqual(['taxes.txt']);
	});

	it('refuses to write into a file or over a folder, naming it', () => {
		const dir = folder('in-the-way');
		writeFileSync(join(dir, 'file'), 'x');
		mkdirSync(join(dir, 'taken.argdown'));
		const intoFile = ronten('import', aif, '-o', join(dir, 'file', 'taxes.argdown'));
		expect(intoFile.code).toBe(1);
		expect(intoFile.err).toContain('error not-a-folder');
		const overFolder = ronten('import', aif, '-o', join(dir, 'taken.argdown'));
		expect(overFolder.code).toBe(1);
		expect(overFolder.err).toContain('error not-a-file');
		expect(readdirSync(dir).sort()).toEqual(['file', 'taken.argdown']);
		expect(readdirSync(join(dir, 'taken.argdown'))).toEqual([]);
	});
});

describe('ronten export -o', () => {
	it('refuses to replace a file without --force, and replaces it with --force', () => {
		const dir = folder('export-existing');
		const file = join(dir, 'map.json');
		writeFileSync(file, 'precious');
		const r = ronten('export', 'japan-nato', '--format', 'json', '-o', file);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/map\.json:1:1 error file-exists .*map\.json already exists\./);
		expect(r.err).toContain('hint: Use --force to replace it');
		expect(readFileSync(file, 'utf8')).toBe('precious');

		const forced = ronten('export', 'japan-nato', '--format', 'json', '-o', file, '--force');
		expect(forced.code).toBe(0);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ id: 'japan-nato' });
		expect(readdirSync(dir)).toEqual(['map.json']);
	});

	it('says clearly that a folder is missing, without a raw ENOENT', () => {
		const dir = folder('export-missing');
		const r = ronten(
			'export',
			'japan-nato',
			'--format',
			'argdown',
			'-o',
			join(dir, 'nodir', 'x.argdown')
		);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(
			/x\.argdown:1:1 error no-such-folder The folder .*nodir does not exist\./
		);
		expect(r.err).toContain('hint: Create the folder first');
		expect(r.err).not.toMatch(/ENOENT|\n\s+at /);
		expect(existsSync(join(dir, 'nodir'))).toBe(false);
	});

	it('lists --force in its usage line', () => {
		const r = ronten('export', 'japan-nato');
		expect(r.code).toBe(2);
		expect(r.err).toContain('Usage: ronten export MAP --format FORMAT [-o FILE] [--force]');
	});
});

/**
 * Reads standard input 4 KB at a time, 50 times a second, then prints it all:
 * a reader slower than the CLI writes, so the pipe between them fills up.
 */
const SLOW_READER = `
const { readSync } = require('node:fs');
const chunks = [];
const tick = () => {
	const buffer = Buffer.alloc(4096);
	const n = readSync(0, buffer, 0, buffer.length, null);
	if (n === 0) return process.stdout.write(Buffer.concat(chunks));
	chunks.push(buffer.subarray(0, n));
	setTimeout(tick, 20);
};
tick();
`;

describe('stdout and stderr read together', () => {
	it('show every diagnostic and hint before the summary, each on its own line', () => {
		// Two maps of 700 errors each, 115 KB of diagnostics apiece. The first fills the pipe,
		// so Node queues the rest of stdout until the command is done; while the second
		// compiles, the reader makes room, and a summary written straight to stderr would
		// land before the queued diagnostics, even in the middle of a line.
		const dir = folder('many-errors');
		const relations = Array.from(
			{ length: 700 },
			(_, i) => `  + [Q${i}]: The text. {source: book, quote: "quick brown fox"}`
		);
		for (const name of ['a', 'b'])
			writeFileSync(
				join(dir, `${name}.argdown`),
				['[Top]: The top. #position', ...relations].join('\n') + '\n'
			);
		const r = spawnSync(
			'sh',
			[
				'-c',
				'"$0" "$1" validate "$2" 2>&1 | "$0" -e "$3"',
				process.execPath,
				bin,
				dir,
				SLOW_READER
			],
			{ cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }
		);
		const lines = r.stdout.split('\n');
		expect(lines.pop()).toBe('');
		const summary = '2 map(s) checked: 1400 error(s), 0 warning(s).';
		expect(lines.filter((l) => l.includes('map(s) checked'))).toEqual([summary]);
		expect(lines.at(-1)).toBe(summary);
		const body = lines.slice(0, -1);
		expect(body).toHaveLength(2800);
		body.forEach((line, i) =>
			expect(line, `line ${i + 1}`).toMatch(
				i % 2 ? /^ {2}hint: [A-Z].*\.$/ : /[ab]\.argdown:\d+:5 error unknown-source /
			)
		);
	}, 120_000);
});
