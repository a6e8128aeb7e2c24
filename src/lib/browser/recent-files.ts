/**
 * The files a reader opened on `/open/`, kept in this browser's IndexedDB so
 * that a reload does not lose the map, until the reader forgets them. The
 * store is capped (MAX_ENTRIES openings, MAX_BYTES in all; the oldest go
 * first), and every failure (no IndexedDB in private mode, a full quota, a
 * blocked upgrade) is an answer with a message, never a throw: keeping files
 * is a convenience, and opening a map must work without it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** How many openings are kept. */
export const MAX_ENTRIES = 20;
/** How many bytes all kept files may take together. */
export const MAX_BYTES = 20 * 1024 * 1024;

export interface KeptFile {
	name: string;
	bytes: Uint8Array;
}

/** One opening: the files chosen together, and what they showed. */
export interface RecentEntry {
	/** The same files (names and sizes) have the same id, so opening them again moves them up. */
	id: string;
	/** The title of the map they opened. */
	title: string;
	names: string[];
	bytes: number;
	/** Milliseconds since the epoch. */
	openedAt: number;
}

export type Answer<T> = { ok: true; value: T } | { ok: false; message: string };

export interface RecentFiles {
	/** The kept openings, the latest first. */
	list(): Promise<Answer<RecentEntry[]>>;
	/** Keeps files that opened a map; the oldest openings go when a cap would be passed. */
	keep(files: KeptFile[], title: string, now?: number): Promise<Answer<RecentEntry>>;
	/** The files of one opening, or null when they are no longer kept. */
	files(id: string): Promise<Answer<KeptFile[] | null>>;
	forget(id: string): Promise<Answer<void>>;
	clear(): Promise<Answer<void>>;
	close(): void;
}

interface Schema extends DBSchema {
	entries: { key: string; value: RecentEntry };
	files: { key: string; value: { id: string; files: KeptFile[] } };
}

const DB_NAME = 'ronten-recent-files';

const UNAVAILABLE =
	'This browser does not let the page keep files (private browsing, or site storage turned off), so opened files are not remembered after a reload.';

/** A message for a storage failure, in the reader's terms. */
function messageOf(e: unknown): string {
	const name = e instanceof Error || e instanceof DOMException ? e.name : '';
	if (name === 'QuotaExceededError')
		return "The browser's storage for this site is full, so these files are not kept; forget some recently opened files to make room.";
	if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'ReferenceError')
		return UNAVAILABLE;
	return `The files could not be kept: ${e instanceof Error ? e.message : String(e)}`;
}

async function attempt<T>(run: () => Promise<T>): Promise<Answer<T>> {
	try {
		return { ok: true, value: await run() };
	} catch (e) {
		return { ok: false, message: messageOf(e) };
	}
}

const idOf = (files: KeptFile[]) =>
	files
		.map((f) => `${f.name}:${f.bytes.byteLength}`)
		.sort()
		.join('|');

/** Opens the store; an answer with a message where the browser keeps nothing. */
export async function openRecentFiles(dbName = DB_NAME): Promise<Answer<RecentFiles>> {
	if (typeof indexedDB === 'undefined') return { ok: false, message: UNAVAILABLE };
	const opened = await attempt(() =>
		openDB<Schema>(dbName, 1, {
			upgrade(db) {
				db.createObjectStore('entries', { keyPath: 'id' });
				db.createObjectStore('files', { keyPath: 'id' });
			}
		})
	);
	return opened.ok ? { ok: true, value: recentFiles(opened.value) } : opened;
}

function recentFiles(db: IDBPDatabase<Schema>): RecentFiles {
	const latestFirst = (entries: RecentEntry[]) =>
		entries.sort((a, b) => b.openedAt - a.openedAt || a.id.localeCompare(b.id));
	return {
		list: () => attempt(async () => latestFirst(await db.getAll('entries'))),
		keep: (files, title, now = Date.now()) =>
			attempt(async () => {
				const bytes = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
				if (bytes > MAX_BYTES) {
					const mb = (bytes / 2 ** 20).toFixed(1);
					throw new Error(
						`they take ${mb} MB, more than the ${MAX_BYTES / 2 ** 20} MB kept in all.`
					);
				}
				const entry: RecentEntry = {
					id: idOf(files),
					title,
					names: files.map((f) => f.name),
					bytes,
					openedAt: now
				};
				const tx = db.transaction(['entries', 'files'], 'readwrite');
				const entries = tx.objectStore('entries');
				const others = latestFirst(await entries.getAll()).filter((e) => e.id !== entry.id);
				// Room for the new entry: the oldest go until both caps hold.
				let total = bytes;
				const keptOthers = others.filter((e, i) => {
					const fits = i < MAX_ENTRIES - 1 && total + e.bytes <= MAX_BYTES;
					if (fits) total += e.bytes;
					return fits;
				});
				const dropped = others.filter((e) => !keptOthers.includes(e));
				await Promise.all([
					...dropped.flatMap((e) => [entries.delete(e.id), tx.objectStore('files').delete(e.id)]),
					entries.put(entry),
					tx.objectStore('files').put({ id: entry.id, files }),
					tx.done
				]);
				return entry;
			}),
		files: (id) => attempt(async () => (await db.get('files', id))?.files ?? null),
		forget: (id) =>
			attempt(async () => {
				const tx = db.transaction(['entries', 'files'], 'readwrite');
				await Promise.all([
					tx.objectStore('entries').delete(id),
					tx.objectStore('files').delete(id),
					tx.done
				]);
			}),
		clear: () =>
			attempt(async () => {
				const tx = db.transaction(['entries', 'files'], 'readwrite');
				await Promise.all([
					tx.objectStore('entries').clear(),
					tx.objectStore('files').clear(),
					tx.done
				]);
			}),
		close: () => db.close()
	};
}
