/** Resolving a MAP argument and compiling it, shared by the commands that take one. */
import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors, type CompileResult } from '../lib/core';
import { compileFile, resolveMapFile } from '../lib/node/maps';
import { UsageError, type CliContext } from './context';

/** Compiles MAP; on errors prints them and returns undefined so the command exits 1. */
export function loadMap(ref: string | undefined, ctx: CliContext): CompileResult | undefined {
	if (!ref) throw new UsageError('MAP is required (a map id or a path to an .argdown file).');
	const file =
		resolveMapFile(resolve(ctx.cwd, ref), ctx.mapsDir) ?? resolveMapFile(ref, ctx.mapsDir);
	if (!file)
		throw new UsageError(
			`No map "${ref}": give a map id from ${ctx.mapsDir} or a path to an .argdown file.`
		);
	const result = compileFile(file, ctx.cwd);
	if (hasErrors(result.diagnostics)) {
		for (const d of result.diagnostics) ctx.err(formatDiagnostic(d));
		return undefined;
	}
	return result;
}
