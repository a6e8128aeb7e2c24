import { describe, expect, it } from 'vitest';
// idb checks results against the IndexedDB classes, which a browser has as globals.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Annotation, AnnotationVersion, NodeVersion } from '$lib/core/annotate/model';
import { exportAnnotations } from '$lib/core/annotate/export';
import { AnnotationStore, type Channel } from './store';
import { DB_NAME, openAnnotationDb } from './db';

const note = (id: string, text: string, map = 'm'): NodeVersion => ({
	kind: 'node',
	id,
	map,
	node: 'n1',
	created: '2025-01-01T00:00:00.000Z',
	modified: '2025-01-01T00:00:00.000Z',
	note: text,
	tags: []
});

/** Channels that deliver to every other member of the same name, when the test says so. */
function hub() {
	const members: { name: string; channel: Channel }[] = [];
	const queue: (() => void)[] = [];
	return {
		open(name: string): Channel {
			const channel: Channel = {
				onmessage: null,
				postMessage(data) {
					for (const m of members)
						if (m.name === name && m.channel !== channel)
							queue.push(() => m.channel.onmessage?.({ data } as MessageEvent));
				},
				close() {
					members.splice(
						members.findIndex((m) => m.channel === channel),
						1
					);
				}
			};
			members.push({ name, channel });
			return channel;
		},
		deliver() {
			while (queue.length) queue.shift()!();
		}
	};
}

const clock = (start = Date.parse('2025-06-01T00:00:00Z')) => {
	let t = start;
	return () => new Date((t += 1000));
};

async function opened(options: ConstructorParameters<typeof AnnotationStore>[0]) {
	const store = new AnnotationStore(options);
	await store.open();
	return store;
}

describe('the annotation store', () => {
	it('keeps annotations across opening again (a reload), per map', async () => {
		const indexedDB = new IDBFactory();
		const a = await opened({ mapId: 'm', indexedDB, now: clock() });
		await a.save(note('x', 'first'));
		const other = await opened({ mapId: 'other', indexedDB });
		await other.save(note('x', 'another map', 'other'));
		a.close();
		other.close();
		const again = await opened({ mapId: 'm', indexedDB });
		expect(again.status).toEqual({ kind: 'stored' });
		expect(again.all().map((x) => x.note)).toEqual(['first']);
	});

	it('loads a map of many annotations whole, a page at a time, and none of another map', async () => {
		const indexedDB = new IDBFactory();
		const db = await openAnnotationDb(indexedDB);
		// Ids of both maps interleave in key order, across more than one page of reading.
		for (let i = 0; i < 1_234; i++) {
			await db.put('records', note(`id-${i}`, `note ${i}`, 'm'));
			if (i % 3 === 0) await db.put('records', note(`id-${i}`, 'of another map', 'm2'));
		}
		db.close();
		const store = await opened({ mapId: 'm', indexedDB });
		expect(store.all()).toHaveLength(1_234);
		expect(store.all().every((a) => a.map === 'm' && a.note !== 'of another map')).toBe(true);
		expect(new Set(store.all().map((a) => a.id)).size).toBe(1_234);
	});

	it('keeps in the database what is written before it opens', async () => {
		const indexedDB = new IDBFactory();
		const early = new AnnotationStore({ mapId: 'm', indexedDB, now: clock() });
		// No open() yet: the page opens the store when it is idle, and a reader may be quicker.
		await early.save(note('x', 'written at once'));
		expect(early.status).toEqual({ kind: 'stored' });
		early.close();
		const again = await opened({ mapId: 'm', indexedDB });
		expect(again.all().map((a) => a.note)).toEqual(['written at once']);
	});

	it('opens a version 1 database with its data intact', async () => {
		const indexedDB = new IDBFactory();
		// Written as version 1 wrote it, through the raw API: no code of today's version runs.
		const raw = indexedDB.open(DB_NAME, 1);
		await new Promise<void>((resolve, reject) => {
			raw.onupgradeneeded = () => raw.result.createObjectStore('annotations', { keyPath: 'id' });
			raw.onsuccess = () => {
				const tx = raw.result.transaction('annotations', 'readwrite');
				tx.objectStore('annotations').put(note('kept', 'written by version 1'));
				tx.objectStore('annotations').put(note('elsewhere', 'of another map', 'other'));
				tx.oncomplete = () => {
					raw.result.close();
					resolve();
				};
			};
			raw.onerror = () => reject(raw.error);
		});
		const store = await opened({ mapId: 'm', indexedDB });
		expect(store.status).toEqual({ kind: 'stored' });
		expect(store.all()).toEqual([note('kept', 'written by version 1')]);
		const otherMap = await opened({ mapId: 'other', indexedDB });
		expect(otherMap.all().map((a) => a.id)).toEqual(['elsewhere']);
	});

	it('deletes as a tombstone and undoes the delete', async () => {
		const store = await opened({ mapId: 'm', indexedDB: new IDBFactory(), now: clock() });
		await store.save(note('x', 'keep me'));
		const removed = (await store.remove('x')) as AnnotationVersion;
		expect(store.get('x')?.deleted).toBe(true);
		await store.undo(removed);
		expect(store.get('x')).toMatchObject({ note: 'keep me' });
		expect(store.get('x')?.deleted).toBeUndefined();
	});

	it('keeps two tabs in step, and loses neither of two edits made at once', async () => {
		const indexedDB = new IDBFactory();
		const channels = hub();
		const first = await opened({ mapId: 'm', indexedDB, channel: channels.open, now: clock() });
		const second = await opened({
			mapId: 'm',
			indexedDB,
			channel: channels.open,
			now: clock(Date.parse('2025-06-01T00:00:00.500Z'))
		});
		await first.save(note('x', 'from the first tab'));
		channels.deliver();
		expect(second.get('x')?.note).toBe('from the first tab');
		// Both edit before hearing from each other: the later wins, the other stays in history.
		await Promise.all([first.save(note('x', 'first again')), second.save(note('x', 'second'))]);
		channels.deliver();
		const seen = (s: AnnotationStore) => {
			const a = s.get('x') as Annotation;
			return [a.note, ...(a.history ?? []).map((h) => h.note)];
		};
		expect(seen(first)).toEqual(seen(second));
		expect(seen(first)).toEqual(
			expect.arrayContaining(['first again', 'second', 'from the first tab'])
		);
		const reloaded = await opened({ mapId: 'm', indexedDB });
		expect(seen(reloaded)).toEqual(seen(first));
	});

	it('keeps working in memory, and says why, without IndexedDB', async () => {
		const store = await opened({ mapId: 'm', indexedDB: null });
		expect(store.status).toMatchObject({
			kind: 'memory',
			reason: expect.stringMatching(/IndexedDB is off/)
		});
		await store.save(note('x', 'not lost'));
		expect(store.get('x')?.note).toBe('not lost');
	});

	it('keeps the note in memory when the quota is full', async () => {
		const indexedDB = new IDBFactory();
		const store = await opened({ mapId: 'm', indexedDB });
		const full = new DOMException('full', 'QuotaExceededError');
		// The database refuses every write from now on, as a full quota does.
		(store as unknown as { writeToDb: () => Promise<never> }).writeToDb = () =>
			Promise.reject(full);
		await store.save(note('x', 'still here'));
		expect(store.status).toMatchObject({
			kind: 'memory',
			reason: expect.stringMatching(/quota is full/)
		});
		expect(store.get('x')?.note).toBe('still here');
	});

	it('says so when the database cannot be opened', async () => {
		const broken = {
			open: () => {
				throw new DOMException('no', 'SecurityError');
			}
		} as unknown as IDBFactory;
		const store = await opened({ mapId: 'm', indexedDB: broken });
		expect(store.status).toMatchObject({
			kind: 'memory',
			reason: expect.stringMatching(/private window/)
		});
	});

	it('imports a file all or nothing, and stores what it added', async () => {
		const indexedDB = new IDBFactory();
		const store = await opened({ mapId: 'm', indexedDB });
		const text = exportAnnotations([note('a', 'imported')], {
			id: 'm',
			title: 'M',
			url: 'https://h.test/maps/m/'
		});
		const result = await store.importText(text, 'notes.jsonld');
		expect(result.summary).toMatchObject({ added: 1 });
		const broken = await store.importText(text.replace('"Annotation"', '"Nonsense"'), 'bad.jsonld');
		expect(broken.diagnostics[0]?.code).toBe('invalid-annotation');
		const reloaded = await opened({ mapId: 'm', indexedDB });
		expect(reloaded.all().map((a) => a.note)).toEqual(['imported']);
	});
});
