/** Whole-map checks that need the finished graph. */
import { warning, type Diagnostic } from '../diagnostics';
import type { MapNode } from '../model';
import type { BearingIndex } from '../graph/bearing';

/** Every node should bear on some position; otherwise the reader cannot place it in the debate. */
export function checkBearing(nodes: MapNode[], bearing: BearingIndex, file: string): Diagnostic[] {
	if (nodes.length === 0) return [];
	if (!nodes.some((n) => n.kind === 'position')) {
		return [
			warning(
				'no-positions',
				file,
				{ line: 1, column: 1 },
				'The map has no position, so no node can be traced to one.',
				'Tag the main theses with #position.'
			)
		];
	}
	return nodes
		.filter((n) => (bearing.get(n.id) ?? []).length === 0)
		.map((n) =>
			warning(
				'off-position',
				file,
				n.location,
				`"${n.title}" bears on no position.`,
				'Relate it (+, -, _) to a node that leads to a #position, or tag it #position.'
			)
		);
}
