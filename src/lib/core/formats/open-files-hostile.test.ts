/** What the open page is given for a map that is empty or cannot be read: diagnostics to show, never silence. */
import { describe, expect, it } from 'vitest';
import { openFiles } from './open-files';

const file = (name: string, content: string) => ({
	name,
	bytes: new TextEncoder().encode(content)
});

describe('openFiles on hostile maps', () => {
	it('gives an empty map with its empty-map warning', async () => {
		const opened = await openFiles([file('empty.argdown', '===\ntitle: Nothing yet\n===\n')]);
		expect(opened.map?.nodes).toEqual([]);
		expect(opened.diagnostics.map((d) => [d.code, d.severity])).toEqual([['empty-map', 'warning']]);
	});

	it('gives a map nested past what Argdown can parse with the line where it went too deep', async () => {
		const lines = ['[S0]: The root. #position'];
		for (let i = 1; i <= 500; i++) lines.push(`${'  '.repeat(i)}+ [S${i}]: Level ${i}.`);
		const opened = await openFiles([file('deep.argdown', lines.join('\n'))]);
		expect(opened.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
			['too-deep', 'error', 102]
		]);
	});
});
