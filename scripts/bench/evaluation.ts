/**
 * Evaluation figures (issue 14): on generated maps of 1,000, 5,000 and 20,000
 * statements, with attacks added among them and cycles of two and three, in
 * Node: grounded labelling plus DF-QuAD (goal ≤ 50 ms at 20,000), a what-if
 * recomputation as the viewer runs it on each slider step (goal < 16 ms for
 * the reference map, < 100 ms at 5,000), and preferred semantics, to its
 * result or to its budget. Then the page-thread cost by map size, which sets
 * where the viewer moves evaluation into a worker (EVALUATION_WORKER_FROM).
 * Grounded + DF-QuAD is shown step by step (framework, grounded, DF-QuAD, and
 * the standing objections every evaluation lists too), next to the path as it
 * was before it moved to typed arrays (evaluation-before.ts), whose results
 * must be the same. Sides are timed in rounds whose order turns.
 * Prints figures; asserts nothing. Alone: `npx tsx scripts/bench/evaluation.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileMap } from '../../src/lib/core';
import type { ArgumentMap, MapEdge } from '../../src/lib/core/model';
import {
	frameworkOf,
	groundedCodes,
	LIVE_PREFERRED_BUDGET,
	preferredExtensions,
	runEvaluation,
	type EvaluableMap
} from '../../src/lib/core/evaluate';
import { baseScores, influencesFrom, strengths } from '../../src/lib/core/evaluate/strength';
import { UNDECIDED } from '../../src/lib/core/evaluate/grounded';
import { indexMap } from '../../src/lib/core/evaluate/rows';
import { unansweredObjections } from '../../src/lib/core/evaluate/unanswered';
import * as before from './evaluation-before';
import { conflicts, generateMap } from './generate';
import { fmt, median, table, time } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_EVAL_RUNS ?? 9);
/**
 * The viewer's threshold, read from its source: scripts run in Node and never import the
 * viewer, which loads a worker.
 */
const EVALUATION_WORKER_FROM = Number(
	/EVALUATION_WORKER_FROM = (\d+)/.exec(
		readFileSync(join(process.cwd(), 'src/lib/viewer/evaluator.ts'), 'utf8')
	)?.[1] ?? NaN
);
/**
 * Why the what-if column is not the browser's figure, and where that one comes from: in the
 * viewer a step also crosses to the worker and back and restyles the graph.
 */
const WHAT_IF_IN_THE_BROWSER = [
	'The what-if column is the core alone, in Node. In the browser a slider step also goes to the',
	'worker and back (from EVALUATION_WORKER_FROM nodes) and restyles and redraws the graph; that',
	'time, from the step to the frame that draws the new verdicts, is measured in Chromium by',
	'`npx tsx scripts/bench/evaluation-browser.ts` (it builds the site, so it is not run here).'
].join('\n');

/** Sizes at which the page-thread cost is read, around the worker threshold. */
const PAGE_SIZES = [200, 400, 600, 800, 1000, 1500];

function compiled(size: number): ArgumentMap {
	const g = generateMap(size);
	return compileMap({
		id: `bench-${size}`,
		file: 'bench.argdown',
		content: g.text,
		loadSource: (file) => g.sources[file] ?? null
	}).map;
}

/**
 * The generated map is a forest of supports and attacks; this adds, seeded, one attack per 20
 * statements between random claims, and per 100 statements a mutual attack (an even cycle)
 * and a three-cycle (odd), so that grounded leaves nodes undecided and preferred has to search.
 */
export function withConflicts(map: ArgumentMap, seed = 7): EvaluableMap & { added: number } {
	const claims = map.nodes.filter((n) => n.kind === 'claim').map((n) => n.id);
	const added = conflicts(claims, map.nodes.length, seed).map(([from, to], n): MapEdge => ({
		id: `bench-attack-${n}`,
		from,
		to,
		kind: 'attacks',
		origin: 'relation'
	}));
	return { nodes: map.nodes, edges: [...map.edges, ...added], added: added.length };
}

const STEPS = ['framework', 'grounded', 'DF-QuAD', 'unanswered'] as const;
type Step = (typeof STEPS)[number];
type Timed = {
	ms: Record<Step, number>;
	codes: Uint8Array;
	strength: Float64Array;
	unanswered: unknown;
};

/** Times one step and returns its value. */
function step<T>(ms: Partial<Record<Step, number>>, name: Step, run: () => T): T {
	const t = time(run);
	ms[name] = t.ms;
	return t.value;
}

/** Grounded labelling plus DF-QuAD, step by step, and the standing objections: as the core runs them. */
function stepsNow(map: EvaluableMap): Timed {
	const ms: Partial<Record<Step, number>> = {};
	const { indexed, af } = step(ms, 'framework', () => {
		const indexed = indexMap(map);
		return { indexed, af: frameworkOf(indexed) };
	});
	const codes = step(ms, 'grounded', () => groundedCodes(af));
	const { inf, values } = step(ms, 'DF-QuAD', () => {
		const inf = influencesFrom(indexed);
		const rejected = new Uint8Array(map.nodes.length);
		return { inf, values: strengths(inf, baseScores(map), rejected).values };
	});
	const unanswered = step(ms, 'unanswered', () => unansweredObjections(map, indexed, af, inf));
	return { ms: ms as Record<Step, number>, codes, strength: values, unanswered };
}

/** The same steps on the path as it was (evaluation-before.ts). */
function stepsBefore(map: EvaluableMap): Timed {
	const ms: Partial<Record<Step, number>> = {};
	const af = step(ms, 'framework', () => before.buildFramework(map));
	const codes = step(ms, 'grounded', () => before.groundedCodes(af));
	const values = step(ms, 'DF-QuAD', () => {
		const inf = before.influencesOf(map);
		return before.strengths(inf, before.baseScores(map), new Set()).values;
	});
	const unanswered = step(ms, 'unanswered', () => before.unansweredObjections(map, af));
	return { ms: ms as Record<Step, number>, codes, strength: values, unanswered };
}

/** Whether both paths label, weigh and list alike (strengths to the bit). */
const sameResults = (a: Timed, b: Timed) =>
	a.codes.length === b.codes.length &&
	a.codes.every((c, i) => c === b.codes[i]) &&
	a.strength.every((v, i) => Object.is(v, b.strength[i])) &&
	JSON.stringify(a.unanswered) === JSON.stringify(b.unanswered);

/**
 * A what-if as the viewer recomputes it on a slider step: the whole evaluation under a new
 * base score, preferred within the live budget, as the viewer runs it.
 */
function whatIf(map: EvaluableMap, id: string, step: number) {
	return runEvaluation(
		map,
		{ reject: [id], base: { [id]: (step % 20) / 20 } },
		{ preferred: LIVE_PREFERRED_BUDGET }
	);
}

function referenceMap(): ArgumentMap {
	const dir = join(process.cwd(), 'arguments');
	return compileMap({
		id: 'japan-nato',
		file: 'japan-nato.argdown',
		content: readFileSync(join(dir, 'japan-nato.argdown'), 'utf8'),
		loadSource: (file) => {
			try {
				return readFileSync(join(dir, 'sources', file), 'utf8');
			} catch {
				return null;
			}
		}
	}).map;
}

/** Runs the two sides `runs` times in rounds whose order turns; medians of each. */
function interleaved(a: () => unknown, b: () => unknown, runs = RUNS) {
	const ta: number[] = [];
	const tb: number[] = [];
	// One untimed round each: the first call compiles the code paths.
	a();
	b();
	for (let i = 0; i < runs; i++) {
		const order = i % 2 === 0 ? [0, 1] : [1, 0];
		for (const side of order) (side === 0 ? ta : tb).push(time(side === 0 ? a : b).ms);
	}
	return { a: ta, b: tb };
}

/** Runs the sides `runs` times each, in rounds whose order turns, after one untimed round. */
function rounds(sides: (() => void)[], runs = RUNS) {
	for (const side of sides) side();
	for (let i = 0; i < runs; i++)
		for (let k = 0; k < sides.length; k++) sides[(i + k) % sides.length]!();
}

const spreadOf = (ms: number[]) =>
	`${fmt(median(ms))} [${fmt(Math.min(...ms))}–${fmt(Math.max(...ms))}]`;

/** Steps of the two paths: each step's median [min–max], now and before. */
function stepRows(name: string, now: Timed[], was: Timed[]) {
	const total = (t: Timed) => t.ms.framework + t.ms.grounded + t.ms['DF-QuAD'];
	const line = (stepName: string, read: (t: Timed) => number) => ({
		map: name,
		step: stepName,
		'now ms median [min–max]': spreadOf(now.map(read)),
		'before ms median [min–max]': spreadOf(was.map(read))
	});
	return [...STEPS.map((s) => line(s, (t) => t.ms[s])), line('grounded+DF-QuAD', total)];
}

export function evaluationFigures(): string {
	const out: string[] = [];
	const rows: Record<string, string | number>[] = [];
	const steps: Record<string, string | number>[] = [];
	const same: string[] = [];
	const reference = referenceMap();
	const maps: [string, EvaluableMap & { added?: number }][] = [
		['japan-nato', reference],
		...SIZES.map((s): [string, EvaluableMap & { added: number }] => [
			String(s),
			withConflicts(compiled(s))
		])
	];
	for (const [name, map] of maps) {
		const target = map.nodes.find((n) => n.kind === 'claim')!.id;
		let slider = 0;
		const now: Timed[] = [];
		const was: Timed[] = [];
		const whatIfs: number[] = [];
		rounds([
			() => now.push(stepsNow(map)),
			() => was.push(stepsBefore(map)),
			() => whatIfs.push(time(() => whatIf(map, target, slider++)).ms)
		]);
		// The untimed first round of each side is left out.
		now.shift();
		was.shift();
		whatIfs.shift();
		steps.push(...stepRows(name, now, was));
		if (!sameResults(now[0]!, was[0]!)) same.push(name);
		const af = frameworkOf(indexMap(map));
		const codes = groundedCodes(af);
		const preferred = time(() => preferredExtensions(af, codes));
		const undecided = codes.filter((c, i) => i < af.mapSize && c === UNDECIDED).length;
		const search = preferred.value;
		const totals = now.map((t) => t.ms.framework + t.ms.grounded + t.ms['DF-QuAD']);
		rows.push({
			map: name,
			nodes: map.nodes.length,
			edges: `${map.edges.length}${map.added ? ` (+${map.added})` : ''}`,
			undecided,
			'grounded+DF-QuAD ms median [min–max]': spreadOf(totals),
			'what-if ms median [min–max]': spreadOf(whatIfs),
			'preferred ms': fmt(preferred.ms),
			'preferred result': search.complete
				? `${search.extensions.length} ext., ${search.steps} steps`
				: `budget (${search.limit}) at ${search.steps} steps, ${search.extensions.length} ext.`
		});
	}
	out.push(
		`Evaluation: ${RUNS} rounds, now, before and a what-if in turned order (Node ${process.version})`,
		'goals: grounded+DF-QuAD ≤ 50 ms at 20,000; what-if < 16 ms on japan-nato, < 100 ms at 5,000',
		'',
		table(rows),
		'',
		'Step by step, now and before (evaluation-before.ts): framework = indexing the map and',
		'building its attacks; DF-QuAD = influences, components, base scores and strengths;',
		'unanswered = standing objections per position (in every evaluation, not in the goal)',
		'',
		table(steps),
		same.length === 0
			? 'Same labels, strengths (to the bit) and objections on both paths, on every map.'
			: `DIFFERENT RESULTS on ${same.join(', ')}: the two paths disagree.`,
		'',
		WHAT_IF_IN_THE_BROWSER
	);

	// Where the viewer moves evaluation off the page's thread: one frame is 16 ms.
	const pageRows = PAGE_SIZES.map((size) => {
		const map = withConflicts(compiled(size));
		const target = map.nodes.find((n) => n.kind === 'claim')!.id;
		let slider = 0;
		const runs = interleaved(
			() => runEvaluation(map, {}, { preferred: LIVE_PREFERRED_BUDGET }),
			() => whatIf(map, target, slider++)
		);
		return {
			nodes: map.nodes.length,
			'evaluation ms median': fmt(median(runs.a)),
			'what-if ms median': fmt(median(runs.b)),
			where: map.nodes.length < EVALUATION_WORKER_FROM ? 'page' : 'worker'
		};
	});
	out.push(
		'',
		`Page-thread cost by size: from ${EVALUATION_WORKER_FROM} nodes the viewer evaluates in a worker`,
		'',
		table(pageRows)
	);
	return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
	console.log(evaluationFigures());
