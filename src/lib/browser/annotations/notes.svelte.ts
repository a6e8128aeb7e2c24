/**
 * The reader's annotations of the open map, as reactive state for the viewer:
 * the store below, the list newest first, where each annotation lands in the
 * map as it is now, and the last delete (for undo).
 */
import { anchorAll, anchorTargets, type Anchored } from '$lib/core/annotate/anchor';
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
import { AnnotationStore, type StoreStatus } from './store';

/** 10,000 annotations take about 8 MB; a file over this is refused before it is read. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export class Notes {
	/** Live annotations, newest first. */
	// Raw: records are replaced, never changed in place, and a proxy cannot go into IndexedDB.
	list = $state.raw<Annotation[]>([]);
	status = $state<StoreStatus>({ kind: 'loading' });
	/** The last deleted annotation, until it is brought back or another is deleted. */
	deleted = $state.raw<AnnotationVersion | null>(null);
	/** A highlight the reader asked to see in its source. */
	focus = $state<string | null>(null);
	readonly anchors: ReadonlyMap<string, Anchored>;
	/** Node ids that carry a note, a stance or a tag. */
	readonly annotatedNodes: ReadonlySet<string>;

	private readonly store: AnnotationStore;

	constructor(
		readonly map: ViewerMap,
		/** The map page's absolute address, as exported targets name it. */
		readonly mapUrl: string,
		indexedDB: IDBFactory | null
	) {
		this.store = new AnnotationStore({
			mapId: map.id,
			indexedDB,
			channel: typeof BroadcastChannel === 'function' ? (n) => new BroadcastChannel(n) : undefined
		});
		this.store.subscribe(() => this.refresh());
		const targets = anchorTargets(map);
		this.anchors = $derived(anchorAll(this.list, targets));
		this.annotatedNodes = $derived(annotatedNodes(this.list));
		void this.store.open();
	}

	private refresh() {
		this.list = newestFirst(this.store.all());
		this.status = this.store.status;
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
		this.store.close();
	}
}
