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
	nodes: { id: string; text: string; type: string; path: (string | number)[] }[];
	edges: { from: string; to: string; path: (string | number)[] }[];
	locutions: { node: string; person?: string }[];
	/** The analysed text (OVA): HTML, or plain text. */
	html?: string;
	variant: 'aifdb' | 'ova';
}

type Path = (string | number)[];

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

export function looksLikeAif(value: unknown): boolean {
	return isObject(value) && (isObject(value.AIF) || Array.isArray(value.nodes));
}

export function readAifGraph(doc: JsonDocument, file: string): Staged<AifGraph | null> {
	const diagnostics = limitedDiagnostics();
	const fail = (path: Path, message: string, hint: string) =>
		diagnostics.push(error('invalid-aif', file, doc.placeOf(path), message, hint));
	const root = doc.value;
	if (!isObject(root)) {
		fail(
			[],
			'An AIF file must hold a JSON object.',
			'Expected {"nodes": [...], "edges": [...]} or {"AIF": {...}}.'
		);
		return { value: null, diagnostics: diagnostics.done() };
	}
	const wrapped = isObject(root.AIF);
	const base: Path = wrapped ? ['AIF'] : [];
	const set = (wrapped ? root.AIF : root) as Record<string, unknown>;
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
		return { value: null, diagnostics: diagnostics.done() };
	}

	const list = (key: string, required: boolean): unknown[] => {
		const value = set[key];
		if (Array.isArray(value)) return value;
		if ((value === undefined || value === null) && !required) return [];
		fail([...base, key], `"${key}" must be a list.`, `Give "${key}": [] when there are none.`);
		return [];
	};
	const nodes: AifGraph['nodes'] = [];
	list('nodes', true).forEach((raw, i) => {
		const r = v.safeParse(NodeSchema, raw);
		if (r.success)
			nodes.push({
				id: r.output.nodeID,
				text: r.output.text,
				type: r.output.type,
				path: [...base, 'nodes', i]
			});
		else
			reportIssues(
				r.issues,
				[...base, 'nodes', i],
				fail,
				'Each node needs "nodeID", "type" and "text".'
			);
	});
	const edges: AifGraph['edges'] = [];
	list('edges', true).forEach((raw, i) => {
		const r = v.safeParse(EdgeSchema, raw);
		if (r.success)
			edges.push({ from: r.output.fromID, to: r.output.toID, path: [...base, 'edges', i] });
		else
			reportIssues(r.issues, [...base, 'edges', i], fail, 'Each edge needs "fromID" and "toID".');
	});
	const locutions: AifGraph['locutions'] = [];
	list('locutions', false).forEach((raw, i) => {
		const r = v.safeParse(LocutionSchema, raw);
		if (r.success)
			locutions.push({
				node: r.output.nodeID,
				...(r.output.personID ? { person: r.output.personID } : {})
			});
		else
			diagnostics.push(
				warning(
					'invalid-locution',
					file,
					doc.placeOf([...base, 'locutions', i]),
					'A locution without a node id is skipped.',
					'Each locution needs "nodeID".'
				)
			);
	});

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

	let html: string | undefined;
	const text = root.text;
	if (typeof text === 'string') html = text;
	else if (isObject(text) && typeof text.txt === 'string') html = text.txt;
	else if (text !== undefined && text !== null && wrapped)
		diagnostics.push(
			warning(
				'invalid-aif-text',
				file,
				doc.placeOf(['text']),
				'The analysed text is neither text nor {"txt": …}; quotes cannot be recovered from it.',
				'Give "text" as a string of HTML.'
			)
		);
	return {
		value: diagnostics.hasErrors()
			? null
			: {
					nodes,
					edges,
					locutions,
					...(html?.trim() ? { html } : {}),
					variant: wrapped ? 'ova' : 'aifdb'
				},
		diagnostics: diagnostics.done()
	};
}

function reportIssues(
	issues: readonly v.BaseIssue<unknown>[],
	at: Path,
	fail: (path: Path, message: string, hint: string) => void,
	hint: string
) {
	for (const issue of issues.slice(0, 3)) {
		const keys = (issue.path ?? []).map((p) => p.key as string | number);
		const where = keys.length ? `"${keys.join('.')}"` : 'the item';
		const message =
			issue.received === 'undefined' ? `${where} is missing.` : `${where}: ${issue.message}.`;
		fail([...at, ...keys], message, hint);
	}
}
