/** Resolving a MAP argument and compiling it, shared by the commands that take one. */
import { resolve } from 'node:path';
import type { CompileResult } from '../lib/core/compile';
import { formatDiagnostic, hasErrors } from '../lib/core/diagnostics';
import { didYouMean } from '../lib/core/text/suggest';
import { compileFile, listMapFiles, mapIdOf, resolveMapFile } from '../lib/node/maps';
import { UsageError, type CliContext } from './context';

/** Compiles MAP; on errors prints them and returns undefined so the command exits 1. */
export function loadMap(ref: string | undefined, ctx: CliContext): CompileResult | undefined {
	if (!ref) throw new UsageError('MAP is required (a map id or a path to an .argdown file).');
	const file =
		resolveMapFile(resolve(ctx.cwd, ref), ctx.mapsDir) ?? resolveMapFile(ref, ctx.mapsDir);
	if (!file) throw new UsageError(`No map "${ref}".${nearMaps(ref, ctx)}`);
	const result = compileFile(file, ctx.cwd);
	if (hasErrors(result.diagnostics)) {
		for (const d of result.diagnostics) ctx.err(formatDiagnostic(d));
		return undefined;
	}
	return result;
}

/** After "no such map": the map ids a slip away, or where map ids come from. */
export function nearMaps(ref: string, ctx: CliContext): string {
	const near = didYouMean(ref, listMapFiles(ctx.mapsDir).map(mapIdOf));
	return near || ` Give a map id from ${ctx.mapsDir} or a path to an .argdown file.`;
}
