import { describe, expect, it } from 'vitest';
import { buildSearchIndex, serializeSearchIndex } from '$lib/core/search';
import { compileText } from '$test/compile-text';
import { searchEngine } from './search-client';

const { map } = compileText(`[Deterrence]: Cross-regional deterrence pays. #position
  + [Shells]: Artillery shells flow between the regions.
  - [Assets]: The regions compete for the same military assets.
`);
const serialized = () => Promise.resolve(serializeSearchIndex(buildSearchIndex(map)));

// Node has no Worker: this is the page-thread engine the viewer falls back to.
describe('search engine without workers', () => {
	it('answers queries from an index it builds on first use, with the query time', async () => {
		const engine = searchEngine(serialized);
		const { hits, ms } = await engine.query('artillery', { limit: 5 });
		expect(hits.map((h) => h.id)).toEqual(['shells']);
		expect(ms).toBeGreaterThanOrEqual(0);
		expect((await engine.query('milit', { prefix: true })).hits.map((h) => h.id)).toEqual([
			'assets'
		]);
	});

	it('fails every query when the index cannot be had', async () => {
		const engine = searchEngine(() => Promise.reject(new Error('offline')));
		await expect(engine.query('artillery', {})).rejects.toThrow('offline');
		await expect(engine.query('assets', {})).rejects.toThrow('offline');
	});
});
