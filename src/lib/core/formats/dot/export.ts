/**
 * Graphviz DOT. Every node and edge carries a `kind` attribute (and edges
 * their `origin`), so that scripts can read the map; shapes and line styles
 * follow the viewer's (colour and line style), so that `dot -Tsvg` draws a readable map.
 */
import type { ArgumentMap, EdgeKind, NodeKind } from '../../model';
import type { Exporter } from '../types';

const NODE_STYLE: Record<NodeKind, string> = {
	position: 'shape=box, style="rounded,filled", fillcolor="#1f3a5f", fontcolor="#ffffff"',
	claim: 'shape=box, style="rounded,filled", fillcolor="#ffffff"',
	evidence: 'shape=note, style=filled, fillcolor="#eef6ee"',
	argument: 'shape=hexagon, style=filled, fillcolor="#fff6e0"'
};
const EDGE_STYLE: Record<EdgeKind, string> = {
	supports: 'color="#007a5e", style=solid, arrowhead=normal',
	attacks: 'color="#c14d00", style=dashed, arrowhead=tee',
	undercuts: 'color="#a8437f", style=dotted, arrowhead=box',
	contradicts: 'color="#8a6d00", style=solid, dir=both, arrowhead=diamond, arrowtail=diamond'
};

/** A DOT double-quoted string. */
export const dotString = (s: string) =>
	'"' +
	s
		.replace(/\\/g, '\\\\')
		.replace(/"/g, '\\"')
		.replace(/\r?\n|\r/g, '\\n') +
	'"';

/** Breaks a label into lines of about `width` characters at spaces. */
export function wrapLabel(text: string, width = 28, maxLines = 4): string {
	const words = text.replace(/\s+/g, ' ').trim().split(' ');
	const lines: string[] = [];
	let line = '';
	for (const w of words) {
		if (line && line.length + 1 + w.length > width) {
			lines.push(line);
			line = w;
		} else line = line ? `${line} ${w}` : w;
	}
	if (line) lines.push(line);
	const shown = lines.slice(0, maxLines);
	if (lines.length > maxLines) shown[maxLines - 1] += ' …';
	return shown.join('\n');
}

export function toDot(map: ArgumentMap): string {
	const lines = [
		`digraph ${dotString(map.title)} {`,
		'  graph [rankdir=BT, fontname="sans-serif"];',
		'  node [fontname="sans-serif", fontsize=10];',
		'  edge [fontname="sans-serif"];'
	];
	for (const n of map.nodes) {
		const label = wrapLabel(n.text ? `${n.title}: ${n.text}` : n.title);
		lines.push(
			`  ${dotString(n.id)} [kind=${dotString(n.kind)}, label=${dotString(label)}, tooltip=${dotString(n.text)}, ${NODE_STYLE[n.kind]}];`
		);
	}
	for (const e of map.edges) {
		lines.push(
			`  ${dotString(e.from)} -> ${dotString(e.to)} [kind=${dotString(e.kind)}, origin=${dotString(e.origin)}, ${EDGE_STYLE[e.kind]}];`
		);
	}
	lines.push('}');
	return lines.join('\n') + '\n';
}

export const dotExporter: Exporter = {
	format: 'dot',
	extension: 'dot',
	mediaType: 'text/vnd.graphviz',
	description: 'Graphviz DOT with kind attributes',
	export: (map) => toDot(map)
};
