/**
 * `npm run bench`: compile and search costs on generated maps, each next to
 * its baseline (bare @argdown/core parsing; bare lunr over the same documents).
 * Prints figures; asserts nothing.
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
import { fmt, median, percentile, table, time } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUERIES = 200;

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

	const parseMs: number[] = [];
	const compileMs: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		parseMs.push(time(() => bareParse(generated.text)).ms);
		compileMs.push(time(() => compileMap(input)).ms);
	}
	const parse = median(parseMs);
	const compile = median(compileMs);
	compileRows.push({
		statements: size,
		nodes: first.map.nodes.length,
		edges: first.map.edges.length,
		'bare parse ms (median)': fmt(parse),
		'compile ms (median)': fmt(compile),
		'ratio (goal ≤ 1.5)': (compile / parse).toFixed(2)
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
	const ours: number[] = [];
	const oursPrefix: number[] = [];
	const baseline: number[] = [];
	// Warm up both paths before timing them.
	for (const q of qs.slice(0, 20)) {
		search(built.value, q);
		bare.search(q);
	}
	for (const q of qs) {
		baseline.push(time(() => bare.search(q)).ms);
		ours.push(time(() => search(built.value, q, { prefix: false })).ms);
		oursPrefix.push(time(() => search(built.value, q, { prefix: true })).ms);
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
		'p95 ratio (goal ≤ 1.2)': (percentile(ours, 95) / percentile(baseline, 95)).toFixed(2)
	});
}

console.log(`Compile: median of ${RUNS} runs (Node ${process.version})\n`);
console.log(table(compileRows));
console.log(
	`\nSearch: ${QUERIES} queries of one or two words; times in ms (goal: p95 ≤ 16 ms at 20,000 nodes)\n`
);
console.log(table(searchRows));
