/** `ronten` on maps whose sources lie outside their folder: an error with its place, and nothing of the file. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = process.cwd();
const bin = join(root, 'bin', 'ronten.js');
const SECRET = 'ronten-cli-secret-7b20e';

const work = mkdtempSync(join(tmpdir(), 'ronten-cli-sources-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
mkdirSync(join(work, 'map'));
writeFileSync(join(work, 'secret.txt'), `${SECRET} the words quoted\n`);

function ronten(...args: string[]) {
	const r = spawnSync(process.execPath, [bin, ...args], {
		cwd: work,
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

function mapNaming(file: string): string {
	const path = join(work, 'map', 'leak.argdown');
	writeFileSync(
		path,
		[
			'===',
			'sources:',
			'  - id: secret',
			'    title: Not ours to read',
			`    file: ${file}`,
			'===',
			'',
			'[Leak]: It leaks. #position',
			'  + [Words]: The words. {source: secret, quote: "the words quoted"}',
			''
		].join('\n')
	);
	return path;
}

describe('a source outside the map folder', () => {
	it.each([
		['a path that climbs out', '../secret.txt', /climbs out of the map's folder/],
		['an absolute path', join(work, 'secret.txt'), /is an absolute path/]
	])('%s stops export with the diagnostic and prints nothing of the file', (_, file, why) => {
		const map = mapNaming(file);
		const r = ronten('export', map, '--format', 'json');
		expect(r.code).toBe(1);
		expect(r.out).toBe('');
		const [head, hint] = r.err.trim().split('\n');
		expect(head).toMatch(/^map\/leak\.argdown:5:5 error source-outside-map Source file /);
		expect(head).toMatch(why);
		expect(hint).toMatch(/hint: Put the text file inside the map's folder/);
		expect(r.out + r.err).not.toContain(SECRET);
	});

	it('fails validation with the same diagnostic', () => {
		const r = ronten('validate', mapNaming('../secret.txt'));
		expect(r.code).toBe(1);
		expect(r.out).toContain('map/leak.argdown:5:5 error source-outside-map');
		expect(r.out + r.err).not.toContain(SECRET);
	});
});
