/** The `ronten` command run as a reader runs it: a separate process from the repository's root. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = process.cwd();
export const bin = join(root, 'bin', 'ronten.js');

export function ronten(...args: string[]) {
	const r = spawnSync(process.execPath, [bin, ...args], {
		cwd: root,
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}
