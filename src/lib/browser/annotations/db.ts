/**
 * The IndexedDB database that keeps annotations, through `idb`. Every change
 * of layout is a numbered migration; a database written by any older version
 * opens with its data intact.
 *
 * - Version 1 (the first layout): one store `annotations`, keyed by annotation id.
 * - Version 2: store `records`, keyed by [map, id], with an index by map, so
 *   that a map loads only its own annotations and two maps may hold the same id.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Annotation } from '$lib/core/annotate/model';

export const DB_NAME = 'ronten-annotations';
export const DB_VERSION = 2;

export interface AnnotationDb extends DBSchema {
	records: { key: [string, string]; value: Annotation; indexes: { 'by-map': string } };
}

type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Each step brings a database from the version before it to its own; run in order. */
const MIGRATIONS: Record<
	number,
	(db: IDBPDatabase<unknown>, tx: UpgradeTx) => Promise<void> | void
> = {
	1: (db) => {
		db.createObjectStore('annotations', { keyPath: 'id' });
	},
	2: async (db, tx) => {
		const records = db.createObjectStore('records', { keyPath: ['map', 'id'] });
		records.createIndex('by-map', 'map');
		const old = tx.objectStore('annotations');
		for (let cursor = await old.openCursor(); cursor; cursor = await cursor.continue())
			await records.put(cursor.value);
		db.deleteObjectStore('annotations');
	}
};

/** Opens (and if need be upgrades) the database with the given IndexedDB factory. */
export function openAnnotationDb(factory: IDBFactory): Promise<IDBPDatabase<AnnotationDb>> {
	// idb's openDB always uses the global factory; its `wrap` takes any request, so a test
	// (or a page that has none) can hand in its own.
	const request = factory.open(DB_NAME, DB_VERSION);
	const opened = wrap(request) as Promise<IDBPDatabase<AnnotationDb>>;
	request.addEventListener('upgradeneeded', (event) => {
		const db = wrap(request.result) as IDBPDatabase<unknown>;
		const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
		void migrate(db, tx, event.oldVersion).catch(() => tx.abort());
	});
	return opened;
}

async function migrate(db: IDBPDatabase<unknown>, tx: UpgradeTx, from: number) {
	for (let version = from + 1; version <= DB_VERSION; version++) {
		const step = MIGRATIONS[version];
		if (!step) throw new Error(`No migration to version ${version}.`);
		await step(db, tx);
	}
}
