import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeSummary, mergeImport, mergeOne } from './merge';
import type { Annotation } from './model';

const v = (modified: string, note: string, extra: Partial<Annotation> = {}): Annotation =>
	({
		kind: 'node',
		id: 'a',
		map: 'm',
		node: 'n',
		created: '2025-01-01T00:00:00.000Z',
		modified,
		note,
		tags: [],
		...extra
	}) as Annotation;

const T1 = '2025-01-01T00:00:00.000Z';
const T2 = '2025-01-02T00:00:00.000Z';
const T3 = '2025-01-03T00:00:00.000Z';

describe('merging versions of one annotation', () => {
	it('adds what is new', () => {
		expect(mergeOne(undefined, v(T1, 'x'))).toEqual({ value: v(T1, 'x'), outcome: 'added' });
	});

	it('lets the newer win and keeps the older in history', () => {
		const { value, outcome } = mergeOne(v(T1, 'old'), v(T2, 'new'));
		expect(outcome).toBe('updated');
		expect(value).toEqual({ ...v(T2, 'new'), history: [v(T1, 'old')] });
	});

	it('skips an older version, yet keeps it in history', () => {
		const { value, outcome } = mergeOne(v(T2, 'new'), v(T1, 'old'));
		expect(outcome).toBe('skipped');
		expect(value).toEqual({ ...v(T2, 'new'), history: [v(T1, 'old')] });
	});

	it('skips the same version without growing history', () => {
		expect(mergeOne(v(T1, 'x'), v(T1, 'x'))).toEqual({ value: v(T1, 'x'), outcome: 'skipped' });
	});

	it('settles a tie of times the same way from both sides', () => {
		const a = mergeOne(v(T1, 'left'), v(T1, 'right')).value;
		const b = mergeOne(v(T1, 'right'), v(T1, 'left')).value;
		expect(a).toEqual(b);
	});

	it('ends the same whatever order versions arrive in (two tabs, no lost update)', () => {
		const version = fc
			.record({ t: fc.constantFrom(T1, T2, T3), note: fc.constantFrom('a', 'b', 'c', '') })
			.map(({ t, note }) => v(t, note));
		fc.assert(
			fc.property(fc.array(version, { minLength: 1, maxLength: 6 }), (versions) => {
				const fold = (list: Annotation[]) =>
					list.reduce<Annotation | undefined>((s, x) => mergeOne(s, x).value, undefined)!;
				const forward = fold(versions);
				const backward = fold([...versions].reverse());
				expect(forward).toEqual(backward);
				// Every version that was written is still there: current or in history.
				const kept = [forward, ...(forward.history ?? [])].map((x) => `${x.modified}|${x.note}`);
				for (const x of versions) expect(kept).toContain(`${x.modified}|${x.note}`);
			})
		);
	});
});

describe('merging an import', () => {
	it('counts added, updated and skipped, and returns only what changed', () => {
		const stored = new Map([
			['a', v(T2, 'kept')],
			['b', { ...v(T1, 'old'), id: 'b' }],
			['c', { ...v(T1, 'same'), id: 'c' }]
		]);
		const incoming = [
			v(T1, 'older'),
			{ ...v(T2, 'newer'), id: 'b' },
			{ ...v(T1, 'same'), id: 'c' },
			{ ...v(T1, 'fresh'), id: 'd' },
			{ ...v(T1, 'elsewhere'), id: 'e', map: 'other' }
		];
		const { changed, summary } = mergeImport(stored, incoming, 'm', T3);
		expect(summary).toEqual({ added: 1, updated: 1, skipped: 2, otherMap: 1 });
		expect(changed.map((a) => a.id).sort()).toEqual(['a', 'b', 'd']);
		expect(changed.find((a) => a.id === 'a')?.history).toEqual([v(T1, 'older')]);
		expect(describeSummary(summary)).toBe(
			'1 added, 1 updated, 2 skipped, 1 left out (another map).'
		);
	});
});

describe('importing over a deletion', () => {
	const deleted = (modified: string) => v(modified, 'kept', { deleted: true });

	it('brings back what the reader deleted here, dated after the deletion', () => {
		const stored = new Map([['a', { ...deleted(T2), history: [v(T1, 'kept')] }]]);
		const { changed, summary } = mergeImport(stored, [v(T1, 'kept')], 'm', T3);
		expect(summary).toMatchObject({ added: 0, updated: 0, skipped: 0, restored: 1 });
		const [back] = changed;
		expect(back).toMatchObject({ id: 'a', note: 'kept', modified: T3 });
		expect(back!.deleted).toBeUndefined();
		expect(back!.history).toContainEqual(deleted(T2));
		// Tabs merge by time: the restored version wins over the deletion they hold.
		expect(mergeOne(stored.get('a'), back!).value.deleted).toBeUndefined();
		expect(describeSummary(summary)).toBe(
			'0 added, 0 updated, 0 skipped, 1 restored (deleted here).'
		);
	});

	it('dates it after the deletion even when the clock is behind', () => {
		const stored = new Map([['a', deleted(T3)]]);
		const { changed } = mergeImport(stored, [v(T1, 'kept')], 'm', T2);
		expect(changed[0]!.modified > T3).toBe(true);
	});

	it('leaves a deletion alone when the file holds it deleted too', () => {
		const stored = new Map([['a', deleted(T2)]]);
		const { changed, summary } = mergeImport(stored, [deleted(T2)], 'm', T3);
		expect(changed).toEqual([]);
		expect(summary.restored).toBeUndefined();
	});
});
