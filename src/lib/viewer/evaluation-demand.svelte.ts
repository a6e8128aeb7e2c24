/**
 * When the viewer evaluates its map: whenever something on screen shows the
 * result (the Evaluate layer, the overview's verdicts, a node's "Does it
 * stand?", the flow sheet), on the map's page and in an embed alike.
 */
import type { ViewerState } from './state.svelte';

/**
 * Keeps the evaluation up to date with what is shown; call it while a component initialises.
 * What the reader asks for starts it at once: the Evaluate switch, a what-if, the flow sheet, a
 * selected node. The overview's verdicts, on show by default, wait until the graph is drawn: on
 * a large map the evaluation (a worker, and the map copied to it) took a core from the opening
 * graph, 50–60 ms later to an interactive graph at 5,000 and 10,000 nodes.
 */
export function keepEvaluated(viewerOf: () => ViewerState) {
	$effect(() => {
		const viewer = viewerOf();
		const evaluation = viewer.evaluation;
		const asked =
			evaluation.on ||
			evaluation.hypothetical ||
			viewer.view === 'flow' ||
			(viewer.view === 'details' && viewer.selected !== null);
		const aside = viewer.view === 'details' && viewer.graphSettled;
		if (asked || aside) void evaluation.update(viewer.selected);
	});
}
