/**
 * `npm run bench`: compile and search costs on generated maps, each next to
 * its baseline (bare @argdown/core parsing; bare lunr over the same documents).
 * Then how fast the `ronten` command starts (`cli.ts`), and what evaluation costs
 * (`evaluation.ts`). Prints figures; asserts nothing.
 */
import { gzipSync } from 'node:zlib';
import {
	ArgdownApplication,
	DataPlugin,
	ModelPlugin,
	ParserPlugin,
	type IArgdownRequest
} from '@argdown/core';
import lunr from 'lunr';
import {
	buildSearchIndex,
	compileMap,
	search,
	searchDocs,
	serializeSearchIndex,
	FIELD_BOOSTS,
	indexedFields
} from '../../src/lib/core';
import { contentWord, generateMap, random } from './generate';
import { cliStartFigures } from './cli';
import { annotationFigures } from './annotations';
import { evaluationFigures } from './evaluation';
import { compareFigures } from './compare';
import { fmt, median, percentile, spread, table, time } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUERIES = 200;
const SEARCH_ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 5);

function bareParse(text: string) {
	const app = new ArgdownApplication();
	app.addPlugin(new ParserPlugin(), 'parse-input');
	app.addPlugin(new DataPlugin(), 'build-model');
	app.addPlugin(new ModelPlugin(), 'build-model');
	return app.run({
		input: text,
		process: ['parse-input', 'build-model'],
		throwExceptions: false,
		logLevel: 'none'
	} as IArgdownRequest);
}

/** Query words drawn with the text's own Zipf frequencies, so common words are asked for often (stop words aside). */
function queries(seed: number): string[] {
	const rand = random(seed);
	const pick = () => contentWord(rand);
	return Array.from({ length: QUERIES }, (_, i) => (i % 3 === 0 ? pick() : `${pick()} ${pick()}`));
}

const compileRows: Record<string, string | number>[] = [];
const searchRows: Record<string, string | number>[] = [];

for (const size of SIZES) {
	const generated = generateMap(size);
	const input = {
		id: `bench-${size}`,
		file: 'bench.argdown',
		content: generated.text,
		loadSource: (file: string) => generated.sources[file] ?? null
	};
	const first = compileMap(input);
	const errors = first.diagnostics.filter((d) => d.severity === 'error');
	if (errors.length) throw new Error(`generated map has errors: ${errors[0]?.message}`);

	// Interleaved, and in alternating order (AB, BA, …), so that a busy moment of the machine
	// or a warm-up weighs on both sides alike; the ratio is read pair by pair.
	const parseMs: number[] = [];
	const compileMs: number[] = [];
	const ratios: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const pair = i % 2 === 0 ? [parseOnce, compileOnce] : [compileOnce, parseOnce];
		for (const run of pair) run();
		ratios.push((compileMs.at(-1) as number) / (parseMs.at(-1) as number));
	}
	function parseOnce() {
		parseMs.push(time(() => bareParse(generated.text)).ms);
	}
	function compileOnce() {
		compileMs.push(time(() => compileMap(input)).ms);
	}
	compileRows.push({
		statements: size,
		nodes: first.map.nodes.length,
		edges: first.map.edges.length,
		'bare parse ms (median)': fmt(median(parseMs)),
		'compile ms (median)': fmt(median(compileMs)),
		'ratio median [min–max] (goal ≤ 1.5)': spread(ratios)
	});

	// Search: our index and query path against bare lunr over the same documents and fields.
	const docs = searchDocs(first.map);
	const built = time(() => buildSearchIndex(first.map, docs));
	const bare = lunr(function () {
		this.ref('id');
		for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
		for (const d of docs) this.add(indexedFields(d));
	});
	const qs = queries(size);
	// Warm up both paths before timing them.
	for (const q of qs.slice(0, 20)) {
		search(built.value, q);
		bare.search(q);
	}
	// Rounds of every query, each query timed on both sides in alternating order; the p95
	// ratio is read round by round, so its spread shows how far one round can be trusted.
	const ours: number[] = [];
	const oursPrefix: number[] = [];
	const baseline: number[] = [];
	const roundRatios: number[] = [];
	for (let round = 0; round < SEARCH_ROUNDS; round++) {
		const bareRound: number[] = [];
		const oursRound: number[] = [];
		qs.forEach((q, i) => {
			const timeBare = () => bareRound.push(time(() => bare.search(q)).ms);
			const timeOurs = () =>
				oursRound.push(time(() => search(built.value, q, { prefix: false })).ms);
			const order = (i + round) % 2 === 0 ? [timeBare, timeOurs] : [timeOurs, timeBare];
			for (const run of order) run();
			oursPrefix.push(time(() => search(built.value, q, { prefix: true })).ms);
		});
		baseline.push(...bareRound);
		ours.push(...oursRound);
		roundRatios.push(percentile(oursRound, 95) / percentile(bareRound, 95));
	}
	const serialized = JSON.stringify(serializeSearchIndex(built.value));
	const load = time(() => lunr.Index.load(JSON.parse(serialized).index)).ms;
	searchRows.push({
		nodes: docs.length,
		'build ms': fmt(built.ms),
		'load ms': fmt(load),
		'index KB gz': (gzipSync(serialized).length / 1024).toFixed(0),
		'bare p50/p95': `${fmt(percentile(baseline, 50))}/${fmt(percentile(baseline, 95))}`,
		'ours p50/p95': `${fmt(percentile(ours, 50))}/${fmt(percentile(ours, 95))}`,
		'ours+prefix p50/p95': `${fmt(percentile(oursPrefix, 50))}/${fmt(percentile(oursPrefix, 95))}`,
		'p95 ratio median [min–max] (goal ≤ 1.2)': spread(roundRatios)
	});
}

console.log(
	`Compile: ${RUNS} interleaved runs of each side, ratio read pair by pair (Node ${process.version})\n`
);
console.log(table(compileRows));
console.log(
	`\nSearch: ${QUERIES} queries of one or two words, ${SEARCH_ROUNDS} interleaved rounds; times in ms (goal: p95 ≤ 16 ms at 20,000 nodes)\n`
);
console.log(table(searchRows));
console.log('\n' + cliStartFigures());
console.log('\n' + annotationFigures());
console.log('\n' + evaluationFigures());
console.log('\n' + (await compareFigures()));
