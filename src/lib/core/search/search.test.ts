import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';
import { buildSearchIndex, loadSearchIndex, search, serializeSearchIndex } from './index';

const { map } =
	compileText(`[Japan first]: Japan should focus on threats close to home. #position #camp

[Global Japan]: Broad engagement serves Japan's interest. #position
  - [Japan first]
  + [Ukraine]: Ukraine today could be East Asia tomorrow.
    - [Remote]: The war in Europe is remote from Japan's security.
`);

describe('search', () => {
	const index = buildSearchIndex(map);

	it('finds nodes by text and carries the positions they bear on', () => {
		const [hit] = search(index, 'East Asia');
		expect(hit).toMatchObject({ id: 'ukraine', kind: 'claim' });
		expect(hit?.positions).toEqual([{ position: 'global-japan', stance: 'for' }]);
	});

	it('ranks a title match above a text match', () => {
		const hits = search(index, 'japan');
		expect(hits[0]?.id).toMatch(/^(japan-first|global-japan)$/);
		expect(hits.map((h) => h.id)).toContain('remote');
	});

	it('stems English words and matches a prefix of the last word', () => {
		expect(search(index, 'threat')[0]?.id).toBe('japan-first');
		expect(search(index, 'engage', { prefix: false })[0]?.id).toBe('global-japan');
		expect(search(index, 'Ukr')[0]?.id).toBe('ukraine');
	});

	it('searches tags', () => {
		expect(search(index, 'camp')[0]?.id).toBe('japan-first');
	});

	it('treats lunr query syntax in user input as plain words and never throws', () => {
		for (const q of ['title:japan', '*', '~2', '+-', 'japan^10', ':', '"', '   ']) {
			expect(() => search(index, q)).not.toThrow();
		}
		expect(search(index, '*')).toEqual([]);
	});

	it('survives serialisation to JSON and back', () => {
		const loaded = loadSearchIndex(JSON.parse(JSON.stringify(serializeSearchIndex(index))));
		expect(search(loaded, 'East Asia')).toEqual(search(index, 'East Asia'));
	});

	it('limits the number of hits', () => {
		expect(search(index, 'japan', { limit: 2 })).toHaveLength(2);
	});
});

describe('Japanese search', () => {
	const { map: ja } = compileText(`===
language: ja
===

[日本第一]: 日本は近くの脅威に資源を集中すべきだ。 #position

[グローバル日本]: 幅広い国際関与は日本の国益に不可欠だ。 #position
  - [日本第一]
  + [ウクライナ]: 今日のウクライナは明日の東アジアかもしれない。
`);
	const index = buildSearchIndex(ja);

	it('segments Japanese text into words', () => {
		expect(search(index, 'ウクライナ')[0]?.id).toBe('ウクライナ');
		expect(search(index, '脅威')[0]?.id).toBe('日本第一');
	});

	it('re-segments a query word that the segmenter splits differently in context', () => {
		expect(search(index, '東アジア')[0]?.id).toBe('ウクライナ');
	});

	it('loads a serialised Japanese index', () => {
		const loaded = loadSearchIndex(JSON.parse(JSON.stringify(serializeSearchIndex(index))));
		expect(search(loaded, '国益')[0]?.id).toBe('グローバル日本');
	});
});
