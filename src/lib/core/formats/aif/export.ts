/**
 * AIFdb-style JSON: nodes, edges and locutions. Statements (and sketched
 * arguments) become I-nodes, supports become RA, attacks and undercuts CA (an
 * undercut aims at the RA of the argument it undercuts), a reconstructed
 * argument becomes one RA per conclusion. Evidence keeps its quote as the
 * locution (L-node) that asserts the statement, "source: quoted words".
 */
import {
	CONFLICT_TAG,
	DEFAULT_SCHEMES,
	type AifEdge,
	type AifLocution,
	type AifNode,
	type AifNodeset
} from './model';
import { quoteOf, type ArgumentMap, type EdgeKind, type MapNode } from '../../model';
import type { RontenMapFields, RontenNodeFields } from './ronten-fields';
import type { Exporter, ExportOptions } from '../types';

export function toAif(map: ArgumentMap, options: ExportOptions = {}): AifNodeset {
	const timestamp = aifTimestamp(options.now ?? new Date());
	const nodes: AifNode[] = [];
	const edges: AifEdge[] = [];
	const locutions: AifLocution[] = [];
	const add = (
		type: string,
		text: string,
		scheme?: { text: string; schemeID: string },
		ronten?: RontenNodeFields
	) => {
		const nodeID = String(nodes.length + 1);
		nodes.push({
			nodeID,
			text,
			type,
			timestamp,
			...(scheme ? { scheme: scheme.text, schemeID: scheme.schemeID } : {}),
			...(ronten ? { ronten } : {})
		});
		return nodeID;
	};
	const conflict = (relation: EdgeKind) =>
		add('CA', DEFAULT_SCHEMES.conflict.text, DEFAULT_SCHEMES.conflict, { relation });
	const link = (fromID: string, toID: string) =>
		edges.push({ edgeID: String(edges.length + 1), fromID, toID, formEdgeID: null });

	// The AIF node that stands for each map node: an I-node, or the S-node of an argument.
	const anchor = new Map<string, string>();
	const isConflict = (n: MapNode) => n.kind === 'argument' && n.tags.includes(CONFLICT_TAG);
	const isReconstructed = (n: MapNode) => n.kind === 'argument' && n.pcs.length > 0;
	const sourceIndex = new Map(map.sources.map((s, i) => [s.id, String(i + 1)]));

	for (const n of map.nodes) {
		if (isConflict(n))
			anchor.set(n.id, add('CA', DEFAULT_SCHEMES.conflict.text, DEFAULT_SCHEMES.conflict));
		else if (!isReconstructed(n))
			anchor.set(n.id, add('I', n.text || n.title, undefined, fieldsOf(n)));
	}
	for (const n of map.nodes) {
		if (n.kind !== 'argument' || !isReconstructed(n)) continue;
		let premises: string[] = [];
		for (const step of n.pcs) {
			const stated = anchor.get(step.node);
			if (!stated) continue;
			if (step.role === 'premise') {
				premises.push(stated);
				continue;
			}
			const rules = step.inferenceRules?.join(', ');
			// The RA of the main conclusion stands for the argument, and carries its title.
			const ronten =
				step.role === 'main-conclusion'
					? { ...fieldsOf(n), ...(n.text ? { text: n.text } : {}) }
					: undefined;
			const ra = rules
				? add('RA', rules, undefined, ronten)
				: add('RA', DEFAULT_SCHEMES.inference.text, DEFAULT_SCHEMES.inference, ronten);
			for (const p of premises) link(p, ra);
			link(ra, stated);
			// An intermediary conclusion is a premise of the next step.
			premises = [stated];
			if (step.role === 'main-conclusion') anchor.set(n.id, ra);
		}
	}
	for (const n of map.nodes) {
		const quote = quoteOf(n);
		if (!quote) continue;
		const said = add('L', `${quote.source}: ${quote.exact}`);
		const ya = add('YA', DEFAULT_SCHEMES.asserting.text, DEFAULT_SCHEMES.asserting);
		link(said, ya);
		link(ya, anchor.get(n.id) as string);
		locutions.push({
			nodeID: said,
			personID: sourceIndex.get(quote.source) ?? '0',
			timestamp,
			start: null,
			end: null,
			source: null
		});
	}

	const byId = new Map(map.nodes.map((n) => [n.id, n]));
	// A relation from a reconstructed argument speaks for its conclusion.
	const fromOf = (id: string) => {
		const n = byId.get(id);
		if (n?.kind === 'argument' && n.pcs.length) {
			const main = n.pcs.find((s) => s.role === 'main-conclusion');
			if (main) return anchor.get(main.node);
		}
		return anchor.get(id);
	};
	for (const e of map.edges) {
		if (e.origin !== 'relation') continue;
		const from = fromOf(e.from);
		const to = anchor.get(e.to);
		const source = byId.get(e.from);
		const target = byId.get(e.to);
		if (!from || !to || !source || !target) continue;
		if (e.kind === 'supports' && isConflict(target)) link(from, to);
		// A conflict argument is itself the CA: what it attacks or undercuts is its target.
		else if ((e.kind === 'attacks' || e.kind === 'undercuts') && isConflict(source)) link(from, to);
		else if (e.kind === 'supports') {
			const ra = add('RA', DEFAULT_SCHEMES.inference.text, DEFAULT_SCHEMES.inference, {
				relation: 'supports'
			});
			link(from, ra);
			link(ra, to);
		} else {
			const ca = conflict(e.kind);
			link(from, ca);
			link(ca, to);
			// Contradiction is mutual: each side conflicts with the other.
			if (e.kind === 'contradicts') {
				const back = conflict(e.kind);
				link(to, back);
				link(back, from);
			}
		}
	}
	return { ronten: mapFields(map, map.thesis), nodes, edges, locutions };
}

/** What the map node was, for our importer: id, kind, title, tags and section. */
function fieldsOf(n: MapNode): RontenNodeFields {
	return {
		id: n.id,
		kind: n.kind,
		title: n.title,
		...(n.tags.length ? { tags: n.tags } : {}),
		...(n.section ? { section: n.section } : {})
	};
}

function mapFields(map: ArgumentMap, thesis: string | undefined): RontenMapFields {
	return {
		title: map.title,
		language: map.language,
		...(map.question ? { question: map.question } : {}),
		...(thesis ? { thesis } : {})
	};
}

/** AIFdb writes times as "YYYY-MM-DD HH:mm:ss" (UTC here). */
function aifTimestamp(d: Date): string {
	return d.toISOString().slice(0, 19).replace('T', ' ');
}

export const aifExporter: Exporter = {
	format: 'aif',
	extension: 'json',
	mediaType: 'application/json',
	description: 'AIF JSON as AIFdb and OVA read it (nodes, edges, locutions)',
	export: (map, options) => JSON.stringify(toAif(map, options), null, 2) + '\n'
};
