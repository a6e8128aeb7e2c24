import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportFormats, exporterFor } from '../../lib/core';
import { UsageError, type Command } from '../context';
import { loadMap } from '../load';
import { parseOptions } from '../options';

export const exportCommand: Command = {
	name: 'export',
	usage: `ronten export MAP --format FORMAT [-o FILE]`,
	summary: 'Write a map in another format to standard output or a file.',
	run(args, ctx) {
		const { values, positionals } = parseOptions(args, {
			format: { type: 'string', short: 'f' },
			output: { type: 'string', short: 'o' }
		});
		const format = values.format;
		if (!format)
			throw new UsageError(`--format is required: one of ${exportFormats().join(', ')}.`);
		const exporter = exporterFor(format);
		if (!exporter)
			throw new UsageError(`Unknown format "${format}": use one of ${exportFormats().join(', ')}.`);
		const loaded = loadMap(positionals[0], ctx);
		if (!loaded) return 1;
		const output = exporter.export(loaded.map);
		if (values.output) {
			writeFileSync(resolve(ctx.cwd, values.output), output);
			ctx.err(`Wrote ${values.output}`);
		} else ctx.out(output.replace(/\n$/, ''));
		return 0;
	}
};
