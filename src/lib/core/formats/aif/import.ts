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
import { CONFLICT_TAG, DEFAULT_SCHEMES, splitLocution } from './model';
import type { DraftEdge, DraftMap, DraftNode } from '../draft';
import type { EdgeKind } from '../../model';
import { readAifGraph, looksLikeAif, type AifGraph } from './read';
import { htmlText } from '../shared/html-text';
import { parseJsonDocument } from '../shared/json-document';
import type { ImportedMap, ImportedSource, Importer, ImportInput } from '../types';
import { shortTitle } from '../shared/titles';

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

export function convertAif(
	graph: AifGraph,
	input: ImportInput,
	placeOf: (path: (string | number)[]) => { line: number; column: number; path?: string }
): Staged<ImportedMap> {
	const diagnostics: Diagnostic[] = [];
	const note = (code: string, path: (string | number)[], message: string, hint: string) =>
		diagnostics.push(warning(code, input.file, placeOf(path), message, hint));

	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const into = new Map<string, string[]>();
	const outOf = new Map<string, string[]>();
	let dangling = 0;
	for (const e of graph.edges) {
		if (!byId.has(e.from) || !byId.has(e.to)) {
			if (dangling++ < 5)
				note(
					'dangling-edge',
					e.path,
					`Edge from "${e.from}" to "${e.to}" names a node that is not in the file; it is skipped.`,
					'Remove the edge or add the node.'
				);
			continue;
		}
		(outOf.get(e.from) ?? outOf.set(e.from, []).get(e.from)!).push(e.to);
		(into.get(e.to) ?? into.set(e.to, []).get(e.to)!).push(e.from);
	}
	const typeOf = (id: string) => byId.get(id)?.type.toUpperCase();
	const ins = (id: string, ...types: string[]) =>
		(into.get(id) ?? []).filter((x) => types.includes(typeOf(x) ?? ''));
	const outs = (id: string, ...types: string[]) =>
		(outOf.get(id) ?? []).filter((x) => types.includes(typeOf(x) ?? ''));

	const information = graph.nodes.filter((n) => n.type.toUpperCase() === 'I');
	const inferences = graph.nodes.filter((n) => ['RA', 'S'].includes(n.type.toUpperCase()));
	const conflicts = graph.nodes.filter((n) => n.type.toUpperCase() === 'CA');
	// An S-node that a conflict aims at needs a node of its own in our map.
	const attacked = new Set(conflicts.flatMap((c) => outs(c.id, 'RA', 'S', 'CA')));

	const quotes = recoverQuotes(graph, byId, ins);
	const nodes: DraftNode[] = [];
	const edges: DraftEdge[] = [];
	const statementKey = (id: string) => `i:${id}`;

	// Sources and targets of inferences and conflicts, to find the positions.
	const usedAsReason = new Set<string>();
	const supportedOrAttacked = new Set<string>();
	for (const s of [...inferences, ...conflicts]) {
		for (const p of ins(s.id, 'I')) usedAsReason.add(p);
		for (const c of outs(s.id, 'I')) supportedOrAttacked.add(c);
	}

	for (const n of information) {
		const quote = quotes.quoteOf.get(n.id);
		const position = supportedOrAttacked.has(n.id) && !usedAsReason.has(n.id);
		nodes.push({
			key: statementKey(n.id),
			kind: position ? 'position' : quote ? 'evidence' : 'claim',
			title: shortTitle(n.text) || `Statement ${n.id}`,
			text: n.text.trim() || '(empty)',
			tags: [],
			...(quote ? { quote: { source: SOURCE_ID, exact: quote } } : {})
		});
	}

	let inferenceCount = 0;
	const anchorOf = new Map<string, string>();
	for (const ra of inferences) {
		const premises = ins(ra.id, 'I');
		const conclusions = outs(ra.id, 'I');
		if (premises.length === 0 || conclusions.length !== 1) {
			note(
				'unsupported-inference',
				ra.path,
				`Inference "${ra.id}" has ${premises.length} premises and ${conclusions.length} conclusions; it is skipped.`,
				'An RA needs premises (I → RA) and one conclusion (RA → I).'
			);
			continue;
		}
		const conclusion = conclusions[0] as string;
		if (premises.length === 1 && !attacked.has(ra.id)) {
			edges.push({
				from: statementKey(premises[0] as string),
				to: statementKey(conclusion),
				kind: 'supports'
			});
			continue;
		}
		const key = `ra:${ra.id}`;
		anchorOf.set(ra.id, key);
		const scheme = ra.text.trim();
		const rules =
			scheme && scheme !== DEFAULT_SCHEMES.inference.text && scheme !== 'RA' ? [scheme] : undefined;
		nodes.push({
			key,
			kind: 'argument',
			title: `Inference ${++inferenceCount}`,
			text: '',
			tags: [],
			pcs: [
				...premises.map((p) => ({ node: statementKey(p), role: 'premise' as const })),
				{
					node: statementKey(conclusion),
					role: 'main-conclusion' as const,
					...(rules ? { inferenceRules: rules } : {})
				}
			]
		});
	}

	// Conflicts: promote those that are attacked or have several sources; the rest are edges.
	let conflictCount = 0;
	const plain: { ca: string; from: string; to: string }[] = [];
	for (const ca of conflicts) {
		const sources = ins(ca.id, 'I');
		const targets = outOf.get(ca.id) ?? [];
		const target = targets.length === 1 ? (targets[0] as string) : undefined;
		if (sources.length === 0 || !target || !['I', 'RA', 'S', 'CA'].includes(typeOf(target) ?? '')) {
			note(
				'unsupported-conflict',
				ca.path,
				`Conflict "${ca.id}" has ${sources.length} sources and ${targets.length} targets; it is skipped.`,
				'A CA needs a source (I → CA) and one target (CA → I, RA or CA).'
			);
			continue;
		}
		// One source and nobody attacking it: an attack edge, or an undercut (added below).
		if (sources.length === 1 && !attacked.has(ca.id)) {
			if (typeOf(target) === 'I') plain.push({ ca: ca.id, from: sources[0] as string, to: target });
			continue;
		}
		const key = `ca:${ca.id}`;
		anchorOf.set(ca.id, key);
		const targetText = byId.get(target)?.text ?? '';
		nodes.push({
			key,
			kind: 'argument',
			title: `Conflict ${++conflictCount}`,
			text: `${sources.map((s) => `"${shortTitle(byId.get(s)?.text ?? '')}"`).join(' and ')} against "${shortTitle(targetText) || target}"`,
			tags: [CONFLICT_TAG],
			pcs: []
		});
		for (const s of sources) edges.push({ from: statementKey(s), to: key, kind: 'supports' });
	}
	// Second pass: now every attacked S-node has its argument node.
	for (const ca of conflicts) {
		const key = anchorOf.get(ca.id);
		if (!key) continue;
		const target = (outOf.get(ca.id) ?? [])[0] as string;
		const onStatement = typeOf(target) === 'I';
		const aimed = onStatement ? statementKey(target) : anchorOf.get(target);
		if (aimed) edges.push({ from: key, to: aimed, kind: onStatement ? 'attacks' : 'undercuts' });
	}
	for (const ca of conflicts) {
		if (anchorOf.has(ca.id)) continue;
		const sources = ins(ca.id, 'I');
		const target = (outOf.get(ca.id) ?? [])[0];
		if (!target || sources.length !== 1 || typeOf(target) === 'I') continue;
		const aimed = anchorOf.get(target);
		if (aimed)
			edges.push({ from: statementKey(sources[0] as string), to: aimed, kind: 'undercuts' });
	}
	// Two conflicts that oppose the same pair of statements both ways are a contradiction.
	const pairs = new Set(plain.map((p) => `${p.from}>${p.to}`));
	for (const p of plain) {
		const mutual = pairs.has(`${p.to}>${p.from}`);
		if (mutual && p.to < p.from) continue;
		edges.push({
			from: statementKey(p.from),
			to: statementKey(p.to),
			kind: (mutual ? 'contradicts' : 'attacks') as EdgeKind
		});
	}

	const dropped = countTypes(
		graph.nodes.filter((n) => ['MA', 'PA'].includes(n.type.toUpperCase()))
	);
	if (dropped)
		note(
			'aif-not-imported',
			[],
			`Not imported: ${dropped} (rephrase and preference have no counterpart in a Ronten map).`,
			'See docs/formats.md for what each format keeps.'
		);

	const sources: ImportedSource[] = quotes.text
		? [{ file: `sources/${input.name}.txt`, text: quotes.text }]
		: [];
	const draft: DraftMap = {
		title: input.name,
		language: 'en',
		sources: sources.length
			? [
					{
						id: SOURCE_ID,
						title: quotes.fromHtml ? 'The analysed text' : 'The locutions of the dialogue',
						file: sources[0]!.file
					}
				]
			: [],
		nodes,
		edges,
		comments: [
			`Imported from ${input.file} (${graph.variant === 'ova' ? 'OVA/xAIF' : 'AIFdb'}): ${countTypes(graph.nodes)}.`,
			'I-nodes are statements, RA supports, CA attacks; the dialogue layer (L, YA, TA) gave the quotes.'
		]
	};
	return { value: { draft, sources }, diagnostics };
}

function countTypes(nodes: { type: string }[]): string {
	const counts = new Map<string, number>();
	for (const n of nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
	return [...counts].map(([t, c]) => `${c} ${t}`).join(', ');
}

interface Quotes {
	quoteOf: Map<string, string>;
	/** The text the quotes are anchored in, empty when there is nothing to quote. */
	text: string;
	fromHtml: boolean;
}

/**
 * The words that assert each I-node: L → YA → I. From the analysed text's
 * span for the L-node where OVA kept one, else from the locution itself, in
 * which case the locutions (in file order) make the source text.
 */
function recoverQuotes(
	graph: AifGraph,
	byId: Map<string, AifGraph['nodes'][number]>,
	ins: (id: string, ...types: string[]) => string[]
): Quotes {
	const quoteOf = new Map<string, string>();
	const assertedBy = new Map<string, string>();
	for (const n of graph.nodes) {
		if (n.type.toUpperCase() !== 'I') continue;
		for (const ya of ins(n.id, 'YA')) {
			const said = ins(ya, 'L')[0];
			if (said) {
				assertedBy.set(n.id, said);
				break;
			}
		}
	}
	if (assertedBy.size === 0) return { quoteOf, text: '', fromHtml: false };
	if (graph.html) {
		const { text, spans } = htmlText(graph.html);
		for (const [i, l] of assertedBy) {
			const span = spans.get(l);
			const words = span
				? text.slice(span[0], span[1]).trim()
				: splitLocution(byId.get(l)?.text ?? '').words.trim();
			if (words && text.includes(words)) quoteOf.set(i, words);
		}
		if (quoteOf.size) return { quoteOf, text, fromHtml: true };
	}
	const lines: string[] = [];
	for (const n of graph.nodes)
		if (n.type.toUpperCase() === 'L' && n.text.trim()) lines.push(n.text.trim());
	for (const [i, l] of assertedBy) {
		const words = splitLocution(byId.get(l)?.text ?? '').words.trim();
		if (words) quoteOf.set(i, words);
	}
	return { quoteOf, text: lines.join('\n\n') + '\n', fromHtml: false };
}
