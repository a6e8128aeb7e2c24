/**
 * Reading AIF JSON in its three shapes: a plain AIFdb nodeset
 * `{nodes, edges, locutions}`, the OVA3/xAIF wrapper `{AIF, OVA, text}`, and
 * AMF's variants (integer ids, `null` lists). Every problem is reported at
 * its JSON path; nothing here interprets the argument.
 */
import * as v from 'valibot';
import { error, warning, type Staged } from '../../diagnostics';
import type { JsonDocument } from '../shared/json-document';
import { limitedDiagnostics } from '../shared/limit';
import { reportIssues, type Fail } from '../shared/issues';
import { looksLikeRontenMap } from '../shared/sniff';
import {
	readMapFields,
	readNodeFields,
	RONTEN_FIELD,
	type RontenMapFields,
	type RontenNodeFields
} from './ronten-fields';

const Id = v.pipe(
	v.union([v.string(), v.pipe(v.number(), v.integer())], 'an id must be a string or an integer'),
	v.transform(String)
);
const Text = v.pipe(
	v.optional(v.nullable(v.union([v.string(), v.number()])), ''),
	v.transform((t) => (t === null || t === undefined ? '' : String(t)))
);
const NodeSchema = v.looseObject({
	nodeID: Id,
	text: Text,
	type: v.pipe(v.string('type must be text'), v.nonEmpty('type must not be empty'))
});
const EdgeSchema = v.looseObject({ fromID: Id, toID: Id });
const LocutionSchema = v.looseObject({
	nodeID: Id,
	personID: v.optional(v.nullable(Id))
});

export interface AifGraph {
	nodes: {
		id: string;
		text: string;
		type: string;
		path: (string | number)[];
		/** What our own export recorded of the node; empty for foreign AIF. */
		ronten: RontenNodeFields;
	}[];
	edges: { from: string; to: string; path: (string | number)[] }[];
	locutions: { node: string; person?: string }[];
	/** The analysed text (OVA): HTML, or plain text. */
	html?: string;
	variant: 'aifdb' | 'ova';
	/** What our own export recorded of the map; empty for foreign AIF. */
	ronten: RontenMapFields;
}

type Path = (string | number)[];

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

export function looksLikeAif(value: unknown): boolean {
	return isObject(value) && (isObject(value.AIF) || Array.isArray(value.nodes));
}

type Warn = (code: string, path: Path, message: string, hint: string) => void;

/** Where the node set sits: the root itself (AIFdb) or its `AIF` member (OVA3/xAIF). */
interface Nodeset {
	root: Record<string, unknown>;
	set: Record<string, unknown>;
	base: Path;
	wrapped: boolean;
}

/** Reads the nodes, edges and locutions of an AIF file; null when it has errors. */
export function readAifGraph(doc: JsonDocument, file: string): Staged<AifGraph | null> {
	const diagnostics = limitedDiagnostics();
	const fail: Fail = (path, message, hint) =>
		diagnostics.push(error('invalid-aif', file, doc.placeOf(path), message, hint));
	const warn: Warn = (code, path, message, hint) =>
		diagnostics.push(warning(code, file, doc.placeOf(path), message, hint));
	const found = findNodeset(doc.value, fail);
	if (!found) return { value: null, diagnostics: diagnostics.done() };

	const list = listReader(found, fail);
	const nodes = readNodes(list('nodes', true), found.base, fail);
	const edges = readEdges(list('edges', true), found.base, fail);
	const locutions = readLocutions(list('locutions', false), found.base, warn);
	checkUniqueIds(nodes, fail);
	const html = analysedText(found, warn);
	return {
		value: diagnostics.hasErrors()
			? null
			: {
					nodes,
					edges,
					locutions,
					...(html?.trim() ? { html } : {}),
					variant: found.wrapped ? 'ova' : 'aifdb',
					ronten: readMapFields(found.set[RONTEN_FIELD])
				},
		diagnostics: diagnostics.done()
	};
}

/** The node set, or null (reported) when the root is no object or is in the old OVA2 format. */
function findNodeset(root: unknown, fail: Fail): Nodeset | null {
	if (!isObject(root)) {
		fail(
			[],
			'An AIF file must hold a JSON object.',
			'Expected {"nodes": [...], "edges": [...]} or {"AIF": {...}}.'
		);
		return null;
	}
	if (looksLikeRontenMap(root)) {
		fail(
			[],
			'This is a Ronten map (written by ronten export --format json), not AIF.',
			'Import it as json: leave --from out, or give --from json.'
		);
		return null;
	}
	const wrapped = isObject(root.AIF);
	if (
		!wrapped &&
		Array.isArray(root.nodes) &&
		root.nodes.some((n) => isObject(n) && 'x' in n && 'id' in n)
	) {
		fail(
			['nodes'],
			'This is the old OVA2 format (nodes with id, x and y).',
			'Open it in OVA3 and save it as AIF JSON.'
		);
		return null;
	}
	return {
		root,
		set: (wrapped ? root.AIF : root) as Record<string, unknown>,
		base: wrapped ? ['AIF'] : [],
		wrapped
	};
}

/** Reads a list member of the node set; a missing optional one is empty, anything else but a list is reported. */
function listReader({ set, base }: Nodeset, fail: Fail) {
	return (key: string, required: boolean): unknown[] => {
		const value = set[key];
		if (Array.isArray(value)) return value;
		if ((value === undefined || value === null) && !required) return [];
		fail([...base, key], `"${key}" must be a list.`, `Give "${key}": [] when there are none.`);
		return [];
	};
}

function readNodes(raws: unknown[], base: Path, fail: Fail): AifGraph['nodes'] {
	const nodes: AifGraph['nodes'] = [];
	raws.forEach((raw, i) => {
		const r = v.safeParse(NodeSchema, raw);
		if (r.success)
			nodes.push({
				id: r.output.nodeID,
				text: r.output.text,
				type: r.output.type,
				path: [...base, 'nodes', i],
				ronten: readNodeFields(r.output[RONTEN_FIELD])
			});
		else
			reportIssues(
				r.issues,
				[...base, 'nodes', i],
				fail,
				'Each node needs "nodeID", "type" and "text".'
			);
	});
	return nodes;
}

function readEdges(raws: unknown[], base: Path, fail: Fail): AifGraph['edges'] {
	const edges: AifGraph['edges'] = [];
	raws.forEach((raw, i) => {
		const r = v.safeParse(EdgeSchema, raw);
		if (r.success)
			edges.push({ from: r.output.fromID, to: r.output.toID, path: [...base, 'edges', i] });
		else
			reportIssues(r.issues, [...base, 'edges', i], fail, 'Each edge needs "fromID" and "toID".');
	});
	return edges;
}

/** Locutions; one without a node id is skipped with a warning, since only quotes depend on them. */
function readLocutions(raws: unknown[], base: Path, warn: Warn): AifGraph['locutions'] {
	const locutions: AifGraph['locutions'] = [];
	raws.forEach((raw, i) => {
		const r = v.safeParse(LocutionSchema, raw);
		if (r.success)
			locutions.push({
				node: r.output.nodeID,
				...(r.output.personID ? { person: r.output.personID } : {})
			});
		else
			warn(
				'invalid-locution',
				[...base, 'locutions', i],
				'A locution without a node id is skipped.',
				'Each locution needs "nodeID".'
			);
	});
	return locutions;
}

function checkUniqueIds(nodes: AifGraph['nodes'], fail: Fail): void {
	const seen = new Set<string>();
	for (const n of nodes) {
		if (seen.has(n.id))
			fail(
				[...n.path, 'nodeID'],
				`Node id "${n.id}" is used twice.`,
				'Every nodeID must be unique.'
			);
		seen.add(n.id);
	}
}

/** The analysed text OVA keeps beside the graph: a string, or `{"txt": …}`. */
function analysedText({ root, wrapped }: Nodeset, warn: Warn): string | undefined {
	const text = root.text;
	if (typeof text === 'string') return text;
	if (isObject(text) && typeof text.txt === 'string') return text.txt;
	if (text !== undefined && text !== null && wrapped)
		warn(
			'invalid-aif-text',
			['text'],
			'The analysed text is neither text nor {"txt": …}; quotes cannot be recovered from it.',
			'Give "text" as a string of HTML.'
		);
	return undefined;
}
