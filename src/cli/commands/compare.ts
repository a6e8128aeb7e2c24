import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { compareMaps, type CompareReport, type Conflict } from '../../lib/core/compare';
import { formatDiagnostic } from '../../lib/core/diagnostics';
import { openFiles } from '../../lib/core/formats/open-files';
import type { ArgumentMap } from '../../lib/core/model';
import { sizeProblem } from '../../lib/core/text/read-text';
import { compileFile, resolveMapFile } from '../../lib/node/maps';
import { UsageError, type CliContext, type Runner } from '../context';
import { loadMap, nearMaps } from '../load';
import { parseOptions } from '../options';

export const compare: Runner = {
	async run(args, ctx) {
		const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } });
		const [referenceRef, studentRef, extra] = positionals;
		if (!studentRef) throw new UsageError('REFERENCE and STUDENT are required (map ids or paths).');
		if (extra !== undefined)
			throw new UsageError(`Two maps at a time: "${extra}" is one argument too many.`);
		const reference = loadMap(referenceRef, ctx);
		if (!reference) return 1;
		const student = await loadStudent(studentRef, ctx);
		if (!student) return 1;
		const report = compareMaps(reference.map, student);
		if (values.json) ctx.out(JSON.stringify(report, null, 2));
		else printReport(report, reference.map, student, ctx);
		return 0;
	}
};

/**
 * The student's map: an Argdown map (id or path) compiled with its sources, or
 * an AIF, Kialo or Ronten JSON file imported on the fly. Its diagnostics are
 * printed; a student's map with errors is still compared, as far as it was read.
 */
async function loadStudent(ref: string, ctx: CliContext): Promise<ArgumentMap | undefined> {
	const path = resolve(ctx.cwd, ref);
	const argdown = resolveMapFile(path, ctx.mapsDir) ?? resolveMapFile(ref, ctx.mapsDir);
	let map: ArgumentMap | null;
	if (argdown) {
		const result = compileFile(argdown, ctx.cwd);
		for (const d of result.diagnostics) ctx.err(formatDiagnostic(d));
		map = result.map;
	} else {
		if (!existsSync(path) || !statSync(path).isFile())
			throw new UsageError(`No map or file "${ref}".${nearMaps(ref, ctx)}`);
		const tooLarge = sizeProblem(statSync(path).size, ref);
		if (tooLarge) return void ctx.err(formatDiagnostic(tooLarge));
		const opened = await openFiles([{ name: ref, bytes: readFileSync(path) }]);
		for (const d of opened.diagnostics) ctx.err(formatDiagnostic(d));
		map = opened.map;
	}
	if (!map || map.nodes.length === 0) {
		ctx.err(`Nothing to compare: no node could be read from ${basename(ref)}.`);
		return undefined;
	}
	return map;
}

function printReport(
	report: CompareReport,
	reference: ArgumentMap,
	student: ArgumentMap,
	ctx: CliContext
) {
	const refNode = new Map(reference.nodes.map((n) => [n.id, n]));
	const stuNode = new Map(student.nodes.map((n) => [n.id, n]));
	const label = (nodes: typeof refNode, id: string) => {
		const n = nodes.get(id);
		return n ? `${n.kind} ${id}: ${short(n.text || n.title)}` : id;
	};
	ctx.out(
		`Student map "${student.title}" (${student.nodes.length} nodes) against reference "${reference.title}" (${reference.nodes.length} nodes)`
	);
	ctx.out(
		`Coverage: ${Math.round(report.coverage * 100)}% (weighted by kind), ${report.matched.length} nodes matched, ${report.missing.length} missing, ${report.extra.length} extra, ${report.conflicts.length} in conflict`
	);
	ctx.out('\nPositions:');
	for (const p of report.positions) ctx.out(`  ${p.sentence}`);

	const roots = report.conflicts.filter((c) => !c.inheritedFrom);
	ctx.out(`\nReversed (${roots.length}):`);
	if (roots.length === 0)
		ctx.out('  none: every matched node bears on the positions as in the reference');
	for (const c of roots) printConflict(c, report.conflicts, refNode, stuNode, ctx);

	ctx.out(`\nMissing (${report.missing.length}), by position, heaviest first:`);
	if (report.missing.length === 0) ctx.out('  nothing');
	for (const g of report.missingByPosition) {
		ctx.out(`  ${g.position ? `«${refNode.get(g.position)?.title}»` : 'bearing on no position'}:`);
		for (const id of g.nodes) ctx.out(`    ${label(refNode, id)}`);
	}

	ctx.out(`\nExtra (${report.extra.length}): the student's own nodes (mistakes, or finds):`);
	if (report.extra.length === 0) ctx.out('  none');
	for (const id of report.extra) ctx.out(`  ${label(stuNode, id)}`);

	const title = (nodes: typeof refNode, id: string) => `«${nodes.get(id)?.title ?? id}»`;
	const { missing, extra } = report.relations;
	ctx.out(`\nRelations the student lacks (${missing.length}), between nodes the student has:`);
	if (missing.length === 0) ctx.out('  none');
	for (const r of missing) ctx.out(`  ${title(refNode, r.from)} ${r.kind} ${title(refNode, r.to)}`);
	ctx.out(`\nRelations the student added (${extra.length}), between nodes the reference has:`);
	if (extra.length === 0) ctx.out('  none');
	for (const r of extra)
		ctx.out(
			`  ${title(stuNode, r.from)} ${r.kind} ${title(stuNode, r.to)} (the reference does not relate ${title(refNode, r.counterpart.from)} and ${title(refNode, r.counterpart.to)})`
		);

	ctx.out(`\nMatched (${report.matched.length}): reference ← student, score, why:`);
	for (const p of report.matched)
		ctx.out(
			`  ${p.score.toFixed(2)}  ${p.reference} ← ${p.student}  (${p.reasons.join(', ') || 'title'})`
		);
}

function printConflict(
	c: Conflict,
	all: readonly Conflict[],
	refNode: Map<string, { title: string }>,
	stuNode: Map<string, { title: string }>,
	ctx: CliContext
) {
	const chain = (start: string, steps: Conflict['referenceChain']['steps']) =>
		start + steps.map((s) => ` -${s.kind}-> ${s.to}`).join('');
	const position = refNode.get(c.position)?.title ?? c.position;
	ctx.out(
		`  «${refNode.get(c.reference)?.title}» (student: «${stuNode.get(c.student)?.title}») is ${c.referenceStance} «${position}» in the reference, ${c.studentStance} it in the student's map`
	);
	ctx.out(`    reference: ${chain(c.reference, c.referenceChain.steps)}`);
	ctx.out(`    student:   ${chain(c.student, c.studentChain.steps)}`);
	const below = all.filter((o) => o.inheritedFrom === c.reference && o.position === c.position);
	if (below.length) ctx.out(`    and so, below it: ${below.map((o) => o.reference).join(', ')}`);
}

const short = (text: string) => (text.length > 80 ? text.slice(0, 79) + '…' : text);
