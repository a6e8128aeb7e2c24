import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { formatDiagnostic, hasErrors } from '../../lib/core/diagnostics';
import { importFormats } from '../../lib/core/formats/registry';
import { importText } from '../../lib/core/formats/import-file';
import { readText, sizeProblem } from '../../lib/core/text/read-text';
import { notTextProblem } from '../../lib/core/formats/shared/not-text';
import { didYouMean } from '../../lib/core/text/suggest';
import { UsageError, type CliContext, type Runner } from '../context';
import { parseOptions } from '../options';
import { writeAll } from '../write-files';

export const importCommand: Runner = {
	run(args, ctx) {
		const { values, positionals } = parseOptions(args, {
			from: { type: 'string' },
			output: { type: 'string', short: 'o' },
			force: { type: 'boolean' }
		});
		const input = positionals[0];
		if (!input)
			throw new UsageError('FILE is required: an AIF or Ronten .json, or a Kialo .txt export.');
		if (values.from && !importFormats().includes(values.from))
			throw new UsageError(
				`Unknown format "${values.from}".${didYouMean(values.from, importFormats())} The formats are ${importFormats().join(', ')}.`
			);
		const path = resolve(ctx.cwd, input);
		const text = readInput(path, input, ctx);
		if (text === undefined) return 1;

		const output = values.output ? resolve(ctx.cwd, values.output) : undefined;
		const name = basename(output ?? path, extname(output ?? path)).replace(/\.aif$/, '');
		const result = importText({ text, file: input, name }, values.from);
		for (const d of result.diagnostics) ctx.err(formatDiagnostic(d));
		const imported = result.value;
		if (!imported || hasErrors(result.diagnostics)) return 1;

		if (!output) {
			ctx.out(imported.argdown.replace(/\n$/, ''));
			if (imported.sources.length)
				ctx.err(
					`The map quotes ${imported.sources.map((s) => s.file).join(', ')}; use -o to write it beside the map.`
				);
			return 0;
		}
		// The sources first: the map refers to them, so it is the last file to appear.
		const files = [
			...imported.sources.map((s) => ({ path: resolve(dirname(output), s.file), text: s.text })),
			{ path: output, text: imported.argdown }
		];
		const problems = writeAll(files, { force: !!values.force, createFolders: true, cwd: ctx.cwd });
		for (const d of problems) ctx.err(formatDiagnostic(d));
		if (problems.length) return 1;
		for (const f of files) ctx.err(`Wrote ${relative(ctx.cwd, f.path)}`);
		const { nodes, edges } = imported.draft;
		ctx.err(
			`Imported ${nodes.length} nodes and ${edges.length} relations from ${imported.format}.`
		);
		return 0;
	}
};

/** The file as text, or undefined once its diagnostics are printed (the one read check). */
function readInput(path: string, shown: string, ctx: CliContext): string | undefined {
	let bytes: Uint8Array;
	try {
		const tooLarge = sizeProblem(statSync(path).size, shown);
		if (tooLarge) return void ctx.err(formatDiagnostic(tooLarge));
		bytes = readFileSync(path);
	} catch {
		throw new UsageError(`Cannot read "${shown}".`);
	}
	// A picture or an archive is named as not a map, not sent off to be re-saved as text.
	const binary = notTextProblem(bytes, shown);
	if (binary) return void ctx.err(formatDiagnostic(binary));
	const read = readText(bytes, shown);
	for (const d of read.diagnostics) ctx.err(formatDiagnostic(d));
	return read.value ?? undefined;
}
