import { describe, expect, it } from 'vitest';
import { referenceMap } from '$test/reference-map';
import { quickSearcher, type QuickNode } from './quick';

const node = (id: string, title: string, text = '', tags: string[] = []): QuickNode => ({
	id,
	kind: 'claim',
	title,
	text,
	tags
});

describe('quick search (before the index is in)', () => {
	const search = quickSearcher([
		node('a', 'Air power', 'Fighters over the Baltic.'),
		node('b', 'Ships', 'Air defence of the fleet.'),
		node('c', 'Deterrence', 'Hairline cracks.', ['airlift']),
		node('d', '日米同盟', '抑止力を強化する。')
	]);

	it('matches words that begin with what was typed, titles first', () => {
		expect(search('air').map((h) => h.id)).toEqual(['a', 'b', 'c']);
		expect(search('air p').map((h) => h.id)).toEqual(['a']);
		// "hair" does not start with "air".
		expect(search('airl').map((h) => h.id)).toEqual(['c']);
	});

	it('needs every word, ignores query syntax, and finds Japanese anywhere in a word', () => {
		expect(search('air baltic').map((h) => h.id)).toEqual(['a']);
		expect(search('+air -ships title:fleet').map((h) => h.id)).toEqual(['b']);
		expect(search('抑止').map((h) => h.id)).toEqual(['d']);
		expect(search('  ')).toEqual([]);
	});

	it('answers on the reference map with the shape of a search hit', () => {
		const hits = quickSearcher(referenceMap().nodes)('artillery');
		expect(hits.length).toBeGreaterThan(0);
		expect(hits[0]).toMatchObject({ positions: [], kind: expect.any(String) });
		expect(hits.length).toBeLessThanOrEqual(30);
	});

	it('answers the same whether its texts were folded ahead, in slices, or on the first query', () => {
		const nodes = referenceMap().nodes;
		const ahead = quickSearcher(nodes);
		// Ten nodes a slice, as idle time would allow.
		const slice = () => {
			let left = 10;
			return () => left-- > 0;
		};
		let slices = 1;
		while (!ahead.prepare(slice())) slices++;
		expect(slices).toBe(Math.ceil(nodes.length / 10));
		const queries = ['artillery', 'japan first', 'deter', '抑止'];
		const cold = quickSearcher(nodes);
		for (const q of queries) expect(ahead(q)).toEqual(cold(q));
		expect(ahead.prepare()).toBe(true);
	});
});
