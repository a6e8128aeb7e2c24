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
import { quoteOf, type ArgumentMap, type MapNode } from '../../model';
import type { Exporter, ExportOptions } from '../types';

export function toAif(map: ArgumentMap, options: ExportOptions = {}): AifNodeset {
	const timestamp = aifTimestamp(options.now ?? new Date());
	const nodes: AifNode[] = [];
	const edges: AifEdge[] = [];
	const locutions: AifLocution[] = [];
	const add = (type: string, text: string, scheme?: { text: string; schemeID: string }) => {
		const nodeID = String(nodes.length + 1);
		nodes.push({
			nodeID,
			text,
			type,
			timestamp,
			...(scheme ? { scheme: scheme.text, schemeID: scheme.schemeID } : {})
		});
		return nodeID;
	};
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
		else if (!isReconstructed(n)) anchor.set(n.id, add('I', n.text || n.title));
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
			const ra = rules
				? add('RA', rules)
				: add('RA', DEFAULT_SCHEMES.inference.text, DEFAULT_SCHEMES.inference);
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
			const ra = add('RA', DEFAULT_SCHEMES.inference.text, DEFAULT_SCHEMES.inference);
			link(from, ra);
			link(ra, to);
		} else {
			const conflict = () => add('CA', DEFAULT_SCHEMES.conflict.text, DEFAULT_SCHEMES.conflict);
			const ca = conflict();
			link(from, ca);
			link(ca, to);
			// Contradiction is mutual: each side conflicts with the other.
			if (e.kind === 'contradicts') {
				const back = conflict();
				link(to, back);
				link(back, from);
			}
		}
	}
	return { nodes, edges, locutions };
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
