/**
 * The compile pipeline: bytes or text → Argdown model → Ronten model →
 * anchored evidence → checks. Returns the map and every diagnostic; never throws.
 */
import { error, sortDiagnostics, type Diagnostic } from '../diagnostics';
import type { ArgumentMap } from '../model';
import { parseArgdown } from '../argdown/parse';
import { readText } from '../text/read-text';
import { bearingIndex } from '../graph/bearing';
import { buildGraph } from './build-graph';
import { anchorEvidence, loadSources, type SourceLoader } from './evidence';
import { readFrontMatter } from './front-matter';
import { checkBearing, checkNotEmpty, checkNothingLost, checkThesis } from './checks';

export type { SourceLoader } from './evidence';

export interface CompileInput {
	/** The map id, usually the file stem. */
	id: string;
	/** The file name used in diagnostics and node locations. */
	file: string;
	content: Uint8Array | string;
	/** Reads sources named in the front matter; without it every source is missing. */
	loadSource?: SourceLoader;
}

export interface CompileResult {
	map: ArgumentMap;
	diagnostics: Diagnostic[];
}

export { MAX_MAP_BYTES } from '../text/read-text';

export function compileMap(input: CompileInput): CompileResult {
	const { id, file } = input;
	const empty: ArgumentMap = {
		id,
		title: id,
		language: 'en',
		file,
		sources: [],
		nodes: [],
		edges: []
	};
	try {
		return compileChecked(input, empty);
	} catch (e) {
		// A bug of ours must not take the caller down with it: report it like any other problem.
		const message = e instanceof Error ? e.message : String(e);
		return {
			map: empty,
			diagnostics: [
				error(
					'internal-error',
					file,
					{ line: 1, column: 1 },
					`The compiler failed: ${message}`,
					'Please report this map as a bug.'
				)
			]
		};
	}
}

function compileChecked(input: CompileInput, empty: ArgumentMap): CompileResult {
	const { id, file, content } = input;
	// The one read check: size, then UTF-8.
	const read = readText(content, file);
	if (read.value === null) return { map: empty, diagnostics: read.diagnostics };
	const text = read.value;

	const diagnostics: Diagnostic[] = [];
	const parsed = parseArgdown(text, file);
	diagnostics.push(...parsed.diagnostics);
	const { response, written, clean } = parsed.value;
	const meta = readFrontMatter(response.frontMatter, text, file);
	diagnostics.push(...meta.diagnostics);
	const graph = buildGraph(response, file);
	diagnostics.push(...graph.diagnostics);
	const sources = loadSources(meta.value.sources, input.loadSource ?? (() => null), text, file);
	diagnostics.push(...sources.diagnostics);
	diagnostics.push(...anchorEvidence(graph.value.nodes, graph.value.evidence, sources.value, file));

	const map: ArgumentMap = {
		id,
		title: meta.value.title ?? id,
		language: meta.value.language,
		...(meta.value.question ? { question: meta.value.question } : {}),
		...(meta.value.thesis ? { thesis: meta.value.thesis } : {}),
		file,
		sources: sources.value,
		nodes: graph.value.nodes,
		edges: graph.value.edges
	};
	diagnostics.push(...checkNothingLost(written, clean, map.nodes, file));
	diagnostics.push(...checkNotEmpty(written, map.nodes, file));
	diagnostics.push(...checkBearing(map.nodes, bearingIndex(map), file));
	const thesis = checkThesis(map, text, file);
	diagnostics.push(...thesis.diagnostics);
	if (!thesis.value) delete map.thesis;
	return { map, diagnostics: sortDiagnostics(diagnostics) };
}
