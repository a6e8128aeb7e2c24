/** The visibility layer: filters, a focus around the selection, and folded branches. */
import type { Core } from 'cytoscape';
import type { GraphData } from '$lib/core/view/elements';
import { adjacency, type Adjacency } from '$lib/core/graph/adjacency';
import { folds, neighbourhood } from '$lib/core/graph/neighbourhood';
import type { GraphLayer } from './layers';

/** What is shown at all: filters, a focus around the selection, collapsed branches. */
export interface Visibility {
	passes(id: string): boolean;
	focus: { id: string; depth: number } | null;
	collapsed: ReadonlySet<string>;
}

/** The edges of drawn graph data as the core's adjacency reads them. */
export function graphAdjacency(graph: GraphData): Adjacency {
	return adjacency({
		edges: graph.elements.flatMap((e) =>
			e.group === 'edges'
				? [
						{
							id: e.data.id,
							from: e.data.source,
							to: e.data.target,
							kind: e.data.kind,
							origin: e.data.origin
						}
					]
				: []
		)
	});
}

export class VisibilityLayer implements GraphLayer {
	/** The focus the view was last fitted to: a focus is fitted once, not again per batch. */
	private fittedFocus = '';

	/** `links`: the graph's adjacency (`graphAdjacency`); `previous`: the layer this replaces. */
	constructor(
		private readonly graph: GraphData,
		private readonly visibility: Visibility,
		private readonly links: Adjacency,
		previous?: VisibilityLayer
	) {
		this.fittedFocus = previous?.fittedFocus ?? '';
	}

	apply(cy: Core) {
		const v = this.visibility;
		const inFocus = v.focus ? neighbourhood(v.focus.id, v.focus.depth, this.links) : null;
		const { hidden, counts } = folds(v.collapsed, this.graph.parents);
		cy.batch(() => {
			// Applied again to every batch of a large map: a node whose classes stay as they are is
			// not touched, since each class call costs Cytoscape a collection and an event.
			cy.nodes().forEach((n) => {
				const id = n.id();
				const hide = !(v.passes(id) && !hidden.has(id) && (!inFocus || inFocus.has(id)));
				if (n.hasClass('hidden') !== hide) n.toggleClass('hidden', hide);
				const count = counts.get(id);
				if (count !== undefined) n.data('folded', `${n.data('label')}\n⊕ ${count} folded`);
				const collapsed = v.collapsed.has(id);
				if (n.hasClass('collapsed') !== collapsed) n.toggleClass('collapsed', collapsed);
			});
		});
		const focusKey = v.focus ? `${v.focus.id}:${v.focus.depth}` : '';
		if (v.focus && focusKey !== this.fittedFocus) cy.fit(cy.nodes(':visible'), 40);
		this.fittedFocus = focusKey;
	}
}
