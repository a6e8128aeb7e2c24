/**
 * All or nothing: when the file system fails half-way (a full disk, here
 * simulated on one call), whatever the call wrote or made is taken back.
 */
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { writeAll } from './write-files';

vi.mock('node:fs', async (importOriginal) => {
	const actual = await importOriginal<typeof import('node:fs')>();
	return {
		...actual,
		renameSync: vi.fn(actual.renameSync),
		writeFileSync: vi.fn(actual.writeFileSync)
	};
});

const actual = await vi.importActual<typeof import('node:fs')>('node:fs');
const work = mkdtempSync(join(tmpdir(), 'ronten-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.mocked(fs.renameSync).mockImplementation(actual.renameSync));
afterEach(() => vi.mocked(fs.writeFileSync).mockImplementation(actual.writeFileSync));

const diskFull = () => {
	throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
};

/** Every file and folder under a folder, as relative paths. */
const tree = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).sort();

describe('writeAll', () => {
	const options = { force: false, createFolders: true, cwd: work };

	it('writes every file, making the folders it needs', () => {
		const dir = mkdtempSync(join(work, 'ok-'));
		const files = [
			{ path: join(dir, 'maps', 'sources', 'a.txt'), text: 'A' },
			{ path: join(dir, 'maps', 'a.argdown'), text: 'map' }
		];
		expect(writeAll(files, options)).toEqual([]);
		expect(tree(dir)).toEqual(['maps', 'maps/a.argdown', 'maps/sources', 'maps/sources/a.txt']);
	});

	it('takes back the files and folders it made when a later file cannot be put in place', () => {
		const dir = mkdtempSync(join(work, 'rename-'));
		writeFileSync(join(dir, 'keep.txt'), 'mine');
		vi.mocked(fs.renameSync)
			.mockImplementationOnce(actual.renameSync)
			.mockImplementationOnce(diskFull);
		const files = [
			{ path: join(dir, 'maps', 'sources', 'a.txt'), text: 'A' },
			{ path: join(dir, 'maps', 'a.argdown'), text: 'map' }
		];
		const problems = writeAll(files, options);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			code: 'write-failed',
			severity: 'error',
			line: 1,
			column: 1,
			message: expect.stringContaining('because the disk is full'),
			hint: 'Free some space, then run the command again.'
		});
		expect(problems[0]!.file).toMatch(/maps\/a\.argdown$/);
		expect(tree(dir)).toEqual(['keep.txt']);
	});

	it('removes the temporary files it wrote when a later one cannot be written', () => {
		const dir = mkdtempSync(join(work, 'write-'));
		vi.mocked(fs.writeFileSync)
			.mockImplementationOnce(actual.writeFileSync)
			.mockImplementationOnce(diskFull);
		const files = [
			{ path: join(dir, 'one.txt'), text: '1' },
			{ path: join(dir, 'two.txt'), text: '2' }
		];
		expect(writeAll(files, options).map((d) => d.code)).toEqual(['write-failed']);
		expect(tree(dir)).toEqual([]);
	});

	it('leaves a file it was to replace untouched when the replacement fails', () => {
		const dir = mkdtempSync(join(work, 'replace-'));
		writeFileSync(join(dir, 'map.json'), 'old');
		vi.mocked(fs.renameSync).mockImplementationOnce(diskFull);
		const problems = writeAll([{ path: join(dir, 'map.json'), text: 'new' }], {
			...options,
			force: true
		});
		expect(problems.map((d) => d.code)).toEqual(['write-failed']);
		expect(tree(dir)).toEqual(['map.json']);
		expect(fs.readFileSync(join(dir, 'map.json'), 'utf8')).toBe('old');
	});
});
