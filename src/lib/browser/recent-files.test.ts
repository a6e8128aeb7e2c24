import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BYTES, MAX_ENTRIES, openRecentFiles, type RecentFiles } from './recent-files';

let n = 0;
/** A store in a database of its own, so tests do not see each other's files. */
async function store(): Promise<RecentFiles> {
	const opened = await openRecentFiles(`recent-test-${++n}`);
	if (!opened.ok) throw new Error(opened.message);
	return opened.value;
}
const file = (name: string, size = 4) => ({ name, bytes: new Uint8Array(size).fill(65) });
const values = async <T>(p: Promise<{ ok: true; value: T } | { ok: false; message: string }>) => {
	const a = await p;
	if (!a.ok) throw new Error(a.message);
	return a.value;
};

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('recent files', () => {
	it('keeps the files of an opening and gives them back, the latest first', async () => {
		const s = await store();
		await values(s.keep([file('a.argdown'), file('a.txt', 10)], 'Map A', 1000));
		await values(s.keep([file('b.json')], 'Map B', 2000));
		const list = await values(s.list());
		expect(list.map((e) => [e.title, e.names, e.bytes])).toEqual([
			['Map B', ['b.json'], 4],
			['Map A', ['a.argdown', 'a.txt'], 14]
		]);
		const files = await values(s.files(list[1]!.id));
		expect(files?.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
			['a.argdown', 'AAAA'],
			['a.txt', 'AAAAAAAAAA']
		]);
		// Opening the same files again moves them up instead of keeping them twice.
		await values(s.keep([file('a.txt', 10), file('a.argdown')], 'Map A', 3000));
		expect((await values(s.list())).map((e) => e.title)).toEqual(['Map A', 'Map B']);
	});

	it(`keeps at most ${MAX_ENTRIES} openings, dropping the oldest`, async () => {
		const s = await store();
		for (let i = 0; i < MAX_ENTRIES + 2; i++)
			await values(s.keep([file(`m${i}.json`)], `M${i}`, i));
		const list = await values(s.list());
		expect(list).toHaveLength(MAX_ENTRIES);
		expect(list.at(-1)?.title).toBe('M2');
		expect(await values(s.files('m0.json:4'))).toBeNull();
	});

	it(`keeps at most ${MAX_BYTES / 2 ** 20} MB in all, and refuses an opening larger than that`, async () => {
		const s = await store();
		const third = Math.floor(MAX_BYTES / 3) + 1;
		for (const name of ['x', 'y', 'z']) await values(s.keep([file(name, third)], name));
		expect((await values(s.list())).map((e) => e.title).sort()).toEqual(['y', 'z']);
		const big = await s.keep([file('huge.json', MAX_BYTES + 1)], 'huge');
		expect(big).toMatchObject({ ok: false, message: expect.stringMatching(/more than the 20 MB/) });
		expect((await values(s.list())).map((e) => e.title).sort()).toEqual(['y', 'z']);
	});

	it('forgets one opening, or all of them', async () => {
		const s = await store();
		const a = await values(s.keep([file('a.json')], 'A', 1));
		await values(s.keep([file('b.json')], 'B', 2));
		await values(s.forget(a.id));
		expect((await values(s.list())).map((e) => e.title)).toEqual(['B']);
		expect(await values(s.files(a.id))).toBeNull();
		await values(s.clear());
		expect(await values(s.list())).toEqual([]);
	});

	it('says so when the browser keeps nothing: no IndexedDB, or one that refuses to open', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const none = await openRecentFiles('recent-none');
		expect(none).toMatchObject({ ok: false, message: expect.stringMatching(/private browsing/) });
		vi.unstubAllGlobals();
		vi.spyOn(indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
		});
		const refused = await openRecentFiles('recent-refused');
		expect(refused).toMatchObject({
			ok: false,
			message: expect.stringMatching(/private browsing/)
		});
	});

	it('says so when the storage is full, and keeps what it had', async () => {
		const s = await store();
		await values(s.keep([file('a.json')], 'A', 1));
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('Quota exceeded', 'QuotaExceededError');
		});
		const full = await s.keep([file('b.json')], 'B', 2);
		expect(full).toMatchObject({ ok: false, message: expect.stringMatching(/storage .* is full/) });
		vi.restoreAllMocks();
		expect((await values(s.list())).map((e) => e.title)).toEqual(['A']);
	});
});
