/**
 * Compare figures (issue 16): how well matching finds the expected pairs of
 * the student maps in tests/fixtures/compare (precision and recall, goal 0.9
 * or above), how long comparing the reference map with each of them takes,
 * and how long two generated maps of 5,000 statements take (goal under 2 s).
 * The second generated map is a perturbed copy of the first: titles and
 * texts reworded, some nodes dropped, some relations flipped, nodes renamed
 * and shuffled, so that matching has work to do; since we know which node
 * each copy came from, its precision and recall are printed too.
 *
 * Each comparison is timed next to a baseline in the same run, in turns
 * (AB, BA, …): reading both maps' words through the search pipeline, which
 * any comparison by words must do. The ratio, read pair by pair, is what a
 * busy machine disturbs least. Prints figures; asserts nothing.
 * Alone: `npx tsx scripts/bench/compare.ts`.
 */
import { pathToFileURL } from 'node:url';
import { compileMap } from '../../src/lib/core';
import { compareMaps, WEIGHTS, type ComparableMap } from '../../src/lib/core/compare';
import { featuresOf } from '../../src/lib/core/compare/similarity';
import type { ArgumentMap, EdgeKind, MapNode } from '../../src/lib/core/model';
import {
	aifCopy,
	evaluate,
	pooled,
	referenceMap,
	studentMap,
	expected
} from '../../tests/fixtures/compare/evaluate';
import { generateMap, random, word } from './generate';
import { fmt, median, spread, table, time } from './stats';

const SIZE = Number(process.env.BENCH_COMPARE_SIZE ?? 5000);
const RUNS = Number(process.env.BENCH_COMPARE_RUNS ?? 5);
/** The share of nodes the perturbed copy drops, and of relations it flips. */
const DROPPED = 0.1;
const FLIPPED = 0.05;

const FLIP: Partial<Record<EdgeKind, EdgeKind>> = { supports: 'attacks', attacks: 'supports' };

/** Some words of `text` replaced by others drawn from the generator's vocabulary. */
function reword(text: string, rand: () => number, share: number): string {
	return text
		.split(' ')
		.map((w) => (rand() < share ? word(rand) : w))
		.join(' ');
}

/**
 * A student-like copy of `map`: each node dropped with probability DROPPED;
 * the others renamed, titled anew from a few words of their text (the
 * generated titles, "Claim 12", would match by their numbers alone), their
 * text with the sentence number gone and a quarter of the words replaced,
 * and a quote sometimes cut to its first half. Relations between kept nodes
 * stay, a few flipped. Returns the copy and, for each of its nodes, the node
 * it came from.
 */
export function perturbedCopy(map: ArgumentMap, seed = 7) {
	const rand = random(seed);
	const origin = new Map<string, string>();
	const renamed = new Map<string, string>();
	const nodes: MapNode[] = [];
	for (const node of map.nodes) {
		if (rand() < DROPPED) continue;
		const id = `copy-${renamed.size}`;
		renamed.set(node.id, id);
		origin.set(id, node.id);
		const text = reword(node.text.replace(/^Sentence \d+ says /, ''), rand, 0.25);
		const words = text.split(' ').filter((w) => w.length > 3);
		const title =
			[...words]
				.sort(() => rand() - 0.5)
				.slice(0, 3)
				.join(' ') || id;
		const copy = { ...node, id, title, text } as MapNode;
		if (copy.kind === 'evidence' && rand() < 0.3) {
			const half = Math.ceil(copy.quote.exact.length / 2);
			copy.quote = {
				...copy.quote,
				exact: copy.quote.exact.slice(0, half),
				end: copy.quote.start + half
			};
		}
		nodes.push(copy);
	}
	// Shuffled, so that map order says nothing about which node is which.
	for (let i = nodes.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[nodes[i], nodes[j]] = [nodes[j]!, nodes[i]!];
	}
	const edges = map.edges.flatMap((e) => {
		const from = renamed.get(e.from);
		const to = renamed.get(e.to);
		if (!from || !to) return [];
		const kind = FLIP[e.kind] && rand() < FLIPPED ? FLIP[e.kind]! : e.kind;
		return [{ ...e, from, to, kind }];
	});
	const copy: ArgumentMap = { ...map, id: `${map.id}-copy`, title: 'Perturbed copy', nodes, edges };
	return { copy, origin };
}

interface Timed {
	compare: number[];
	baseline: number[];
	ratio: number[];
}

/** Compares `a` with `b` RUNS times, each next to the baseline, in alternating order. */
function timeComparison(a: ComparableMap, b: ComparableMap): Timed {
	const out: Timed = { compare: [], baseline: [], ratio: [] };
	const compare = () => out.compare.push(time(() => compareMaps(a, b)).ms);
	const baseline = () =>
		out.baseline.push(time(() => [featuresOf(a, WEIGHTS), featuresOf(b, WEIGHTS)]).ms);
	compare(); // warm-up: the first run compiles the code paths
	out.compare.length = 0;
	for (let i = 0; i < RUNS; i++) {
		for (const run of i % 2 === 0 ? [compare, baseline] : [baseline, compare]) run();
		out.ratio.push(out.compare.at(-1)! / out.baseline.at(-1)!);
	}
	return out;
}

const ms = (samples: number[]) =>
	`${fmt(median(samples))} [${fmt(Math.min(...samples))}–${fmt(Math.max(...samples))}]`;

function timingRow(name: string, nodes: string, t: Timed) {
	return {
		comparison: name,
		nodes,
		'compare ms median [min–max]': ms(t.compare),
		'words-only baseline ms': ms(t.baseline),
		'ratio median [min–max]': spread(t.ratio)
	};
}

function generatedPair() {
	const g = generateMap(SIZE);
	const { map } = compileMap({
		id: `bench-${SIZE}`,
		file: 'bench.argdown',
		content: g.text,
		loadSource: (file: string) => g.sources[file] ?? null
	});
	if (!map) throw new Error('the generated map did not compile');
	return { map, ...perturbedCopy(map) };
}

export async function compareFigures(): Promise<string> {
	const scores = await evaluate();
	const all = pooled(scores);
	const quality = table([
		...scores.map((s) => ({
			map: s.name,
			'matches made': s.made,
			right: s.correct,
			expected: s.expected,
			precision: s.precision.toFixed(3),
			recall: s.recall.toFixed(3)
		})),
		{
			map: 'all pairs',
			'matches made': scores.reduce((n, s) => n + s.made, 0),
			right: scores.reduce((n, s) => n + s.correct, 0),
			expected: scores.reduce((n, s) => n + s.expected, 0),
			precision: all.precision.toFixed(3),
			recall: all.recall.toFixed(3)
		}
	]);

	const reference = referenceMap();
	const rows = [];
	for (const name of Object.keys(expected().maps)) {
		const student = await studentMap(name);
		const nodes = `${reference.nodes.length} × ${student.nodes.length}`;
		rows.push(timingRow(name, nodes, timeComparison(reference, student)));
	}
	const copy = await aifCopy(reference);
	rows.push(
		timingRow(
			'aif copy',
			`${reference.nodes.length} × ${copy.nodes.length}`,
			timeComparison(reference, copy)
		)
	);

	const pair = generatedPair();
	const nodes = `${pair.map.nodes.length} × ${pair.copy.nodes.length}`;
	rows.push(
		timingRow(`generated, perturbed (goal < 2 s)`, nodes, timeComparison(pair.map, pair.copy))
	);
	const report = compareMaps(pair.map, pair.copy);
	const right = report.matched.filter((p) => pair.origin.get(p.student) === p.reference).length;

	return [
		`Compare: matching on tests/fixtures/compare against expected.json (goal: precision and recall ≥ 0.9)`,
		quality,
		'',
		`Compare: time of compareMaps, ${RUNS} runs after a warm-up, each next to its baseline (both maps' words through the search pipeline) in turns (Node ${process.version})`,
		table(rows),
		'',
		`Generated pair: the copy drops ${DROPPED * 100}% of the nodes, rewords every title and text and flips ${FLIPPED * 100}% of supports and attacks.` +
			` Matched ${report.matched.length} of ${pair.copy.nodes.length}; precision ${(right / report.matched.length).toFixed(3)},` +
			` recall ${(right / pair.copy.nodes.length).toFixed(3)}; ${report.conflicts.filter((c) => !c.inheritedFrom).length} reversals found.`
	].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	console.log(await compareFigures());
