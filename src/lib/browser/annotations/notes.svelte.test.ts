import { describe, expect, it } from 'vitest';
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Annotation } from '$lib/core/annotate/model';
import { passageAt } from '$lib/core/annotate/passage';
import type { ViewerMap } from '$lib/core/view/viewer-map';
import { Notes } from './notes.svelte';
import { openAnnotationDb } from './db';

const TEXT = 'Fewer cars mean cleaner air. Shops in car-free streets sell more, as studies show.';
const MAP = {
	id: 'm',
	title: 'A map',
	nodes: [{ id: 'here' }],
	sources: [{ id: 'speech', text: `A new first sentence. ${TEXT}` }]
} as unknown as ViewerMap;

const base = { map: 'm', created: '', note: '', tags: [] };
function highlight(id: string, exact: string, modified: string, source = 'speech'): Annotation {
	const start = TEXT.indexOf(exact);
	const anchor = passageAt(TEXT, start, start + exact.length)!;
	return { ...base, modified, kind: 'highlight', id, source, anchor };
}

/** An idle runner the test drives: each task runs when the test says, with a slice of no time. */
function manualIdle() {
	const tasks: ((timeLeft: () => number) => void)[] = [];
	return {
		runner: (task: (timeLeft: () => number) => void) => {
			tasks.push(task);
			return () => tasks.splice(tasks.indexOf(task), 1);
		},
		runOne: () => tasks.shift()?.(() => 0),
		get waiting() {
			return tasks.length;
		}
	};
}

async function storedNotes(records: Annotation[]) {
	const factory = new IDBFactory();
	const db = await openAnnotationDb(factory);
	for (const r of records) await db.put('records', r);
	db.close();
	const idle = manualIdle();
	const opening = manualIdle();
	const notes = new Notes(MAP, 'https://h.test/maps/m/', factory, {
		opening: opening.runner,
		idle: idle.runner,
		atOnceMs: 0
	});
	// Nothing is read before the page is idle.
	await new Promise((done) => setTimeout(done, 20));
	expect(notes.status.kind).toBe('loading');
	expect(opening.waiting).toBe(1);
	opening.runOne();
	await expect.poll(() => notes.status.kind).toBe('stored');
	return { notes, idle };
}

describe('the notes of an opened map', () => {
	it('lists and marks at once, and anchors highlights later without calling any orphaned early', async () => {
		const { notes, idle } = await storedNotes([
			{ ...base, modified: '2025-01-04', kind: 'node', id: 'n', node: 'here' },
			{ ...base, modified: '2025-01-03', kind: 'node', id: 'gone', node: 'gone' },
			highlight('moved', 'sell more', '2025-01-02'),
			highlight('lost', 'cleaner air', '2025-01-01', 'no-such-source')
		]);
		// Everything is listed and the graph's marks are known before any idle time.
		expect(notes.list.map((a) => a.id)).toEqual(['n', 'gone', 'moved', 'lost']);
		expect([...notes.annotatedNodes].sort()).toEqual(['gone', 'here']);
		// Whatever needed no search is answered in the same task (one search too: no slice is
		// empty); the other search waits for idle time.
		expect(notes.anchoring).toBe(1);
		expect(idle.waiting).toBe(1);
		expect(notes.anchors.has('moved')).toBe(false);
		expect(notes.anchors.get('lost')?.status).toBe('orphaned');
		while (idle.waiting) {
			for (const [id, a] of notes.anchors)
				expect(a.status === 'orphaned').toBe(id === 'gone' || id === 'lost');
			idle.runOne();
		}
		expect(notes.anchoring).toBe(0);
		expect(Object.fromEntries([...notes.anchors].map(([id, a]) => [id, a.status]))).toEqual({
			n: 'exact',
			gone: 'orphaned',
			moved: 'moved',
			lost: 'orphaned'
		});
		notes.close();
	});

	it('anchors a highlight saved later, keeping the answers it had', async () => {
		const { notes, idle } = await storedNotes([highlight('moved', 'sell more', '2025-01-02')]);
		while (idle.waiting) idle.runOne();
		const before = notes.anchors.get('moved');
		await notes.save(highlight('new', 'studies show', '2025-01-05'));
		while (idle.waiting) idle.runOne();
		expect(notes.anchors.get('moved')).toBe(before);
		expect(notes.anchors.get('new')?.status).toBe('moved');
		expect(notes.anchoring).toBe(0);
		notes.close();
	});
});
