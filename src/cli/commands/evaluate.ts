import {
	PREFERRED_BUDGET,
	runEvaluation,
	type Acceptance,
	type EvaluationRun,
	type Objection,
	type WhatIf
} from '../../lib/core/evaluate';
import type { ArgumentMap, MapNode } from '../../lib/core/model';
import { didYouMeanAny, suggest } from '../../lib/core/text/suggest';
import { UsageError, type Runner } from '../context';
import { loadMap } from '../load';
import { parseOptions } from '../options';

export const evaluate: Runner = {
	run(args, ctx) {
		const { values, positionals } = parseOptions(args, {
			json: { type: 'boolean' },
			why: { type: 'string' },
			base: { type: 'string', multiple: true },
			reject: { type: 'string', multiple: true }
		});
		const [ref, extra] = positionals;
		if (extra !== undefined)
			throw new UsageError(`One map at a time: "${extra}" is one argument too many.`);
		const loaded = loadMap(ref, ctx);
		if (!loaded) return 1;
		const { map } = loaded;
		const node = nodeFinder(map);
		const whatIf: WhatIf = {
			reject: (values.reject ?? []).map((r) => node(r, '--reject').id),
			base: Object.fromEntries((values.base ?? []).map((b) => baseOverride(b, node)))
		};
		const why = values.why === undefined ? undefined : node(values.why, '--why');
		const run = runEvaluation(map, whatIf);

		if (why) {
			const explanation = run.explain(why.id)!;
			if (values.json) {
				const e = run.evaluation;
				const verdict = { grounded: e.grounded[why.id], strength: e.strength[why.id] };
				ctx.out(JSON.stringify({ node: why.id, ...verdict, ...explanation }, null, 2));
			} else ctx.out(`${why.title}\n  ${explanation.label}\n  ${explanation.strength}`);
			return 0;
		}
		if (values.json) ctx.out(JSON.stringify(asJson(map, run), null, 2));
		else for (const line of readable(map, run)) ctx.out(line);
		return 0;
	}
};

/** Finds a node by id or title; anything else is a usage error with the nearest names. */
function nodeFinder(map: ArgumentMap) {
	const byId = new Map(map.nodes.map((n) => [n.id, n]));
	const byTitle = new Map(map.nodes.map((n) => [n.title, n]));
	return (ref: string, option: string): MapNode => {
		const found = byId.get(ref) ?? byTitle.get(ref);
		if (found) return found;
		const near = suggest(ref, [...byId.keys(), ...byTitle.keys()], 6).map(
			(name) => (byId.get(name) ?? byTitle.get(name))!.id
		);
		throw new UsageError(
			`${option}: no node "${ref}" in map ${map.id}.${didYouMeanAny([...new Set(near)].slice(0, 3)) || ` Try: ronten search ${map.id} "${ref}"`}`
		);
	};
}

/** `NODE=VALUE`, split at the last `=` (titles may hold one), VALUE a number in [0, 1]. */
function baseOverride(
	arg: string,
	node: (ref: string, option: string) => MapNode
): [string, number] {
	const at = arg.lastIndexOf('=');
	if (at <= 0) throw new UsageError(`--base takes NODE=VALUE, e.g. --base complementarity=0.2.`);
	const value = Number(arg.slice(at + 1));
	if (arg.slice(at + 1).trim() === '' || !Number.isFinite(value) || value < 0 || value > 1)
		throw new UsageError(
			`--base ${arg}: the value must be a number from 0 to 1, not "${arg.slice(at + 1)}".`
		);
	return [node(arg.slice(0, at), '--base').id, value];
}

function asJson(map: ArgumentMap, run: EvaluationRun) {
	const e = run.evaluation;
	return {
		map: map.id,
		whatIf: e.whatIf,
		grounded: e.grounded,
		preferred: e.preferred.extensions,
		preferredSearch: {
			complete: e.preferred.complete,
			...(e.preferred.limit ? { limit: e.preferred.limit } : {}),
			steps: e.preferred.steps,
			budget: PREFERRED_BUDGET
		},
		acceptance: e.acceptance,
		strength: e.strength,
		base: e.base,
		strengthConverged: e.strengthConverged,
		explanations: Object.fromEntries(map.nodes.map((n) => [n.id, run.explain(n.id)])),
		unanswered: e.unanswered
	};
}

const acceptanceText: Record<Acceptance, string> = {
	sceptical: 'in every preferred extension',
	credulous: 'in some preferred extensions',
	none: 'in no preferred extension',
	unknown: 'not settled within the preferred budget'
};

/** A block per position (the thesis first), then a summary of the other nodes. */
function readable(map: ArgumentMap, run: EvaluationRun): string[] {
	const e = run.evaluation;
	const title = new Map(map.nodes.map((n) => [n.id, n.title]));
	const objection = (o: Objection) =>
		`    «${title.get(o.from)}» ${o.kind === 'undercuts' ? 'undercuts' : 'attacks'} «${title.get(o.to)}»`;
	const lines = [`Which claims stand: ${map.title}`];
	const rejected = e.whatIf.reject.map((id) => `rejected «${title.get(id)}»`);
	const bases = Object.entries(e.whatIf.base).map(([id, v]) => `base of «${title.get(id)}» ${v}`);
	if (rejected.length + bases.length > 0)
		lines.push(`What-if (the map is unchanged): ${[...rejected, ...bases].join('; ')}`);
	const reports = [...e.unanswered].sort(
		(a, b) => Number(b.position === map.thesis) - Number(a.position === map.thesis)
	);
	for (const report of reports) {
		const id = report.position;
		const thesis = id === map.thesis ? '  (the thesis)' : '';
		lines.push(
			'',
			`${title.get(id)}${thesis}`,
			`  verdict: ${e.grounded[id]}, ${acceptanceText[e.acceptance[id]!]}, strength ${e.strength[id]!.toFixed(2)}`,
			`  why: ${run.explain(id)!.label}`,
			`  unanswered objections: ${report.against.length === 0 ? 'none' : report.against.length}`,
			...report.against.map(objection)
		);
		if (report.for.length > 0)
			lines.push(`  unanswered in its favour: ${report.for.length}`, ...report.for.map(objection));
	}
	const count = (label: string) => Object.values(e.grounded).filter((l) => l === label).length;
	const search = e.preferred.complete
		? `${e.preferred.extensions.length} preferred extension(s)`
		: `${e.preferred.extensions.length} preferred extension(s) found before the budget was reached (${e.preferred.limit})`;
	lines.push(
		'',
		`All ${map.nodes.length} nodes: ${count('in')} in, ${count('out')} out, ${count('undecided')} undecided; ${search}.`
	);
	const settled = map.nodes.filter((n) => n.kind !== 'position' && e.grounded[n.id] !== 'in');
	for (const n of settled) lines.push(`  ${e.grounded[n.id]}: «${n.title}» (${n.id})`);
	lines.push('Ask why with --why NODE; try a what-if with --reject NODE or --base NODE=VALUE.');
	return lines;
}
