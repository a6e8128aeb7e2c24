import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors } from '../../lib/core/diagnostics';
import { compileFile, listMapFiles, resolveMapFile } from '../../lib/node/maps';
import { UsageError, type Runner } from '../context';
import { nearMaps } from '../load';
import { parseOptions } from '../options';

export const validate: Runner = {
	run(args, ctx) {
		const { positionals } = parseOptions(args, {});
		const targets = positionals.length ? positionals : [ctx.mapsDir];
		const files = targets.flatMap((t) => {
			const path = resolve(ctx.cwd, t);
			if (existsSync(path)) return statSync(path).isDirectory() ? listMapFiles(path) : [path];
			// Like the other commands, a map id names a map in the arguments folder.
			const byId = resolveMapFile(t, ctx.mapsDir);
			if (byId) return [byId];
			throw new UsageError(`No file, folder or map "${t}".${nearMaps(t, ctx)}`);
		});
		if (files.length === 0) throw new UsageError(`No .argdown files in ${targets.join(', ')}.`);
		let failed = false;
		let errors = 0;
		let warnings = 0;
		for (const file of files) {
			const { diagnostics } = compileFile(file, ctx.cwd);
			for (const d of diagnostics) ctx.out(formatDiagnostic(d));
			failed ||= hasErrors(diagnostics);
			errors += diagnostics.filter((d) => d.severity === 'error').length;
			warnings += diagnostics.filter((d) => d.severity === 'warning').length;
		}
		ctx.err(`${files.length} map(s) checked: ${errors} error(s), ${warnings} warning(s).`);
		return failed ? 1 : 0;
	}
};
