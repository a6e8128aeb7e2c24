/**
 * A map reads its sources only from regular files inside its own folder, and
 * none over the size limit: whatever the front matter names, nothing else
 * is read or published.
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	symlinkSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../core/compile/source-file';
import { compileFile, sourceLoader } from './maps';

const SECRET = 'ronten-secret-4f1c9';
const QUOTE = 'a quiet fox crossed the river';
const posix = process.platform !== 'win32';

const root = mkdtempSync(join(tmpdir(), 'ronten-sources-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// root/outside/secret.txt must never be read; root/map/ holds the maps under test.
const outside = join(root, 'outside');
const secret = join(outside, 'secret.txt');
mkdirSync(outside);
writeFileSync(secret, `${SECRET} ${QUOTE}\n`);
const folder = join(root, 'map');
mkdirSync(join(folder, 'sources', 'deep'), { recursive: true });
writeFileSync(join(folder, 'sources', 'deep', 'fox.txt'), `Once ${QUOTE} at dawn.\n`);

/** Writes a map whose one source names `file` (its `file:` key is at line 5, column 5) and compiles it. */
function compileWith(file: string, name = 'map') {
	const path = join(folder, `${name}.argdown`);
	writeFileSync(
		path,
		[
			'===',
			'sources:',
			'  - id: text',
			'    title: A text',
			`    file: ${JSON.stringify(file)}`,
			'===',
			'',
			'[Fox]: A fox crossed. #position',
			`  + [Seen]: Someone saw it. {source: text, quote: "${QUOTE}"}`,
			''
		].join('\n')
	);
	return compileFile(path, root);
}

function expectRefused(file: string, code: string, says: RegExp) {
	const result = compileWith(file);
	expect(result.diagnostics).toHaveLength(1);
	const [d] = result.diagnostics;
	expect(d).toMatchObject({ code, severity: 'error', file: 'map/map.argdown', line: 5, column: 5 });
	expect(d?.message).toContain(`Source file "${file}" of source "text"`);
	expect(d?.message).toMatch(says);
	expect(d?.hint).toMatch(/^[A-Z].+\.$/);
	expect(JSON.stringify(result)).not.toContain(SECRET);
	expect(result.map.sources[0]?.text).toBe('');
	return result;
}

describe('sources outside the map folder', () => {
	it('refuses a path that climbs out with ..', () => {
		expectRefused('../outside/secret.txt', 'source-outside-map', /climbs out of the map's folder/);
		expectRefused('sources/../../outside/secret.txt', 'source-outside-map', /climbs out/);
	});

	it('refuses an absolute path', () => {
		expectRefused(secret, 'source-outside-map', /is an absolute path/);
	});

	it.runIf(posix)('refuses a symbolic link that leads outside', () => {
		symlinkSync(secret, join(folder, 'sources', 'link-out.txt'));
		const d = expectRefused(
			'sources/link-out.txt',
			'source-outside-map',
			/outside the map's folder/
		);
		expect(d.diagnostics[0]?.message).toContain(`resolves to ${secret}`);
	});

	it.runIf(existsSync('/proc/self/environ'))('never reads /proc/self/environ', () => {
		const environ = /PATH=|HOME=/;
		expect(
			JSON.stringify(expectRefused('/proc/self/environ', 'source-outside-map', /absolute/))
		).not.toMatch(environ);
		symlinkSync('/proc/self/environ', join(folder, 'sources', 'environ.txt'));
		const linked = expectRefused('sources/environ.txt', 'source-outside-map', /outside/);
		expect(JSON.stringify(linked)).not.toMatch(environ);
	});

	it('refuses a directory', () => {
		expectRefused('sources/deep', 'source-outside-map', /is a directory, not a text file/);
	});

	it.runIf(posix)('refuses a FIFO without opening it (opening one would block)', () => {
		const fifo = join(folder, 'sources', 'pipe.txt');
		expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
		expectRefused('sources/pipe.txt', 'source-outside-map', /is a FIFO \(named pipe\)/);
	});

	it('the Node loader refuses on its own what the path rule would also catch', () => {
		const load = sourceLoader(folder);
		expect(load('../outside/secret.txt')).toMatchObject({ refused: 'outside-map' });
		expect(load(secret)).toMatchObject({ refused: 'outside-map' });
		expect(load('.')).toMatchObject({ refused: 'not-a-file' });
	});
});

describe('the source size limit', () => {
	it('refuses a source over the limit before reading it', () => {
		// A sparse file: the size is on record, no bytes are written.
		const big = join(folder, 'sources', 'big.txt');
		writeFileSync(big, '');
		truncateSync(big, MAX_SOURCE_BYTES + 1);
		expectRefused(
			'sources/big.txt',
			'source-too-large',
			/is 8388609 bytes; sources are limited to 8 MB \(8388608 bytes\)\./
		);
	});

	it('reads a source of exactly the limit', () => {
		const full = join(folder, 'sources', 'full.txt');
		writeFileSync(full, '');
		truncateSync(full, MAX_SOURCE_BYTES);
		const bytes = sourceLoader(folder)('sources/full.txt');
		expect(bytes).toBeInstanceOf(Uint8Array);
		expect((bytes as Uint8Array).byteLength).toBe(MAX_SOURCE_BYTES);
	});
});

describe('sources inside the map folder', () => {
	const anchored = (result: ReturnType<typeof compileFile>) =>
		result.map.nodes.find((n) => n.title === 'Seen');

	it('reads a file in a subfolder and anchors its quote', () => {
		const result = compileWith('sources/deep/fox.txt');
		expect(result.diagnostics).toEqual([]);
		expect(anchored(result)).toMatchObject({ quote: { exact: QUOTE, start: 5 } });
	});

	it('accepts a path that steps out and back in', () => {
		expect(compileWith('sources/../sources/deep/fox.txt').diagnostics).toEqual([]);
	});

	it.runIf(posix)('follows a symbolic link that stays inside', () => {
		symlinkSync(join('deep', 'fox.txt'), join(folder, 'sources', 'alias.txt'));
		const result = compileWith('sources/alias.txt');
		expect(result.diagnostics).toEqual([]);
		expect(anchored(result)?.kind).toBe('evidence');
	});

	it.runIf(posix)('accepts sources of a map whose folder is reached through a link', () => {
		const linked = join(root, 'linked');
		symlinkSync(folder, linked);
		compileWith('sources/deep/fox.txt', 'through-link');
		expect(compileFile(join(linked, 'through-link.argdown'), root).diagnostics).toEqual([]);
	});

	it('still calls a missing file or a link to nothing missing', () => {
		expect(compileWith('sources/none.txt').diagnostics.map((d) => d.code)).toEqual([
			'source-missing'
		]);
		if (!posix) return;
		symlinkSync(join(folder, 'sources', 'gone.txt'), join(folder, 'sources', 'dangling.txt'));
		expect(compileWith('sources/dangling.txt').diagnostics.map((d) => d.code)).toEqual([
			'source-missing'
		]);
	});
});
