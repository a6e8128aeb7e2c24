/**
 * The JSON interchange form of a map, described by `map.schema.json`. It keeps
 * every field of the model; `from` is the node that supports or attacks and
 * `to` is its target.
 */
import { quoteOf, type ArgumentMap } from '../../model';
import { sourceDeclaration } from '../draft';
import type { Exporter } from '../types';

export const JSON_FORMAT_VERSION = 1;

export function toJsonDocument(map: ArgumentMap) {
	return {
		formatVersion: JSON_FORMAT_VERSION,
		id: map.id,
		title: map.title,
		language: map.language,
		...(map.question ? { question: map.question } : {}),
		...(map.thesis ? { thesis: map.thesis } : {}),
		sources: map.sources.map((s) => ({ ...sourceDeclaration(s), text: s.text })),
		nodes: map.nodes.map((n) => ({
			id: n.id,
			kind: n.kind,
			title: n.title,
			text: n.text,
			tags: n.tags,
			...(n.section ? { section: n.section } : {}),
			...(quoteOf(n) ? { quote: quoteOf(n) } : {}),
			...(n.base !== undefined ? { base: n.base } : {}),
			...(n.kind === 'argument' ? { pcs: n.pcs } : {}),
			location: n.location
		})),
		edges: map.edges.map((e) => ({
			id: e.id,
			from: e.from,
			to: e.to,
			kind: e.kind,
			origin: e.origin,
			...(e.argdownType ? { argdownType: e.argdownType } : {})
		}))
	};
}

export const jsonExporter: Exporter = {
	format: 'json',
	extension: 'json',
	mediaType: 'application/json',
	description: 'Ronten map JSON (see map.schema.json)',
	export: (map) => JSON.stringify(toJsonDocument(map), null, 2) + '\n'
};
