/**
 * Annotation figures (issue 15): 10,000 annotations on a map of 5,000
 * statements, half notes on nodes (with stances and tags), half highlights of
 * passages in its sources, a tenth of those quoting words the text no longer
 * has exactly (found fuzzily or orphaned). In Node: reading and merging a
 * W3C file of them (goal ≤ 1 s), writing one (goal ≤ 1 s), and the viewer's
 * work once the map is open: anchoring every annotation again (those that need
 * no search, then the searched rest, which the viewer does in idle slices) and
 * finding the annotated nodes. Then, in Chromium (annotations-browser.ts, a
 * process of its own, left out with BENCH_ANNOTATION_BROWSER=0): opening the
 * map with the 10,000 in IndexedDB against none, reading them from the store,
 * and scrolling the Notes panel. Prints figures; asserts nothing.
 * Alone: `npx tsx scripts/bench/annotations.ts`.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { compileMap } from '../../src/lib/core';
import {
	anchorAll,
	anchorAtOnce,
	anchorTargets,
	annotatedNodes,
	exportAnnotations,
	importAnnotations,
	STANCES,
	type Annotation
} from '../../src/lib/core/annotate';
import { generateMap, random } from './generate';
import { fmt, median, table, time } from './stats';

const NODES = Number(process.env.BENCH_ANNOTATION_NODES ?? 5000);
const COUNT = Number(process.env.BENCH_ANNOTATIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_ANNOTATION_RUNS ?? 5);
const URL_OF_MAP = 'https://example.org/maps/bench/';

/** `count` annotations of a map, half on its nodes, half highlights of its sources; the same every run. */
export function benchAnnotations(
	mapId: string,
	nodes: readonly string[],
	sources: readonly { id: string; text: string }[],
	count = COUNT
): Annotation[] {
	const rand = random(15);
	const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
	return Array.from({ length: count }, (_, i): Annotation => {
		const base = { id: `urn:uuid:bench-${i}`, map: mapId, created: at(i), modified: at(i) };
		if (i % 2 === 0)
			return {
				...base,
				kind: 'node',
				node: nodes[Math.floor(rand() * nodes.length)]!,
				note: `Note ${i}: check this against the figures of the second source.`,
				tags: i % 3 === 0 ? ['check'] : [],
				...(i % 4 === 0 ? { stance: STANCES[i % 3]! } : {})
			};
		const source = sources[i % sources.length]!;
		const start = Math.floor(rand() * (source.text.length - 80));
		let exact = source.text.slice(start, start + 40);
		// One in ten was made on an earlier text: a few words changed.
		if (i % 20 === 1) exact = exact.replace(/[aeiou]/, 'x');
		return {
			...base,
			kind: 'highlight',
			source: source.id,
			anchor: {
				exact,
				prefix: source.text.slice(Math.max(0, start - 32), start),
				suffix: source.text.slice(start + 40, start + 72),
				start: i % 20 === 3 ? start + 17 : start,
				end: (i % 20 === 3 ? start + 17 : start) + 40
			},
			note: i % 6 === 1 ? 'Worth a node of its own.' : '',
			tags: []
		};
	});
}

export function annotationFigures(): string {
	const generated = generateMap(NODES);
	const { map } = compileMap({
		id: 'bench',
		file: 'bench.argdown',
		content: generated.text,
		loadSource: (file: string) => generated.sources[file] ?? null
	});
	if (!map) throw new Error('the generated map did not compile');
	const list = benchAnnotations(
		'bench',
		map.nodes.map((n) => n.id),
		map.sources
	);
	const file = exportAnnotations(list, { id: 'bench', title: 'Bench', url: URL_OF_MAP });
	const empty = new Map<string, Annotation>();
	const targets = anchorTargets(map);
	const importMs: number[] = [];
	const exportMs: number[] = [];
	const anchorMs: number[] = [];
	const atOnceMs: number[] = [];
	const nodesMs: number[] = [];
	let statuses = '';
	for (let i = 0; i < RUNS; i++) {
		const imported = time(() =>
			importAnnotations(file, 'bench.jsonld', 'bench', empty, new Date().toISOString())
		);
		if (imported.value.changed.length !== COUNT)
			throw new Error(`imported ${imported.value.changed.length} of ${COUNT}`);
		importMs.push(imported.ms);
		exportMs.push(
			time(() => exportAnnotations(list, { id: 'bench', title: 'Bench', url: URL_OF_MAP })).ms
		);
		atOnceMs.push(time(() => list.filter((a) => !anchorAtOnce(a, targets)).length).ms);
		const anchored = time(() => anchorAll(list, targets));
		anchorMs.push(anchored.ms);
		nodesMs.push(time(() => annotatedNodes(list)).ms);
		const counts: Record<string, number> = {};
		for (const a of anchored.value.values()) counts[a.status] = (counts[a.status] ?? 0) + 1;
		statuses = Object.entries(counts)
			.map(([s, n]) => `${n} ${s}`)
			.join(', ');
	}
	return [
		`Annotations: ${COUNT.toLocaleString('en')} on a map of ${map.nodes.length.toLocaleString('en')} nodes` +
			` and ${map.sources.length} sources; a file of ${(file.length / 1e6).toFixed(1)} MB; median of ${RUNS}.`,
		table([
			{ step: 'import: read, check and merge the file (goal ≤ 1 s)', ms: fmt(median(importMs)) },
			{ step: 'export: write the file (goal ≤ 1 s)', ms: fmt(median(exportMs)) },
			{ step: 'anchoring those that need no search', ms: fmt(median(atOnceMs)) },
			{ step: 'anchoring all (the viewer searches in idle slices)', ms: fmt(median(anchorMs)) },
			{ step: 'the annotated nodes (graph marks)', ms: fmt(median(nodesMs)) }
		]),
		`Anchored: ${statuses}.`,
		browserFigures()
	].join('\n');
}

/** The figures of annotations-browser.ts, which builds the site and drives Chromium. */
function browserFigures(): string {
	if (process.env.BENCH_ANNOTATION_BROWSER === '0') return '';
	const run = spawnSync('npx', ['tsx', 'scripts/bench/annotations-browser.ts'], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit']
	});
	if (run.status !== 0) return `\nAnnotations in Chromium: not measured (exit ${run.status}).`;
	return `\n${run.stdout.trim()}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(annotationFigures());
