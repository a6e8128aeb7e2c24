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
