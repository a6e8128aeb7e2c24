/**
 * The compiled command: `--help` loads none of the commands, each command
 * loads only its own code, and a changed source makes the build stale.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, readBuild } from '../../scripts/build-cli.js';
import { commands } from '../../src/cli/commands';

let dir: string;
let built: Awaited<ReturnType<typeof buildCli>>;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'ronten-cli-'));
	built = await buildCli({ dir });
}, 60_000);

/** The output files a file loads before it runs (static imports, followed through). */
function staticClosure(meta: Metafile, start: string): Set<string> {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const i of meta.outputs[file]?.imports ?? [])
			if (i.kind === 'import-statement' && !i.external) visit(i.path);
	};
	visit(start);
	return seen;
}

const entryOf = (meta: Metafile, source: string) =>
	Object.entries(meta.outputs).find(([, o]) => o.entryPoint === source)?.[0] as string;

const sourcesOf = (meta: Metafile, outputs: Iterable<string>) =>
	[...outputs].flatMap((o) => Object.keys(meta.outputs[o]?.inputs ?? {}));

describe('the compiled CLI', () => {
	it('starts with the help and the dispatch alone: no package, no compiler, no command', () => {
		const meta = built.metafile;
		const sources = sourcesOf(meta, staticClosure(meta, entryOf(meta, 'src/cli/main.ts')));
		expect(sources).toContain('src/cli/help.ts');
		expect(sources.filter((s) => s.includes('node_modules'))).toEqual([]);
		expect(
			sources.filter((s) => s.startsWith('src/cli/commands/') && !s.endsWith('index.ts'))
		).toEqual([]);
		expect(
			sources.filter((s) => s.startsWith('src/lib/') && !s.endsWith('text/suggest.ts'))
		).toEqual([]);
	});

	it('loads each command as a chunk of its own, and only list and search need lunr', () => {
		const meta = built.metafile;
		const main = meta.outputs[entryOf(meta, 'src/cli/main.ts')];
		const lazy = main?.imports.filter((i) => i.kind === 'dynamic-import') ?? [];
		expect(lazy).toHaveLength(commands.length);
		const needs = (file: string, what: string) =>
			sourcesOf(meta, staticClosure(meta, file)).some((s) => s.includes(what));
		const byCommand = Object.fromEntries(
			lazy.map((i) => [
				Object.keys(meta.outputs[i.path]?.inputs ?? {}).find((s) =>
					s.startsWith('src/cli/commands/')
				),
				i.path
			])
		);
		expect(needs(byCommand['src/cli/commands/validate.ts'], 'node_modules/lunr/')).toBe(false);
		expect(needs(byCommand['src/cli/commands/search.ts'], 'node_modules/lunr/')).toBe(true);
		expect(needs(byCommand['src/cli/commands/validate.ts'], '@argdown/core')).toBe(true);
	});

	it('is fresh right after building, and stale once a source has another time', () => {
		const last = readBuild(dir);
		expect(last?.fresh).toBe(true);
		expect(last?.entry).toBe(built.entry);
		const stampFile = join(dir, 'build.json');
		const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
		expect(Object.keys(stamp.inputs)).toContain('src/cli/main.ts');
		expect(Object.keys(stamp.inputs)).toContain('src/lib/core/compile/index.ts');
		stamp.inputs['src/cli/main.ts'] -= 1000;
		writeFileSync(stampFile, JSON.stringify(stamp));
		expect(readBuild(dir)).toEqual({ entry: built.entry, fresh: false });
		expect(readBuild(join(dir, 'nowhere'))).toBeUndefined();
	});
});
