import { describe, expect, it } from 'vitest';
import { sampleMap } from '$test/sample-map';
import { nodePagePath, nodePages } from './node-page';
import { cardTags, siteUrl, summary } from './page-head';

const map = sampleMap().map;
const idOf = (title: string) => map.nodes.find((n) => n.title === title)!.id;

describe('node pages', () => {
	const page = nodePages(map, 'https://example.org/site/', { card: () => 'maps/test/card.png' });

	it('lists what supports and contests a node, and what it bears on', () => {
		const fox = page(idOf('Fox'))!;
		expect(fox.supportedBy.map((r) => r.title)).toEqual(expect.arrayContaining(['Jump', 'Agile']));
		expect(fox.contestedBy.map((r) => [r.title, r.relation])).toEqual(
			expect.arrayContaining([
				['Slow', 'attacks'],
				['Dogs', 'contradicts']
			])
		);
		expect(fox.supportedBy.every((r) => r.relation === 'supports')).toBe(true);
		const jump = page(idOf('Jump'))!;
		expect(jump.bearsOn).toEqual([
			{ id: idOf('Fox'), kind: 'position', title: 'Fox', relation: 'supports', page: true }
		]);
	});

	it('carries the quote with its source, linking only web addresses', () => {
		const jump = page(idOf('Jump'))!;
		expect(jump.quote).toEqual({
			exact: 'jumps over',
			source: { id: 'text', title: 'A sentence', url: 'https://example.org/fox' }
		});
		// The compiler refuses such an address; a page never links one all the same.
		const hostile = {
			...map,
			sources: map.sources.map((s) => ({ ...s, url: 'javascript:alert(1)' }))
		};
		expect(nodePages(hostile, '/')(idOf('Jump'))!.quote?.source).toEqual({
			id: 'text',
			title: 'A sentence'
		});
	});

	it('gives each page its head: title, description, canonical address and card', () => {
		const { head } = page(idOf('Jump'))!;
		expect(head.title).toBe('Jump — Foxes & dogs · Ronten');
		expect(head.description).toBe('Evidence: Foxes jump. “jumps over” (A sentence)');
		expect(head.canonical).toBe(`https://example.org/site/maps/test/nodes/${idOf('Jump')}/`);
		expect(head.image?.url).toBe('https://example.org/site/maps/test/card.png');
		const tags = Object.fromEntries(cardTags(head).map((t) => [t.key, t.content]));
		expect(tags['og:image']).toBe(head.image?.url);
		expect(tags['twitter:card']).toBe('summary_large_image');
		expect(tags['twitter:description']).toBe(head.description);
	});

	it('has no page for a node the map lacks or does not publish, and says which links have one', () => {
		expect(page('no-such-node')).toBeNull();
		const positionsOnly = nodePages(map, '/', { published: (id) => id === idOf('Fox') });
		expect(positionsOnly(idOf('Jump'))).toBeNull();
		const fox = positionsOnly(idOf('Fox'))!;
		expect(fox.supportedBy.find((r) => r.title === 'Jump')?.page).toBe(false);
	});
});

describe('page addresses and summaries', () => {
	it('joins the site root and a path, and encodes ids that are not URL-safe', () => {
		expect(siteUrl('/', nodePagePath('m', 'a b'))).toBe('/maps/m/nodes/a%20b/');
		expect(siteUrl('https://x.org/sub', 'maps/m/')).toBe('https://x.org/sub/maps/m/');
	});

	it('cuts long text at a word with an ellipsis', () => {
		const cut = summary('word '.repeat(100), 50);
		expect(cut.length).toBeLessThanOrEqual(50);
		expect(cut).toMatch(/word…$/);
		expect(summary('  short\n text ')).toBe('short text');
	});
});
