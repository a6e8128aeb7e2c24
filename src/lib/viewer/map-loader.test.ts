import { describe, expect, it } from 'vitest';
import type { ViewerMap } from '$lib/core/view/viewer-map';
import { MapLoader, type MapLoad } from './map-loader';

/** A loader whose answers the test gives, map by map, in any order. */
function loader() {
	const pending = new Map<string, { done: (m: ViewerMap) => void; fail: (e: Error) => void }>();
	const asked: string[] = [];
	let shown: MapLoad | null = null;
	const l = new MapLoader(
		(id) => {
			asked.push(id);
			return new Promise((done, fail) => pending.set(id, { done, fail }));
		},
		(load) => (shown = load)
	);
	const settle = () => new Promise((done) => setTimeout(done));
	return {
		l,
		asked,
		shown: () => shown,
		answer: async (id: string) => {
			pending.get(id)!.done({ id, title: id, nodes: [] } as unknown as ViewerMap);
			await settle();
		},
		refuse: async (id: string, why: string) => {
			pending.get(id)!.fail(new Error(why));
			await settle();
		}
	};
}

describe('MapLoader', () => {
	it('loads the map asked for, and another when the page moves to it', async () => {
		const t = loader();
		t.l.ask('a');
		expect(t.shown()).toMatchObject({ id: 'a', map: null, loading: true });
		await t.answer('a');
		expect(t.shown()).toMatchObject({ id: 'a', map: { id: 'a' }, loading: false });
		t.l.ask('a');
		expect(t.asked).toEqual(['a']);
		t.l.ask('b');
		// Not the last map under the new one's name.
		expect(t.shown()).toMatchObject({ id: 'b', map: null, loading: true });
		await t.answer('b');
		expect(t.shown()?.map?.id).toBe('b');
	});

	it('drops an answer, or a failure, for a map the page has left', async () => {
		const t = loader();
		t.l.ask('a');
		t.l.ask('b');
		await t.answer('a');
		expect(t.shown()).toMatchObject({ id: 'b', map: null, loading: true });
		t.l.ask('c');
		await t.refuse('b', 'HTTP 500');
		expect(t.shown()).toMatchObject({ id: 'c', failure: '', loading: true });
		await t.answer('c');
		expect(t.shown()?.map?.id).toBe('c');
	});

	it('says why a map could not be loaded, and loads nothing for a map in the page', async () => {
		const t = loader();
		t.l.ask('a');
		await t.refuse('a', 'HTTP 404');
		expect(t.shown()).toMatchObject({
			map: null,
			loading: false,
			failure: 'The map could not be loaded: HTTP 404'
		});
		t.l.ask(null);
		expect(t.shown()).toMatchObject({ id: null, map: null, loading: false, failure: '' });
		expect(t.asked).toEqual(['a']);
	});
});
