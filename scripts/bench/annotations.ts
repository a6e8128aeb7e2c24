/**
 * Annotation figures (issue 15): 10,000 annotations on a map of 5,000
 * statements, half notes on nodes (with stances and tags), half highlights of
 * passages in its sources, a tenth of those quoting words the text no longer
 * has exactly (found fuzzily or orphaned). In Node: reading and merging a
 * W3C file of them (goal ≤ 1 s), writing one (goal ≤ 1 s), and what the
 * viewer adds to opening the map: anchoring every highlight again and finding
 * the annotated nodes. The IndexedDB store and the Notes panel run only in a
 * browser and are not timed here. Prints figures; asserts nothing.
 * Alone: `npx tsx scripts/bench/annotations.ts`.
 */
import { pathToFileURL } from 'node:url';
import { compileMap } from '../../src/lib/core';
import {
	anchorAll,
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

function annotationsOf(
	nodes: readonly string[],
	sources: readonly { id: string; text: string }[]
): Annotation[] {
	const rand = random(15);
	const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
	return Array.from({ length: COUNT }, (_, i): Annotation => {
		const base = { id: `urn:uuid:bench-${i}`, map: 'bench', created: at(i), modified: at(i) };
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
	const list = annotationsOf(
		map.nodes.map((n) => n.id),
		map.sources
	);
	const file = exportAnnotations(list, { id: 'bench', title: 'Bench', url: URL_OF_MAP });
	const empty = new Map<string, Annotation>();
	const targets = anchorTargets(map);
	const importMs: number[] = [];
	const exportMs: number[] = [];
	const anchorMs: number[] = [];
	const nodesMs: number[] = [];
	let statuses = '';
	for (let i = 0; i < RUNS; i++) {
		const imported = time(() => importAnnotations(file, 'bench.jsonld', 'bench', empty));
		if (imported.value.changed.length !== COUNT)
			throw new Error(`imported ${imported.value.changed.length} of ${COUNT}`);
		importMs.push(imported.ms);
		exportMs.push(
			time(() => exportAnnotations(list, { id: 'bench', title: 'Bench', url: URL_OF_MAP })).ms
		);
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
			{ step: 'opening the map: anchor every annotation again', ms: fmt(median(anchorMs)) },
			{ step: 'opening the map: the annotated nodes (graph marks)', ms: fmt(median(nodesMs)) }
		]),
		`Anchored: ${statuses}.`
	].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(annotationFigures());
