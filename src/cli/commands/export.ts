import { resolve } from 'node:path';
import { formatDiagnostic } from '../../lib/core/diagnostics';
import { exportFormats, exporterFor } from '../../lib/core/formats/registry';
import { didYouMean } from '../../lib/core/text/suggest';
import { UsageError, type Runner } from '../context';
import { loadMap } from '../load';
import { viewerBundle } from '../../lib/node/viewer-bundle';
import { parseOptions } from '../options';
import { writeAll } from '../write-files';

export const exportCommand: Runner = {
	run(args, ctx) {
		const { values, positionals } = parseOptions(args, {
			format: { type: 'string', short: 'f' },
			output: { type: 'string', short: 'o' },
			force: { type: 'boolean' }
		});
		const format = values.format;
		const formats = exportFormats({ withViewer: true });
		if (!format) throw new UsageError(`--format is required: one of ${formats.join(', ')}.`);
		const exporter = exporterFor(format);
		if (!exporter)
			throw new UsageError(
				`Unknown format "${format}".${didYouMean(format, formats)} The formats are ${formats.join(', ')}.`
			);
		const loaded = loadMap(positionals[0], ctx);
		if (!loaded) return 1;
		let viewer;
		try {
			viewer = exporter.needsViewer ? viewerBundle() : undefined;
		} catch (e) {
			ctx.err(`error ${e instanceof Error ? e.message : e}`);
			return 1;
		}
		const output = exporter.export(loaded.map, { viewer });
		if (!values.output) {
			ctx.out(output.replace(/\n$/, ''));
			return 0;
		}
		// Like import: never replace a file without --force, and never leave half a file.
		const file = { path: resolve(ctx.cwd, values.output), text: output };
		const problems = writeAll([file], {
			force: !!values.force,
			createFolders: false,
			cwd: ctx.cwd
		});
		for (const d of problems) ctx.err(formatDiagnostic(d));
		if (problems.length) return 1;
		ctx.err(`Wrote ${values.output}`);
		return 0;
	}
};
