/**
 * Reading Ronten's own map JSON (what `map.schema.json` describes) back into
 * plain records. Every problem is reported at its JSON path; an item that is
 * broken is reported and left out, and the map is refused when any was.
 * Fields the schema does not know are ignored, so that a newer writer's
 * additions do not stop an older reader.
 */
import * as v from 'valibot';
import { error, warning, type Staged } from '../../diagnostics';
import { NODE_KINDS } from '../../model';
import type { JsonDocument } from '../shared/json-document';
import { limitedDiagnostics } from '../shared/limit';
import { reportIssues, type Fail } from '../shared/issues';
import { isJsonObject, looksLikeRontenMap } from '../shared/sniff';
import { JSON_FORMAT_VERSION } from './export';

const Text = v.string('must be text');
const Id = v.pipe(Text, v.nonEmpty('must not be empty'));
const Optional = v.optional(Text);

const SourceSchema = v.object({
	id: Id,
	title: Text,
	author: Optional,
	publisher: Optional,
	date: Optional,
	url: Optional,
	file: Optional,
	text: v.optional(Text, '')
});
const NodeSchema = v.object({
	id: Id,
	kind: v.picklist(NODE_KINDS, `must be one of ${NODE_KINDS.join(', ')}`),
	title: Text,
	text: Text,
	tags: v.optional(v.array(Text, 'must be a list of text'), []),
	section: Optional,
	quote: v.optional(v.object({ source: Id, exact: Id })),
	base: v.optional(
		v.pipe(
			v.number('must be a number from 0 to 1'),
			v.minValue(0, 'must be a number from 0 to 1'),
			v.maxValue(1, 'must be a number from 0 to 1')
		)
	),
	pcs: v.optional(
		v.array(
			v.object({
				node: Id,
				role: v.picklist(
					['premise', 'intermediary-conclusion', 'main-conclusion'],
					'must be premise, intermediary-conclusion or main-conclusion'
				),
				inferenceRules: v.optional(v.array(Text, 'must be a list of text'))
			}),
			'must be a list'
		)
	)
});
const EdgeSchema = v.object({
	from: Id,
	to: Id,
	kind: v.picklist(
		['supports', 'attacks', 'undercuts', 'contradicts'],
		'must be supports, attacks, undercuts or contradicts'
	),
	origin: v.optional(
		v.picklist(['relation', 'premise', 'conclusion'], 'must be relation, premise or conclusion'),
		'relation'
	)
});

export type JsonSource = v.InferOutput<typeof SourceSchema>;
export type JsonNode = v.InferOutput<typeof NodeSchema> & { path: (string | number)[] };
export type JsonEdge = v.InferOutput<typeof EdgeSchema> & { path: (string | number)[] };

export interface RontenJson {
	title: string;
	language: string;
	question?: string;
	thesis?: string;
	sources: (JsonSource & { path: (string | number)[] })[];
	nodes: JsonNode[];
	edges: JsonEdge[];
}

/** Reads a Ronten map document; null (with located errors) when it is broken. */
export function readRontenJson(doc: JsonDocument, file: string): Staged<RontenJson | null> {
	const diagnostics = limitedDiagnostics();
	const fail: Fail = (path, message, hint) =>
		diagnostics.push(error('invalid-map-json', file, doc.placeOf(path), message, hint));
	const root = doc.value;
	const refused = (code: string, path: (string | number)[], message: string, hint: string) => ({
		value: null,
		diagnostics: [error(code, file, doc.placeOf(path), message, hint)]
	});
	// A file that is something else entirely gets one line, not one per item.
	if (!looksLikeRontenMap(root))
		return refused(
			'not-map-json',
			[],
			'This JSON is not a Ronten map: it has no "formatVersion" beside a list of "nodes" with ids and kinds.',
			'Give a file written by ronten export --format json; for AIF give --from aif.'
		);
	const map = root as Record<string, unknown>;
	if (map.formatVersion !== JSON_FORMAT_VERSION)
		return refused(
			'unsupported-format-version',
			['formatVersion'],
			`The map JSON has formatVersion ${JSON.stringify(map.formatVersion)}; this version of Ronten reads ${JSON_FORMAT_VERSION}.`,
			'Export the map again with this version of Ronten, or update Ronten.'
		);

	const text = (key: string, required: boolean): string | undefined => {
		const value = map[key];
		if (typeof value === 'string') return value;
		if (value !== undefined || required)
			fail([key], `"${key}" ${value === undefined ? 'is missing' : 'must be text'}.`, HINT.map);
		return undefined;
	};
	const title = text('title', true) ?? '';
	const language = text('language', false) ?? 'en';
	const question = text('question', false);
	const thesis = text('thesis', false);
	const sources = readList(map, 'sources', SourceSchema, fail, HINT.source);
	const nodes = readList(map, 'nodes', NodeSchema, fail, HINT.node);
	const edges = readList(map, 'edges', EdgeSchema, fail, HINT.edge);
	checkUnique(sources, 'Source', fail);
	checkUnique(nodes, 'Node', fail);
	checkQuotes(nodes, sources, fail);
	// A refused map needs no warnings about what would have been dropped from it.
	if (diagnostics.hasErrors()) return { value: null, diagnostics: diagnostics.done() };
	const warn = (path: (string | number)[], message: string, hint: string) =>
		diagnostics.push(warning('map-json-dropped', file, doc.placeOf(path), message, hint));
	const kept = knownEdges(edges, nodes, warn);
	return {
		value: {
			title,
			language,
			...(question ? { question } : {}),
			...(thesis ? { thesis } : {}),
			sources,
			nodes,
			edges: kept
		},
		diagnostics: diagnostics.done()
	};
}

const HINT = {
	map: 'A map has "formatVersion", "title", "language", "sources", "nodes" and "edges".',
	source: 'Each source needs "id" and "title"; "text" holds the words quotes are found in.',
	node: 'Each node needs "id", "kind", "title" and "text"; evidence also a "quote".',
	edge: 'Each edge needs "from", "to" and "kind".'
};

/** The valid items of a list member, each with its path; the broken ones are reported. */
function readList<S extends v.GenericSchema>(
	map: Record<string, unknown>,
	key: string,
	schema: S,
	fail: Fail,
	hint: string
): (v.InferOutput<S> & { path: (string | number)[] })[] {
	const raws = map[key];
	if (raws === undefined && key === 'sources') return [];
	if (!Array.isArray(raws)) {
		fail([key], `"${key}" must be a list.`, `Give "${key}": [] when there are none.`);
		return [];
	}
	const items: (v.InferOutput<S> & { path: (string | number)[] })[] = [];
	raws.forEach((raw: unknown, i) => {
		const path = [key, i];
		if (!isJsonObject(raw)) {
			fail(path, `Item ${i} of "${key}" must be an object.`, hint);
			return;
		}
		const r = v.safeParse(schema, raw);
		if (r.success) items.push({ ...(r.output as object), path } as never);
		else reportIssues(r.issues, path, fail, hint);
	});
	return items;
}

/** Each id is used once in its list. */
function checkUnique(items: { id: string; path: (string | number)[] }[], what: string, fail: Fail) {
	const seen = new Set<string>();
	for (const item of items) {
		if (seen.has(item.id))
			fail(
				[...item.path, 'id'],
				`${what} id "${item.id}" is used twice.`,
				`Every ${what.toLowerCase()} id must be unique.`
			);
		seen.add(item.id);
	}
}

/** Evidence has a quote, and every quote names a declared source. */
function checkQuotes(nodes: JsonNode[], sources: RontenJson['sources'], fail: Fail): void {
	const declared = new Set(sources.map((s) => s.id));
	for (const n of nodes) {
		if (n.kind === 'evidence' && !n.quote)
			fail([...n.path, 'kind'], `Evidence "${n.id}" has no "quote".`, HINT.node);
		if (n.quote && !declared.has(n.quote.source))
			fail(
				[...n.path, 'quote', 'source'],
				`Node "${n.id}" quotes source "${n.quote.source}", which "sources" does not list.`,
				`Declare the source, or name one of: ${[...declared].join(', ') || '(none)'}.`
			);
	}
}

/** Edges between nodes of the map; one that names a missing node is dropped with a warning. */
function knownEdges(
	edges: JsonEdge[],
	nodes: JsonNode[],
	warn: (path: (string | number)[], message: string, hint: string) => void
): JsonEdge[] {
	const ids = new Set(nodes.map((n) => n.id));
	return edges.filter((e) => {
		const missing = [e.from, e.to].find((id) => !ids.has(id));
		if (missing === undefined) return true;
		warn(
			e.path,
			`The edge from "${e.from}" to "${e.to}" names node "${missing}", which the map lacks; it is left out.`,
			'Point "from" and "to" at ids of "nodes".'
		);
		return false;
	});
}
