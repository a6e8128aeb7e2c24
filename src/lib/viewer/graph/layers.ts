/**
 * Layers: what the viewer's state adds to the drawn graph (what is shown, and
 * next, marks such as an evaluation's verdicts). A layer is applied when it is
 * set and again to every batch of a large map that arrives later, so it must
 * be cheap to apply twice and must touch only its own classes and data.
 *
 * To add one: write a class with `apply(cy)` here or in a file beside this one,
 * and give CyView a method that calls `setLayer('name', layer)`; the component
 * calls that method from an effect.
 */
import type { Core } from 'cytoscape';

export interface GraphLayer {
	/** Puts the layer on the graph as it is now (some nodes of a large map may still be missing). */
	apply(cy: Core): void;
	/** Takes the layer off again, when it is replaced by none. */
	remove?(cy: Core): void;
}
