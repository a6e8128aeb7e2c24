/** `ronten trace` and `ronten export` on a map 10,000 links deep, written flat as Argdown cannot nest that far. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMap } from '../../src/lib/core';
import { comparable } from '../support/compile-text';

const root = process.cwd();
const bin = join(root, 'bin', 'ronten.js');
const LINKS = 10_000;

function ronten(...args: string[]) {
	const r = spawnSync(process.execPath, [bin, ...args], {
		cwd: root,
		encoding: 'utf8',
		timeout: 120_000,
		maxBuffer: 256 * 1024 * 1024
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each statement at the top level, supporting the one before: a chain with no nesting at all.
const lines = ['[S0]: The position. #position', ''];
for (let i = 1; i <= LINKS; i++) lines.push(`[S${i}]: Statement ${i}.`, `  +> [S${i - 1}]`, '');
const text = lines.join('\n');
const file = join(mkdtempSync(join(tmpdir(), 'ronten-deep-')), 'deep.argdown');
writeFileSync(file, text);
let original: ReturnType<typeof compileMap> | undefined;
const compiled = () =>
	(original ??= compileMap({ id: 'deep', file, content: text, loadSource: () => null }));

// Each test spawns the command on 20,000 lines of Argdown: slow on a busy machine.
describe('a chain of 10,000 links', { timeout: 120_000 }, () => {
	it('compiles to one chain', () => {
		const { map, diagnostics } = compiled();
		expect(diagnostics).toEqual([]);
		expect(map.nodes).toHaveLength(LINKS + 1);
		expect(map.edges).toHaveLength(LINKS);
	});

	it('trace --json gives the far end its chain to the position, and says a limit cut the search', () => {
		const r = ronten('trace', file, `s${LINKS}`, '--json');
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		const trace = JSON.parse(r.out);
		expect(trace.chains).toHaveLength(1);
		expect(trace.chains[0].position).toBe('s0');
		expect(trace.chains[0].steps).toHaveLength(LINKS);
		expect(trace.truncated).toBe(true);
	});

	it('trace prints and serialises the position’s tree 10,000 levels deep', () => {
		const json = ronten('trace', file, 's0', '--json');
		expect(json.code).toBe(0);
		const trace = JSON.parse(json.out);
		expect(trace.supporters).toHaveLength(LINKS);
		expect(trace.branches).toHaveLength(LINKS);
		expect(trace.branches[LINKS - 1]).toMatchObject({
			node: `s${LINKS}`,
			depth: LINKS,
			parent: LINKS - 2
		});

		const r = ronten('trace', file, 's0');
		expect(r.code).toBe(0);
		const tree = r.out.split('\n').filter((l) => /^\s+(\(level \d+\) )?\+ claim/.test(l));
		expect(tree).toHaveLength(LINKS);
		expect(tree.at(-1)).toMatch(/^ {98}\(level 10000\) \+ claim s10000: Statement 10000\./);
	});

	it('export writes Argdown that compiles back to the same nodes and edges', () => {
		const r = ronten('export', file, '--format', 'argdown');
		expect(r.code).toBe(0);
		const back = compileMap({ id: 'deep', file, content: r.out, loadSource: () => null });
		expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(comparable(back.map)).toEqual(comparable(compiled().map));
	});
});
