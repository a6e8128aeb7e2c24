/** What the graph view needs from the page it draws in, and what it tells the page. */
import type { Pointed } from './cursor';

/** Where the view draws, and how it reports to the page around it. */
export interface CyHost {
	/** The element to draw in; null runs Cytoscape headless (tests). */
	container: HTMLElement | null;
	width: number;
	height: number;
	/** Facts about the drawing for tests and the benchmark (`data-*` attributes in the page). */
	mark(key: string, value: string): void;
	/** Runs after the next frame is drawn. */
	afterFrame(run: () => void): void;
	/** Runs a later batch without holding up the frame in progress. */
	later(run: () => void): void;
}

export type DrawStatus = 'loading' | 'ready' | 'failed';

export interface DrawProgress {
	status: DrawStatus;
	message: string;
	/** Batches still to be added. */
	pending: number;
	/** A large map that opens on its first position rather than whole. */
	startsZoomedIn: boolean;
	/** Every batch is in and on screen: work the first view does not need may start. */
	complete: boolean;
}

export interface CyViewEvents {
	onselect(id: string | null): void;
	onprogress(progress: DrawProgress): void;
	/** The node under the mouse or in keyboard focus changed (null: none). */
	onpoint?(pointed: Pointed | null): void;
}
