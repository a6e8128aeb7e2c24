/** The props every panel takes (apart from the panel table, so panels need not import it). */
import type { ViewerState } from './state.svelte';
import type { PanelView } from './url-state';

/** What every panel is given. */
export interface PanelProps {
	viewer: ViewerState;
	/** Where links to a node point (the map's permalink path). */
	mapPath: string;
	onselect: (id: string | null) => void;
	/** Opens another panel. */
	onshow: (view: PanelView) => void;
	/**
	 * Whether the reader's own notes and highlights are shown and edited here. Not in an
	 * embed: a frame on another site's page is no place to keep or show them.
	 */
	personal?: boolean;
}
