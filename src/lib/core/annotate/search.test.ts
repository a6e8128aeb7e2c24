import { describe, expect, it } from 'vitest';
import type { Annotation } from './model';
import { noteTerms, searchNotes } from './search';

const at = (m: number) => `2025-01-01T00:0${m}:00.000Z`;
const node = (id: string, note: string, tags: string[] = [], m = 0): Annotation => ({
	id,
	map: 'm',
	kind: 'node',
	node: `n-${id}`,
	created: at(m),
	modified: at(m),
	note,
	tags
});
const highlight = (id: string, exact: string, note = '', linked?: string): Annotation => ({
	id,
	map: 'm',
	kind: 'highlight',
	source: 'report',
	anchor: { exact, prefix: '', suffix: '', start: 0, end: exact.length },
	created: at(0),
	modified: at(0),
	note,
	tags: [],
	...(linked ? { linked } : {})
});

describe('searching the reader’s notes', () => {
	it('reads the words of a map query, without its syntax', () => {
		expect(noteTerms('+Traffic -bus pre* kind:claim word~1')).toEqual({
			want: ['traffic', 'pre', 'word'],
			not: ['bus']
		});
	});

	it('finds every word in a note, its tags or a highlight’s quote, case aside', () => {
		const list = [
			node('a', 'Doubtful: the traffic figures are old'),
			node('b', 'Nothing here', ['Traffic']),
			highlight('c', 'Traffic fell by a third', '', 'n-x'),
			node('d', 'unrelated')
		];
		const hits = searchNotes(list, 'TRAFFIC', 10);
		expect(hits.map((h) => h.id)).toEqual(['a', 'b', 'c']);
		expect(hits[2]).toEqual({
			id: 'c',
			kind: 'highlight',
			source: 'report',
			node: 'n-x',
			excerpt: 'Traffic fell by a third'
		});
		expect(searchNotes(list, 'traffic old', 10).map((h) => h.id)).toEqual(['a']);
		expect(searchNotes(list, 'traffic -old', 10).map((h) => h.id)).toEqual(['b', 'c']);
	});

	it('finds a tag typed as it is shown (#tag), and words whatever their accents', () => {
		const list = [
			node('a', 'Cafe\u0301 crowds; Z\u0335\u0321a\u0336lgo', ['hashtag']),
			node('b', 'ﬁnal word')
		];
		expect(searchNotes(list, '#hashtag', 10).map((h) => h.id)).toEqual(['a']);
		expect(searchNotes(list, 'café zalgo', 10).map((h) => h.id)).toEqual(['a']);
		expect(searchNotes(list, 'CAFE', 10).map((h) => h.id)).toEqual(['a']);
		expect(searchNotes(list, 'final', 10).map((h) => h.id)).toEqual(['b']);
	});

	it('ranks a word in the reader’s own note first, then keeps the list’s order (newest first)', () => {
		const list = [
			highlight('q', 'bus lanes'),
			node('t', 'x', ['bus']),
			node('n', 'the bus is late')
		];
		expect(searchNotes(list, 'bus', 10).map((h) => h.id)).toEqual(['n', 'q', 't']);
		expect(searchNotes(list, 'bus', 2)).toHaveLength(2);
	});

	it('cuts a long note around the word found, and finds nothing for an empty query', () => {
		const long = `${'a '.repeat(100)}needle ${'b '.repeat(100)}`;
		const [hit] = searchNotes([node('l', long)], 'needle');
		expect(hit!.excerpt).toContain('needle');
		expect(hit!.excerpt.startsWith('…') && hit!.excerpt.endsWith('…')).toBe(true);
		expect(hit!.excerpt.length).toBeLessThanOrEqual(92);
		expect(searchNotes([node('l', long)], '  ')).toEqual([]);
		expect(searchNotes([{ ...node('g', 'needle'), deleted: true }], 'needle')).toEqual([]);
	});
});
