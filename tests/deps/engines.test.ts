/**
 * Every package we install must run on the Node version the README promises
 * (package.json `engines`). npm only warns about a package that declares a
 * newer Node, so without this test a dependency bump could quietly leave
 * Node 20 behind. The one known exception, and why it is safe, is in
 * docs/adr/0006-argdown-core-on-node-20.md; the second test keeps that
 * reasoning true for the version installed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const oldestNode = semver.minVersion(manifest.engines.node)!.version;

/** Packages that declare a newer Node but were checked to run on ours (see the ADR). */
const checkedExceptions = new Set(['@argdown/core']);

interface LockEntry {
	engines?: { node?: string } | string[];
	optional?: boolean;
	os?: string[];
}

describe('engines', () => {
	it('every installed package supports the oldest Node we promise', () => {
		const tooNew: string[] = [];
		for (const [path, entry] of Object.entries(lock.packages as Record<string, LockEntry>)) {
			const name = path.replace(/^.*node_modules\//, '');
			const range = !Array.isArray(entry.engines) ? entry.engines?.node : undefined;
			if (!path || !range || checkedExceptions.has(name)) continue;
			if (!semver.satisfies(oldestNode, range)) tooNew.push(`${name} needs Node ${range}`);
		}
		expect(tooNew, `Node ${oldestNode} is promised in package.json`).toEqual([]);
	});

	it('@argdown/core uses no API that Node 20 lacks', () => {
		const dist = join(root, 'node_modules/@argdown/core/dist');
		// Built-ins and syntax added after Node 20: if a new release starts to
		// use one of them, the ADR's reasoning no longer holds.
		const newerThan20 =
			/\b(Object\.groupBy|Map\.groupBy|Promise\.withResolvers|Array\.fromAsync|import\.meta\.(dirname|filename)|process\.getBuiltinModule|Iterator\.from|RegExp\.escape|Promise\.try|Float16Array|\.(union|intersection|symmetricDifference|isSubsetOf|isSupersetOf|isDisjointFrom)\(\s*new Set)\b|from\s+["']node:/;
		const found: string[] = [];
		for (const file of jsFiles(dist)) {
			const text = readFileSync(file, 'utf8');
			const match = newerThan20.exec(text);
			if (match) found.push(`${file.slice(dist.length + 1)}: ${match[0]}`);
		}
		expect(found).toEqual([]);
	});
});

function* jsFiles(dir: string): Generator<string> {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) yield* jsFiles(path);
		else if (name.endsWith('.js')) yield path;
	}
}
