/** `ronten validate` on maps that used to vanish at the parse stage: too deep, and empty. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const bin = join(root, 'bin', 'ronten.js');
const dir = mkdtempSync(join(tmpdir(), 'ronten-hostile-'));

function validate(name: string, text: string) {
	const file = join(dir, name);
	writeFileSync(file, text);
	const r = spawnSync(process.execPath, [bin, 'validate', file], {
		cwd: root,
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('ronten validate on hostile maps', { timeout: 60_000 }, () => {
	it('fails a map nested 500 levels deep with too-deep at the line that passes the limit', () => {
		const lines = ['[S0]: The root. #position'];
		for (let i = 1; i <= 500; i++) lines.push(`${'  '.repeat(i)}+ [S${i}]: Level ${i}.`);
		const r = validate('deep.argdown', lines.join('\n'));
		expect(r.code).toBe(1);
		expect(r.out).toContain(`deep.argdown:102:203 error too-deep`);
		expect(r.out).toMatch(/hint: Declare the deeper statements at top level/);
		expect(r.err).toMatch(/1 error\(s\), 0 warning\(s\)/);
	});

	it('warns about an empty map and passes it', () => {
		const r = validate('empty.argdown', '===\ntitle: Nothing yet\n===\n');
		expect(r.code).toBe(0);
		expect(r.out).toContain('empty.argdown:1:1 warning empty-map');
		expect(r.err).toMatch(/0 error\(s\), 1 warning\(s\)/);
	});
});
