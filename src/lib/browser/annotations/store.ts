/**
 * A map's annotations, kept in IndexedDB and in step across tabs. Every write
 * reads what is stored and merges into it in one transaction, and tells the
 * other tabs what it wrote; they merge it the same way, so no tab's change is
 * lost. When the browser refuses to store (no IndexedDB, private mode, a full
 * quota) the annotations stay in memory and `status` says so, so the page can
 * offer the export.
 */
import type { IDBPDatabase } from 'idb';
import { mergeOne } from '$lib/core/annotate/merge';
import { importAnnotations, type ImportResult } from '$lib/core/annotate/import';
import type { Annotation, AnnotationVersion } from '$lib/core/annotate/model';
import { openAnnotationDb, type AnnotationDb } from './db';

export type StoreStatus =
	| { kind: 'loading' }
	| { kind: 'stored' }
	/** Kept in this tab only: why, in a sentence the reader can act on. */
	| { kind: 'memory'; reason: string };

/** What a BroadcastChannel offers that the store uses; a test can hand in its own. */
export interface Channel {
	postMessage(message: unknown): void;
	onmessage: ((event: MessageEvent) => void) | null;
	close(): void;
}

export interface StoreOptions {
	mapId: string;
	/** The browser's IndexedDB; null or absent when it has none. */
	indexedDB?: IDBFactory | null;
	/** Opens the channel to other tabs on the same map; absent: no sync. */
	channel?: (name: string) => Channel;
	now?: () => Date;
}

/** Records read per request when a map's annotations are loaded. */
const READ_PAGE = 500;

interface SyncMessage {
	annotations: Annotation[];
}

export class AnnotationStore {
	private db: IDBPDatabase<AnnotationDb> | null = null;
	private readonly byId = new Map<string, Annotation>();
	private readonly listeners = new Set<() => void>();
	private readonly channel: Channel | null;
	private opening: Promise<void> | null = null;
	status: StoreStatus = { kind: 'loading' };

	constructor(private readonly options: StoreOptions) {
		this.channel = options.channel?.(`ronten-annotations:${options.mapId}`) ?? null;
		if (this.channel) this.channel.onmessage = (event) => this.received(event.data as SyncMessage);
	}

	get mapId() {
		return this.options.mapId;
	}

	/**
	 * Opens the database and loads the map's annotations; never throws. Called again, it
	 * waits for the same opening: every write waits for it, so that nothing is written to
	 * memory alone while the database is still opening.
	 */
	open(): Promise<void> {
		return (this.opening ??= this.load());
	}

	private async load(): Promise<void> {
		const factory = this.options.indexedDB;
		if (!factory) return this.toMemory('This browser keeps no data for pages (IndexedDB is off).');
		try {
			this.db = await openAnnotationDb(factory);
			for await (const page of this.pages(this.db)) {
				// What was written in memory meanwhile (before the database opened) is kept too.
				for (const a of page) this.byId.set(a.id, mergeOne(this.byId.get(a.id), a).value);
			}
			this.status = { kind: 'stored' };
		} catch (e) {
			this.db = null;
			return this.toMemory(refusal(e));
		}
		this.changed();
	}

	/**
	 * The map's records, a page per request: the browser reads a request's records on the
	 * page's thread in one go, and 10,000 at once would hold it for a long task.
	 */
	private async *pages(db: IDBPDatabase<AnnotationDb>): AsyncGenerator<Annotation[]> {
		// Keys are [map, id]: every id (a string) sorts after '' and before any array.
		let after: [string, string] = [this.mapId, ''];
		let open = false;
		for (;;) {
			const range = IDBKeyRange.bound(after, [this.mapId, []], open, false);
			const page = await db.getAll('records', range, READ_PAGE);
			if (page.length) yield page;
			if (page.length < READ_PAGE) return;
			after = [this.mapId, (page.at(-1) as Annotation).id];
			open = true;
		}
	}

	/** All annotations of the map, tombstones included. */
	all(): Annotation[] {
		return [...this.byId.values()];
	}

	get(id: string): Annotation | undefined {
		return this.byId.get(id);
	}

	/** Calls `listener` after every change, from this tab or another. */
	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Saves a new version of an annotation; its `modified` is set to now. */
	async save(version: AnnotationVersion): Promise<Annotation> {
		const before = this.byId.get(version.id);
		const stamped = { ...version, modified: this.stamp(before?.modified) };
		const [saved] = await this.write([stamped]);
		return saved as Annotation;
	}

	/** Deletes (as a tombstone, so other tabs follow); returns what was there, for undo. */
	async remove(id: string): Promise<AnnotationVersion | undefined> {
		await this.open();
		const before = this.byId.get(id);
		if (!before || before.deleted) return undefined;
		const { history: _history, ...current } = before;
		await this.save({ ...current, deleted: true });
		return current;
	}

	/** Brings back a deleted annotation as it was. */
	async undo(previous: AnnotationVersion): Promise<Annotation> {
		const { deleted: _deleted, ...alive } = previous;
		return this.save(alive);
	}

	/** Merges a file's annotations; a file with any error changes nothing. */
	async importText(text: string, file: string): Promise<ImportResult> {
		// Merged into what is stored, so the summary counts against it.
		await this.open();
		const result = importAnnotations(text, file, this.mapId, this.byId, this.stamp());
		if (result.changed.length) await this.write(result.changed);
		return result;
	}

	close() {
		this.channel?.close();
		this.db?.close();
		this.listeners.clear();
	}

	/** A time after the annotation's last, so that quick edits in one tab stay in order. */
	private stamp(after?: string): string {
		const now = (this.options.now?.() ?? new Date()).getTime();
		const last = after ? Date.parse(after) : -Infinity;
		return new Date(Math.max(now, last + 1)).toISOString();
	}

	/** Read, merge and write in one transaction; then memory, then the other tabs. */
	private async write(incoming: Annotation[]): Promise<Annotation[]> {
		await this.open();
		let merged: Annotation[];
		if (this.db) {
			try {
				merged = await this.writeToDb(incoming);
			} catch (e) {
				this.db = null;
				this.toMemory(refusal(e));
				merged = incoming.map((a) => mergeOne(this.byId.get(a.id), a).value);
			}
		} else merged = incoming.map((a) => mergeOne(this.byId.get(a.id), a).value);
		for (const a of merged) this.byId.set(a.id, mergeOne(this.byId.get(a.id), a).value);
		this.channel?.postMessage({ annotations: merged } satisfies SyncMessage);
		this.changed();
		return merged.map((a) => this.byId.get(a.id) as Annotation);
	}

	private async writeToDb(incoming: Annotation[]): Promise<Annotation[]> {
		const db = this.db as IDBPDatabase<AnnotationDb>;
		const tx = db.transaction('records', 'readwrite');
		const out = await Promise.all(
			incoming.map(async (a) => {
				const value = mergeOne(await tx.store.get([this.mapId, a.id]), a).value;
				await tx.store.put(value);
				return value;
			})
		);
		await tx.done;
		return out;
	}

	/** Another tab wrote: merge, as it did. The database already holds it. */
	private received(message: SyncMessage) {
		if (!message || !Array.isArray(message.annotations)) return;
		for (const a of message.annotations)
			if (a.map === this.mapId) this.byId.set(a.id, mergeOne(this.byId.get(a.id), a).value);
		this.changed();
	}

	private toMemory(reason: string) {
		this.status = { kind: 'memory', reason };
		this.changed();
	}

	private changed() {
		for (const l of this.listeners) l();
	}
}

/** Why the browser refused, in words for the reader. */
export function refusal(e: unknown): string {
	const name = e instanceof DOMException || e instanceof Error ? e.name : '';
	if (name === 'QuotaExceededError')
		return 'The browser has no more room for notes on this site (its storage quota is full).';
	if (name === 'InvalidStateError' || name === 'SecurityError')
		return 'This browser does not let the page keep data (a private window, or site data blocked).';
	const message = e instanceof Error ? e.message : String(e);
	return `The browser refused to keep the notes (${message.slice(0, 200)}).`;
}
