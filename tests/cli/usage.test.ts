/** The command line as a newcomer meets it: help, mistakes, exit codes, pipes. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ronten } from '$test/cli';
import { commands } from '../../src/cli/commands';

const root = process.cwd();
const bin = join(root, 'bin', 'ronten.js');

describe('help', () => {
	it('--help lists every command and the exit status rule, on standard output', () => {
		const r = ronten('--help');
		expect(r.code).toBe(0);
		expect(r.err).toBe('');
		for (const c of commands) expect(r.out).toContain(c.usage);
		expect(r.out).toContain('Exit status:');
	});

	it('every command has its own --help (and -h, and ronten help COMMAND)', () => {
		for (const c of commands) {
			for (const args of [
				[c.name, '--help'],
				[c.name, '-h'],
				['help', c.name]
			]) {
				const r = ronten(...args);
				expect(r.code, args.join(' ')).toBe(0);
				expect(r.err, args.join(' ')).toBe('');
				expect(r.out.split('\n')[0]).toBe(`Usage: ${c.usage}`);
			}
		}
	});

	it('--help wins over the rest of the line, but not after --', () => {
		expect(ronten('search', 'japan-nato', 'shells', '--help').out).toMatch(/^Usage: ronten search/);
		const r = ronten('search', 'japan-nato', '--', '--help');
		expect(r.out).not.toMatch(/^Usage:/);
		expect(r.code).toBe(0);
	});

	it('without a command prints the help to standard error and exits 2', () => {
		const r = ronten();
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/^Usage: ronten COMMAND/);
	});
});

describe('mistakes', () => {
	it('a misspelt command, map, node, format or option gets a "did you mean", exit 2', () => {
		const cases: [string[], string][] = [
			[['serch', 'japan-nato', 'x'], 'Unknown command "serch". Did you mean "search"?'],
			[['search', 'japan-nat', 'shells'], 'No map "japan-nat". Did you mean "japan-nato"?'],
			[['validate', 'japan-nat'], 'Did you mean "japan-nato"?'],
			[['trace', 'japan-nato', 'japan-frist'], 'Did you mean "japan-first"?'],
			[['trace', 'japan-nato', 'Japan frist'], 'Did you mean "japan-first"?'],
			[['export', 'japan-nato', '--format', 'jsn'], 'Did you mean "json"?'],
			[['import', 'x.json', '--from', 'kailo'], 'Did you mean "kialo"?'],
			[
				['search', 'japan-nato', 'x', '--limt', '3'],
				'Unknown option "--limt". Did you mean "--limit"?'
			]
		];
		for (const [args, message] of cases) {
			const r = ronten(...args);
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.err, args.join(' ')).toContain(message);
			expect(r.err).toContain(`--help`);
		}
	});

	it('an unknown node is a usage error like an unknown map, with a way on when nothing is close', () => {
		const r = ronten('trace', 'japan-nato', 'zzzz');
		expect(r.code).toBe(2);
		expect(r.err).toContain(
			'No node "zzzz" in map japan-nato. Try: ronten search japan-nato "zzzz"'
		);
	});

	it('a word that begins with "-" is explained, in balanced quotes', () => {
		const r = ronten('search', 'japan-nato', '-japan');
		expect(r.code).toBe(2);
		const first = r.err.split('\n')[0] as string;
		expect(first).toBe(
			'Unknown option "-japan". A word that begins with "-" goes after "--", as in: -- -japan'
		);
		expect(ronten('search', 'japan-nato', '--', 'deterrence', '-europe').code).toBe(0);
	});

	it('validate takes a map id like the other commands', () => {
		const r = ronten('validate', 'japan-nato');
		expect(r.code).toBe(0);
		expect(r.err).toMatch(/^1 map\(s\) checked: 0 error\(s\)/);
	});
});

describe('output', () => {
	it('list counts relations, the word the site uses', () => {
		const r = ronten('list');
		expect(r.out).toMatch(/\d+ relations/);
		expect(r.out).not.toMatch(/edges/);
		expect(JSON.parse(ronten('list', '--json').out)[0].relations).toBeGreaterThan(100);
	});

	it('leaves quietly when the reader closes the pipe (| head)', async () => {
		const child = spawn(process.execPath, [bin, 'export', 'japan-nato', '--format', 'json'], {
			cwd: root
		});
		let err = '';
		child.stderr.on('data', (d) => (err += d));
		// Read one chunk, then close our end as head does once it has its lines.
		child.stdout.once('data', () => child.stdout.destroy());
		const code = await new Promise((done) => child.on('close', done));
		expect(err).toBe('');
		expect(code).toBe(0);
	});
});
