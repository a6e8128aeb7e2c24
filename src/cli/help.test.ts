import { describe, expect, it } from 'vitest';
import { exportFormats } from '../lib/core';
import { importFormats } from '../lib/core/formats/registry';
import { commands } from './commands';
import { commandHelp, generalHelp } from './help';

const byName = (name: string) => commands.find((c) => c.name === name)!;

describe('the help', () => {
	it('lists every command with its usage and summary, and the exit status rule', () => {
		const text = generalHelp(commands);
		for (const c of commands) {
			expect(text).toContain(c.usage);
			expect(text).toContain(c.summary);
		}
		expect(text).toMatch(/Exit status:\n {2}0 .*\n {2}1 .*\n {2}2 /);
		expect(text).not.toMatch(/ \n/);
	});

	it('gives each command its usage, options and examples that name the command itself', () => {
		for (const c of commands) {
			const text = commandHelp(c);
			expect(text.split('\n')[0]).toBe(`Usage: ${c.usage}`);
			expect(text).not.toMatch(/ \n/);
			expect(c.examples.length).toBeGreaterThan(0);
			for (const e of c.examples) expect(`${e} `.startsWith(`ronten ${c.name} `)).toBe(true);
			for (const [name] of c.options) if (name) expect(text).toContain(`  ${name}  `);
		}
	});

	it('names every format the registry knows, so the help keeps up with it', () => {
		const formatsLine = (name: string, option: string) =>
			byName(name).options.find(([o]) => o.includes(option))?.[1] ?? '';
		for (const f of exportFormats({ withViewer: true }))
			expect(formatsLine('export', '--format')).toMatch(f);
		for (const f of importFormats()) expect(formatsLine('import', '--from')).toMatch(f);
	});

	it('loads each command through its entry in the table', async () => {
		for (const c of commands) expect(typeof (await c.load()).run).toBe('function');
	});
});
