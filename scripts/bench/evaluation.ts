/**
 * Evaluation figures (issue 14): on generated maps of 1,000, 5,000 and 20,000
 * statements, with attacks added among them and cycles of two and three, in
 * Node: grounded labelling plus DF-QuAD (goal ≤ 50 ms at 20,000), a what-if
 * recomputation as the viewer runs it on each slider step (goal < 16 ms for
 * the reference map, < 100 ms at 5,000), and preferred semantics, to its
 * result or to its budget. Then the page-thread cost by map size, which sets
 * where the viewer moves evaluation into a worker (EVALUATION_WORKER_FROM).
 * Grounded + DF-QuAD and the what-if are timed in rounds whose order turns.
 * Prints figures; asserts nothing. Alone: `npx tsx scripts/bench/evaluation.ts`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileMap } from '../../src/lib/core';
import type { ArgumentMap, MapEdge } from '../../src/lib/core/model';
import {
	buildFramework,
	groundedCodes,
	LIVE_PREFERRED_BUDGET,
	preferredExtensions,
	runEvaluation,
	type EvaluableMap
} from '../../src/lib/core/evaluate';
import { baseScores, influencesOf, strengths } from '../../src/lib/core/evaluate/strength';
import { UNDECIDED } from '../../src/lib/core/evaluate/grounded';
import { generateMap, random } from './generate';
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
	const rand = random(seed);
	const claims = map.nodes.filter((n) => n.kind === 'claim').map((n) => n.id);
	const pick = () => claims[Math.floor(rand() * claims.length)]!;
	const edges: MapEdge[] = [...map.edges];
	let n = 0;
	const attack = (from: string, to: string) => {
		if (from !== to)
			edges.push({ id: `bench-attack-${n++}`, from, to, kind: 'attacks', origin: 'relation' });
	};
	for (let i = 0; i < map.nodes.length / 20; i++) attack(pick(), pick());
	for (let i = 0; i < map.nodes.length / 100; i++) {
		const [a, b, c, d, e] = [pick(), pick(), pick(), pick(), pick()];
		attack(a, b);
		attack(b, a);
		attack(c, d);
		attack(d, e);
		attack(e, c);
	}
	return { nodes: map.nodes, edges, added: n };
}

/** Grounded labelling plus DF-QuAD: what the layer shows, without preferred or explanations. */
function groundedAndStrength(map: EvaluableMap, reject: string[] = []) {
	const af = buildFramework(map, { reject });
	const codes = groundedCodes(af);
	const inf = influencesOf(map);
	const rejected = new Set(reject.flatMap((id) => inf.index.get(id) ?? []));
	return { codes, strength: strengths(inf, baseScores(map, {}), rejected) };
}

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

export function evaluationFigures(): string {
	const out: string[] = [];
	const rows: Record<string, string | number>[] = [];
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
		let step = 0;
		const t = interleaved(
			() => groundedAndStrength(map),
			() => whatIf(map, target, step++)
		);
		const af = buildFramework(map);
		const codes = groundedCodes(af);
		const preferred = time(() => preferredExtensions(af, codes));
		const undecided = codes.filter((c, i) => i < af.mapSize && c === UNDECIDED).length;
		const search = preferred.value;
		rows.push({
			map: name,
			nodes: map.nodes.length,
			edges: `${map.edges.length}${map.added ? ` (+${map.added})` : ''}`,
			undecided,
			'grounded+DF-QuAD ms median [min–max]': `${fmt(median(t.a))} [${fmt(Math.min(...t.a))}–${fmt(Math.max(...t.a))}]`,
			'what-if ms median [min–max]': `${fmt(median(t.b))} [${fmt(Math.min(...t.b))}–${fmt(Math.max(...t.b))}]`,
			'preferred ms': fmt(preferred.ms),
			'preferred result': search.complete
				? `${search.extensions.length} ext., ${search.steps} steps`
				: `budget (${search.limit}) at ${search.steps} steps, ${search.extensions.length} ext.`
		});
	}
	out.push(
		`Evaluation: ${RUNS} rounds, grounded+DF-QuAD and what-if in turned order (Node ${process.version})`,
		'goals: grounded+DF-QuAD ≤ 50 ms at 20,000; what-if < 16 ms on japan-nato, < 100 ms at 5,000',
		'',
		table(rows)
	);

	// Where the viewer moves evaluation off the page's thread: one frame is 16 ms.
	const pageRows = PAGE_SIZES.map((size) => {
		const map = withConflicts(compiled(size));
		const target = map.nodes.find((n) => n.kind === 'claim')!.id;
		let step = 0;
		const runs = interleaved(
			() => runEvaluation(map, {}, { preferred: LIVE_PREFERRED_BUDGET }),
			() => whatIf(map, target, step++)
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
