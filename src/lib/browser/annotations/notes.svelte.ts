/**
 * The reader's annotations of the open map, as reactive state for the viewer:
 * the store below, the list newest first, where each annotation lands in the
 * map as it is now, and the last delete (for undo). Anchoring is done when
 * the page is idle, a slice at a time: the list (and the graph's marks, which
 * need only node ids) never wait for it.
 */
import { anchorTargets, type Anchored } from '$lib/core/annotate/anchor';
import { Reanchoring } from '$lib/core/annotate/reanchor';
import { exportAnnotations } from '$lib/core/annotate/export';
import type { ImportResult } from '$lib/core/annotate/import';
import {
	annotatedNodes,
	newestFirst,
	type Annotation,
	type AnnotationVersion,
	type HighlightVersion,
	type NodeVersion
} from '$lib/core/annotate/model';
import { readText, sizeProblem } from '$lib/core/text/read-text';
import type { ViewerMap } from '$lib/core/view/viewer-map';
import { browserIdle, browserQuiet, type IdleRunner } from './idle';
import { AnnotationStore, type StoreStatus } from './store';

/** 10,000 annotations take about 8 MB; a file over this is refused before it is read. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** What is anchored in the task that changed the list, before the rest waits for idle time. */
const AT_ONCE_MS = 4;
/** The notes are read in the first idle period this long (the page quiet), or by OPEN_WITHIN_MS all the same. */
const QUIET_MS = 10;
const OPEN_WITHIN_MS = 3000;
const SHOW_EVERY_MS = 100;
const NONE_YET: ReadonlyMap<string, Anchored> = new Map();

function timeFrom(ms: number): () => number {
	const until = performance.now() + ms;
	return () => until - performance.now();
}

export class Notes {
	/** Live annotations, newest first. */
	// Raw: records are replaced, never changed in place, and a proxy cannot go into IndexedDB.
	list = $state.raw<Annotation[]>([]);
	status = $state<StoreStatus>({ kind: 'loading' });
	/** The last deleted annotation, until it is brought back or another is deleted. */
	deleted = $state.raw<AnnotationVersion | null>(null);
	/** A highlight the reader asked to see in its source. */
	focus = $state<string | null>(null);
	/** Where each annotation lands in the map now; one not yet anchored again has no entry. */
	// Raw, and replaced whole: a slice's answers come in at once.
	anchors = $state.raw<ReadonlyMap<string, Anchored>>(NONE_YET);
	/** How many annotations wait to be anchored again. */
	anchoring = $state(0);
	/** Node ids that carry a note, a stance or a tag. */
	readonly annotatedNodes: ReadonlySet<string>;

	private readonly store: AnnotationStore;
	private readonly reanchoring: Reanchoring;
	private cancelAnchoring: (() => void) | null = null;
	private cancelOpening: (() => void) | null;
	private loaded = false;
	private shownAt = -Infinity;

	constructor(
		readonly map: ViewerMap,
		/** The map page's absolute address, as exported targets name it. */
		readonly mapUrl: string,
		indexedDB: IDBFactory | null,
		/**
		 * When to work: the store opens when the page is first quiet (`opening`); anchoring is
		 * done `atOnceMs` in the task that changed the list, then in idle slices (`idle`).
		 */
		private readonly timing: { opening: IdleRunner; idle: IdleRunner; atOnceMs: number } = {
			opening: browserQuiet(QUIET_MS, OPEN_WITHIN_MS),
			idle: browserIdle(),
			atOnceMs: AT_ONCE_MS
		}
	) {
		this.store = new AnnotationStore({
			mapId: map.id,
			indexedDB,
			channel: typeof BroadcastChannel === 'function' ? (n) => new BroadcastChannel(n) : undefined
		});
		this.store.subscribe(() => this.refresh());
		this.reanchoring = new Reanchoring(anchorTargets(map));
		this.annotatedNodes = $derived(annotatedNodes(this.list));
		// A map's graph draws in batches for a while after it is interactive; the notes read
		// and mark it after that, so it is drawn no later for them. A save opens the store at once.
		this.cancelOpening = this.timing.opening(() => this.open());
	}

	private open() {
		this.cancelOpening = null;
		performance.mark('ronten:notes-open');
		void this.store.open();
	}

	private refresh() {
		this.list = newestFirst(this.store.all());
		this.status = this.store.status;
		if (this.status.kind === 'loading') return;
		if (!this.loaded) performance.mark('ronten:notes-loaded');
		this.loaded = true;
		this.reanchoring.update(this.list);
		this.anchorLater();
	}

	/**
	 * Anchors what waits: a few at once (a note just saved is drawn without delay), the rest in
	 * the page's idle time. Answers are shown as they come, at most every SHOW_EVERY_MS, since
	 * each showing draws every highlight of the open source again.
	 */
	private anchorLater(timeLeft = timeFrom(this.timing.atOnceMs)) {
		this.cancelAnchoring?.();
		this.cancelAnchoring = null;
		this.reanchoring.work(timeLeft);
		this.anchoring = this.reanchoring.pending;
		if (!this.anchoring || performance.now() - this.shownAt >= SHOW_EVERY_MS) this.showAnchors();
		if (!this.anchoring) return;
		this.cancelAnchoring = this.timing.idle((slice) => {
			this.cancelAnchoring = null;
			this.anchorLater(slice);
		});
	}

	private showAnchors() {
		this.anchors = this.reanchoring.anchors();
		this.shownAt = performance.now();
		if (!this.anchoring && !performance.getEntriesByName('ronten:notes-anchored').length)
			performance.mark('ronten:notes-anchored');
	}

	/** The reader's annotation of a node (one per node). */
	ofNode(node: string): (Annotation & NodeVersion) | undefined {
		return this.list.find(
			(a): a is Annotation & NodeVersion => a.kind === 'node' && a.node === node
		);
	}

	highlightsOf(source: string): (Annotation & HighlightVersion)[] {
		return this.list.filter(
			(a): a is Annotation & HighlightVersion => a.kind === 'highlight' && a.source === source
		);
	}

	save(version: AnnotationVersion) {
		// What a component hands in may hold reactive proxies, which IndexedDB cannot clone.
		return this.store.save($state.snapshot(version) as AnnotationVersion);
	}

	async remove(id: string) {
		const before = await this.store.remove(id);
		if (before) this.deleted = before;
	}

	async undo() {
		const previous = this.deleted;
		if (!previous) return;
		this.deleted = null;
		await this.store.undo($state.snapshot(previous) as AnnotationVersion);
	}

	/** A file chosen by the reader: read, checked and merged; nothing changes if it has an error. */
	async importFile(file: File): Promise<ImportResult> {
		const empty = { added: 0, updated: 0, skipped: 0, otherMap: 0 };
		const tooLarge = sizeProblem(file.size, file.name, MAX_IMPORT_BYTES);
		if (tooLarge) return { changed: [], summary: empty, diagnostics: [tooLarge] };
		const read = readText(new Uint8Array(await file.arrayBuffer()), file.name, MAX_IMPORT_BYTES);
		if (read.value === null) return { changed: [], summary: empty, diagnostics: read.diagnostics };
		return this.store.importText(read.value, file.name);
	}

	exportText(): string {
		return exportAnnotations(this.store.all(), {
			id: this.map.id,
			title: this.map.title,
			url: this.mapUrl
		});
	}

	newId(): string {
		return `urn:uuid:${crypto.randomUUID()}`;
	}

	close() {
		this.cancelOpening?.();
		this.cancelAnchoring?.();
		this.store.close();
	}
}
