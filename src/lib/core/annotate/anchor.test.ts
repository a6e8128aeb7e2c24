import { describe, expect, it } from 'vitest';
import { anchorAll, anchorPassage } from './anchor';
import { passageAt, evidenceArgdown } from './passage';
import type { Annotation } from './model';

const TEXT =
	'Fewer cars mean cleaner air for the people who live there. Cleaner air is good. ' +
	'Shops in car-free streets sell more, as studies of several towns have shown.';

const anchorOf = (exact: string, text = TEXT) => {
	const start = text.indexOf(exact);
	return passageAt(text, start, start + exact.length)!;
};

describe('re-anchoring a highlight', () => {
	it('finds it where it was', () => {
		const a = anchorOf('cleaner air for the people');
		expect(anchorPassage(TEXT, a)).toEqual({ status: 'exact', start: a.start, end: a.end });
	});

	it('finds a moved quote, choosing the occurrence with the right context', () => {
		const a = anchorOf('sell more');
		const moved = 'A new first sentence. ' + TEXT;
		const found = anchorPassage(moved, a);
		expect(found.status).toBe('moved');
		expect(moved.slice(found.start, found.end)).toBe('sell more');

		// "Cleaner air" twice in the new text: the context picks the second one.
		const b = anchorOf('air is good');
		const twice = TEXT.replace('Shops', 'Air is good, air is good. Shops');
		const got = anchorPassage(twice, { ...b, start: 0, end: 0 });
		expect(twice.slice(got.start - 8, got.start)).toBe('Cleaner ');
	});

	it('finds a quote whose words changed a little, by fuzzy matching', () => {
		const a = anchorOf('as studies of several towns have shown');
		const edited = TEXT.replace('several towns have shown', 'several cities have shown');
		const found = anchorPassage(edited, a);
		expect(found.status).toBe('fuzzy');
		expect(edited.slice(found.start, found.end)).toMatch(/studies of several cities have shown/);
	});

	it('keeps a quote that is gone as orphaned', () => {
		const a = anchorOf('Shops in car-free streets');
		expect(anchorPassage('A text about something else entirely.', a).status).toBe('orphaned');
	});

	it('lists notes on a removed node and highlights of a removed source as orphaned', () => {
		const base = { map: 'm', created: '', modified: '', note: '', tags: [] };
		const list: Annotation[] = [
			{ ...base, kind: 'node', id: '1', node: 'gone' },
			{ ...base, kind: 'node', id: '2', node: 'here' },
			{ ...base, kind: 'highlight', id: '3', source: 'lost', anchor: anchorOf('sell more') }
		];
		const result = anchorAll(list, {
			nodes: new Set(['here']),
			sources: new Map([['speech', TEXT]])
		});
		expect([...result.values()].map((r) => r.status)).toEqual(['orphaned', 'exact', 'orphaned']);
	});
});

describe('a selected passage', () => {
	it('keeps its context and refuses an empty selection', () => {
		expect(passageAt(TEXT, 16, 27)).toMatchObject({
			exact: 'cleaner air',
			prefix: 'Fewer cars mean ',
			start: 16
		});
		expect(passageAt(TEXT, 5, 6)).toBeNull();
	});

	it('is proposed as an evidence line the map can take', () => {
		const line = evidenceArgdown(
			{ exact: 'sell   more {x}', source: 'speech', note: '' },
			{ title: 'Shops gain', kind: 'claim' }
		);
		expect(line).toBe(
			'[Shops gain]\n    + [sell more x]: sell more x {source: "speech", quote: "sell more \\u007Bx\\u007D"}'
		);
	});
});
