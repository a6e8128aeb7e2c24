/**
 * AIF → draft map. I-nodes become statements; an RA becomes a support (or,
 * when it links several premises or is itself attacked, a reconstructed
 * argument); a CA becomes an attack, an undercut when it aims at an RA, and a
 * conflict argument (tagged `aif-conflict`) when another CA aims at it.
 * Statements nobody uses as a premise or attacker but that others support or
 * attack are the positions. The dialogue layer (L, YA, TA) is read only for
 * quotes: the passage of the analysed text, or the words of the locution,
 * that asserts each I-node.
 */
import { warning, type Diagnostic, type Staged } from '../../diagnostics';
import type { DraftMap, DraftNode } from '../draft';
import type { NodeKind } from '../../model';
import { readAifGraph, looksLikeAif, type AifGraph } from './read';
import { parseJsonDocument } from '../shared/json-document';
import type { ImportedMap, ImportedSource, Importer, ImportInput } from '../types';
import { shortTitle } from '../shared/titles';
import {
	indexGraph,
	nodesOfType,
	statementKey,
	type AifGraphNode,
	type AifIndex,
	type DraftParts,
	type Note
} from './graph-index';
import { addInferences } from './inferences';
import { addConflicts } from './conflicts';
import { recoverQuotes, type Quotes } from './quotes';

const SOURCE_ID = 'text';

export const aifImporter: Importer = {
	format: 'aif',
	description: 'AIF JSON from AIFdb, OVA3 or xAIF',
	extensions: ['json'],
	detect(text) {
		const start = text.trimStart();
		if (!start.startsWith('{')) return false;
		try {
			return looksLikeAif(JSON.parse(text));
		} catch {
			return /"(nodes|AIF)"\s*:/.test(start.slice(0, 2000));
		}
	},
	read(input) {
		const parsed = parseJsonDocument(input.text, input.file);
		if (!parsed.value) return { value: null, diagnostics: parsed.diagnostics };
		const graph = readAifGraph(parsed.value, input.file);
		if (!graph.value) return { value: null, diagnostics: graph.diagnostics };
		const placeOf = parsed.value.placeOf;
		const converted = convertAif(graph.value, input, (path) => placeOf(path));
		return {
			value: converted.value,
			diagnostics: [...graph.diagnostics, ...converted.diagnostics]
		};
	}
};

/** Converts a read AIF graph into a draft map, with its quoted text as a source. */
export function convertAif(
	graph: AifGraph,
	input: ImportInput,
	placeOf: (path: (string | number)[]) => { line: number; column: number; path?: string }
): Staged<ImportedMap> {
	const diagnostics: Diagnostic[] = [];
	const note: Note = (code, path, message, hint) =>
		diagnostics.push(warning(code, input.file, placeOf(path), message, hint));

	const index = indexGraph(graph, note);
	const inferences = nodesOfType(graph.nodes, 'RA', 'S');
	const conflicts = nodesOfType(graph.nodes, 'CA');
	const attacked = targetedSNodes([...inferences, ...conflicts], index);
	const quotes = recoverQuotes(graph, index);
	const parts: DraftParts = {
		nodes: statementNodes(graph, index, quotes, [...inferences, ...conflicts]),
		edges: [],
		anchorOf: new Map()
	};
	addInferences(inferences, attacked, index, parts, note);
	addConflicts(conflicts, attacked, index, parts, note);
	noteDroppedNodes(graph, note);
	return { value: importedMap(graph, input, quotes, parts), diagnostics };
}

/**
 * S-nodes that a conflict or an inference aims at (an attack on an inference, or
 * our export's support of a reconstructed argument): each needs a node of its own.
 */
function targetedSNodes(sNodes: AifGraphNode[], index: AifIndex): Set<string> {
	return new Set(sNodes.flatMap((c) => index.outs(c.id, 'RA', 'S', 'CA')));
}

/**
 * A statement for each I-node: a position when others support or attack it
 * but it is nobody's premise or attacker, else evidence when it has a quote,
 * else a claim.
 */
function statementNodes(
	graph: AifGraph,
	index: AifIndex,
	quotes: Quotes,
	sNodes: AifGraphNode[]
): DraftNode[] {
	const usedAsReason = new Set<string>();
	const supportedOrAttacked = new Set<string>();
	for (const s of sNodes) {
		for (const p of index.ins(s.id, 'I')) usedAsReason.add(p);
		for (const c of index.outs(s.id, 'I')) supportedOrAttacked.add(c);
	}
	return nodesOfType(graph.nodes, 'I').map((n) => {
		const quote = quotes.quoteOf.get(n.id);
		const position = supportedOrAttacked.has(n.id) && !usedAsReason.has(n.id);
		const kind =
			recordedKind(n.ronten.kind, !!quote) ??
			(position ? 'position' : quote ? 'evidence' : 'claim');
		return {
			key: statementKey(n.id),
			kind,
			title: n.ronten.title ?? (shortTitle(n.text) || `Statement ${n.id}`),
			text: n.text.trim() || '(empty)',
			tags: n.ronten.tags ?? [],
			...(n.ronten.section ? { section: n.ronten.section } : {}),
			...(quote && (kind === 'evidence' || kind === 'position')
				? { quote: { source: SOURCE_ID, exact: quote } }
				: {}),
			...(kind === 'argument' ? { pcs: [] } : {})
		};
	});
}

/** The kind our export recorded, when the node can still be one: evidence needs its quote. */
function recordedKind(kind: NodeKind | undefined, quoted: boolean): NodeKind | undefined {
	return kind === 'evidence' && !quoted ? undefined : kind;
}

/** Notes the rephrase (MA) and preference (PA) nodes, which a Ronten map cannot hold. */
function noteDroppedNodes(graph: AifGraph, note: Note): void {
	const dropped = countTypes(nodesOfType(graph.nodes, 'MA', 'PA'));
	if (dropped)
		note(
			'aif-not-imported',
			[],
			`Not imported: ${dropped} (rephrase and preference have no counterpart in a Ronten map).`,
			'See docs/formats.md for what each format keeps.'
		);
}

/** The draft map and the source text its quotes are anchored in. */
function importedMap(
	graph: AifGraph,
	input: ImportInput,
	quotes: Quotes,
	parts: DraftParts
): ImportedMap {
	const sources: ImportedSource[] = quotes.text
		? [{ file: `sources/${input.name}.txt`, text: quotes.text }]
		: [];
	const { title, language, question, thesis } = graph.ronten;
	// The thesis is recorded by the map's node id; the draft knows the I-node that carried it.
	const thesisNode = thesis ? graph.nodes.find((n) => n.ronten.id === thesis) : undefined;
	const thesisKey = thesisNode ? statementKey(thesisNode.id) : undefined;
	const draft: DraftMap = {
		title: title ?? input.name,
		language: language ?? 'en',
		...(question ? { question } : {}),
		...(thesisKey && parts.nodes.some((n) => n.key === thesisKey && n.kind === 'position')
			? { thesis: thesisKey }
			: {}),
		sources: sources.length
			? [
					{
						id: SOURCE_ID,
						title: quotes.fromHtml ? 'The analysed text' : 'The locutions of the dialogue',
						file: sources[0]!.file
					}
				]
			: [],
		nodes: parts.nodes,
		edges: parts.edges,
		comments: [
			`Imported from ${input.file} (${graph.variant === 'ova' ? 'OVA/xAIF' : 'AIFdb'}): ${countTypes(graph.nodes)}.`,
			'I-nodes are statements, RA supports, CA attacks; the dialogue layer (L, YA, TA) gave the quotes.'
		]
	};
	return { draft, sources };
}

/** "3 I, 2 RA, 1 CA": how many nodes of each type, in order of first appearance. */
function countTypes(nodes: { type: string }[]): string {
	const counts = new Map<string, number>();
	for (const n of nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
	return [...counts].map(([t, c]) => `${c} ${t}`).join(', ');
}
