import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from './url-state';

describe('url state', () => {
	it('round-trips through the query string', () => {
		const state = { node: 'japan-first', query: 'air power', view: 'trace' as const };
		const url = writeUrlState(new URL('https://x.test/maps/m/?old=1'), state);
		expect(url.search).toBe('?node=japan-first&q=air+power&view=trace');
		expect(readUrlState(url.searchParams)).toEqual(state);
	});

	it('falls back to defaults for missing or unknown values', () => {
		expect(readUrlState(new URLSearchParams('view=bogus'))).toEqual({
			node: null,
			query: '',
			view: 'details'
		});
		expect(
			writeUrlState(new URL('https://x.test/a/'), { node: null, query: '', view: 'details' }).search
		).toBe('');
	});
});

describe('url state of the graph view', () => {
	it('round-trips focus, collapsed branches, hidden kinds and the position filter', () => {
		const state = {
			node: 'a',
			query: '',
			view: 'details' as const,
			focus: 2,
			collapsed: ['b', 'c'],
			hide: ['evidence' as const, 'argument' as const],
			position: 'japan-first'
		};
		const url = writeUrlState(new URL('https://x.test/m/'), state);
		expect(url.search).toBe(
			'?node=a&focus=2&collapsed=b%2Cc&hide=evidence%2Cargument&position=japan-first'
		);
		expect(readUrlState(url.searchParams)).toEqual(state);
	});

	it('round-trips "only what I annotated", and leaves it out when off', () => {
		const state = { node: null, query: '', view: 'details' as const, mine: true };
		const url = writeUrlState(new URL('https://x.test/m/'), state);
		expect(url.search).toBe('?mine=1');
		expect(readUrlState(url.searchParams)).toEqual(state);
		expect(readUrlState(new URLSearchParams('mine=yes')).mine).toBeUndefined();
	});

	it('drops what it cannot read', () => {
		expect(readUrlState(new URLSearchParams('focus=-1&hide=bogus,claim&collapsed=,'))).toEqual({
			node: null,
			query: '',
			view: 'details',
			hide: ['claim']
		});
	});
});
