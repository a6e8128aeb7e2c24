import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkAnnotations, type CheckReport } from '../../lib/core/annotate/check';
import { formatDiagnostic } from '../../lib/core/diagnostics';
import { readText } from '../../lib/core/text/read-text';
import { UsageError, type CliContext, type Runner } from '../context';
import { loadMap } from '../load';
import { parseOptions } from '../options';

/** A file of 10,000 annotations takes about 8 MB; the core refuses past 20 M characters. */
const MAX_BYTES = 32 * 1024 * 1024;

const SAYS = {
	exact: 'anchors where it was',
	moved: 'moved: found again elsewhere in the source',
	fuzzy: 'found again, slightly changed',
	orphaned: 'orphaned: not found in the map (kept by the viewer)'
} as const;

export const annotations: Runner = {
	run(args, ctx) {
		const { values, positionals } = parseOptions(args, {
			map: { type: 'string' },
			json: { type: 'boolean' }
		});
		const [sub, file, extra] = positionals;
		if (sub !== 'check')
			throw new UsageError(
				sub ? `Unknown subcommand "${sub}": the one there is is "check".` : 'Say "check FILE".'
			);
		if (!file) throw new UsageError('FILE is required: a W3C annotation file (.jsonld or .json).');
		if (extra !== undefined) throw new UsageError(`One file at a time: "${extra}" is too many.`);
		const path = resolve(ctx.cwd, file);
		if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`No file "${file}".`);
		const map = values.map === undefined ? null : loadMap(values.map, ctx);
		if (map === undefined) return 1;
		const read = readText(readFileSync(path), file, MAX_BYTES);
		const checked =
			read.value === null
				? { value: null, diagnostics: read.diagnostics }
				: checkAnnotations(read.value, file, map?.map);
		for (const d of checked.diagnostics) ctx.err(formatDiagnostic(d));
		const report = checked.value;
		if (!report) {
			ctx.err(`${file}: not read; ${checked.diagnostics.length} problem(s) above.`);
			return 1;
		}
		if (values.json) ctx.out(JSON.stringify(report, null, 2));
		else print(report, file, map?.map.id, ctx);
		return 0;
	}
};

function print(report: CheckReport, file: string, mapId: string | undefined, ctx: CliContext) {
	const maps = Object.entries(report.maps)
		.map(([id, n]) => `${id} (${n})`)
		.join(', ');
	ctx.out(`${file}: ${report.count} annotation(s), valid${maps ? `, for ${maps}` : ''}.`);
	if (!report.anchors || !report.statuses || !mapId) return;
	const s = report.statuses;
	ctx.out(
		`Against ${mapId}: ${s.exact} exact, ${s.moved} moved, ${s.fuzzy} fuzzy, ${s.orphaned} orphaned` +
			` (${report.count - report.anchors.length} for other maps).`
	);
	for (const a of report.anchors) {
		if (a.status === 'exact') continue;
		const what = a.kind === 'node' ? `note on node ${a.on}` : `highlight in ${a.on} “${a.quote}”`;
		ctx.out(`  ${a.status.padEnd(8)} ${what}: ${SAYS[a.status]}`);
	}
}
