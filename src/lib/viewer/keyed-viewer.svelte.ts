/**
 * The viewer state behind a map component (the map's page, the embed): one per
 * map, kept while the map stays the same, stopped when it is left, and
 * evaluated whenever something on screen shows the evaluation.
 */
import { ViewerState } from './state.svelte';
import { keepEvaluated } from './evaluation-demand.svelte';

/**
 * The viewer of the map `keyOf()` names, made by `make` when the key changes; call it while a
 * component initialises. The key, not the map object, decides: shallow navigation (pushState)
 * hands a page a new `data` object, and the selection, query and filters must survive that.
 * A viewer left behind (another map, or the component gone) stops its search worker.
 */
export function keyedViewer(keyOf: () => string, make: () => ViewerState): () => ViewerState {
	let held: { key: string; viewer: ViewerState } | null = null;
	const viewer = $derived.by(() => {
		const key = keyOf();
		if (held?.key !== key) held = { key, viewer: make() };
		return held.viewer;
	});
	$effect(() => {
		const current = viewer;
		return () => current.dispose();
	});
	keepEvaluated(() => viewer);
	return () => viewer;
}
