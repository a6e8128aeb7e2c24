/**
 * GraphML with every attribute declared as a typed `<key>`: kind, title,
 * text, tags, section and quote on nodes; kind and origin on edges. Graph
 * tools (yEd, Gephi, NetworkX) read the attributes; meaning never rests on colour.
 */
import { quoteOf, type ArgumentMap, type MapNode } from '../../model';
import { escapeMarkup } from '../../text/markup';
import type { Exporter } from '../types';

const NODE_KEYS = [
	['kind', 'string'],
	['title', 'string'],
	['text', 'string'],
	['tags', 'string'],
	['section', 'string'],
	['quote', 'string'],
	['quoteSource', 'string'],
	['quoteStart', 'int'],
	['quoteEnd', 'int']
] as const;
const EDGE_KEYS = [
	['kind', 'string'],
	['origin', 'string']
] as const;

function nodeData(n: MapNode): Record<string, string | number | undefined> {
	const quote = quoteOf(n);
	return {
		kind: n.kind,
		title: n.title,
		text: n.text,
		tags: n.tags.join(' ') || undefined,
		section: n.section,
		...(quote
			? {
					quote: quote.exact,
					quoteSource: quote.source,
					quoteStart: quote.start,
					quoteEnd: quote.end
				}
			: {})
	};
}

export function toGraphml(map: ArgumentMap): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
	];
	for (const [name, type] of NODE_KEYS)
		lines.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
	for (const [name, type] of EDGE_KEYS)
		lines.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
	lines.push(`  <graph id="${escapeMarkup(map.id)}" edgedefault="directed">`);
	lines.push(`    <desc>${escapeMarkup(map.title)}</desc>`);
	for (const n of map.nodes) {
		lines.push(`    <node id="${escapeMarkup(n.id)}">`);
		for (const [key, value] of Object.entries(nodeData(n))) {
			if (value === undefined) continue;
			lines.push(`      <data key="n_${key}">${escapeMarkup(String(value))}</data>`);
		}
		lines.push('    </node>');
	}
	for (const e of map.edges) {
		lines.push(
			`    <edge id="${escapeMarkup(e.id)}" source="${escapeMarkup(e.from)}" target="${escapeMarkup(e.to)}">`,
			`      <data key="e_kind">${e.kind}</data>`,
			`      <data key="e_origin">${e.origin}</data>`,
			'    </edge>'
		);
	}
	lines.push('  </graph>', '</graphml>');
	return lines.join('\n') + '\n';
}

export const graphmlExporter: Exporter = {
	format: 'graphml',
	extension: 'graphml',
	mediaType: 'application/graphml+xml',
	description: 'GraphML with typed node and edge attributes',
	export: (map) => toGraphml(map)
};
