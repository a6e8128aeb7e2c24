/**
 * A map as it prints: the overview (question, thesis, positions), the outline
 * in reading order with each quote beside its node, and the sources. Paper has
 * no canvas to pan, so the printed map is text throughout. Rows are flat (with
 * their depth), as maps may nest thousands of levels.
 */
import { treeRows } from '../graph/tree-rows';
import { quoteOf, type EdgeKind, type NodeKind, type SourceDocument } from '../model';
import { outline } from './outline';
import type { ViewerMap } from './viewer-map';

export interface PrintRow {
	id: string;
	depth: number;
	kind: NodeKind;
	title: string;
	text: string;
	relation?: EdgeKind;
	quote?: { exact: string; source: string };
}

export interface PrintedMap {
	title: string;
	question?: string;
	thesis?: { title: string; text: string };
	positions: { id: string; title: string; text: string }[];
	rows: PrintRow[];
	sources: Omit<SourceDocument, 'text' | 'file'>[];
}

export function printedMap(map: ViewerMap): PrintedMap {
	const byId = new Map(map.nodes.map((n) => [n.id, n]));
	const sourceTitle = new Map(map.sources.map((s) => [s.id, s.title]));
	const rows = treeRows(outline(map)).map(({ item, depth }): PrintRow => {
		const quote = quoteOf(byId.get(item.id) ?? { kind: item.kind });
		return {
			id: item.id,
			depth,
			kind: item.kind,
			title: item.title,
			text: item.text,
			...(item.relation ? { relation: item.relation } : {}),
			...(quote
				? { quote: { exact: quote.exact, source: sourceTitle.get(quote.source) ?? quote.source } }
				: {})
		};
	});
	const thesis = map.thesis ? byId.get(map.thesis) : undefined;
	return {
		title: map.title,
		...(map.question ? { question: map.question } : {}),
		...(thesis ? { thesis: { title: thesis.title, text: thesis.text } } : {}),
		positions: map.nodes
			.filter((n) => n.kind === 'position')
			.map(({ id, title, text }) => ({ id, title, text })),
		rows,
		sources: map.sources.map(({ text: _text, file: _file, ...rest }) => rest)
	};
}
