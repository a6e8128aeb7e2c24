import { afterEach, describe, expect, it, vi } from 'vitest';
import { mapPublishing, nodePage, nodePageEntries, siteRoot } from './publish';
import { requireMap } from './site';

describe('publishing the site', () => {
	afterEach(() => vi.unstubAllEnvs());
	const site = () => vi.stubEnv('RONTEN_SITE_MAPS', 'tests/fixtures/site');

	it('writes absolute addresses when told where the site lives', () => {
		site();
		vi.stubEnv('RONTEN_SITE_URL', 'https://maps.example.org/sub');
		expect(siteRoot()).toBe('https://maps.example.org/sub/');
		const page = nodePage('hostile', 'markup')!;
		expect(page.head.canonical).toBe('https://maps.example.org/sub/maps/hostile/nodes/markup/');
		expect(page.head.image?.url).toBe(
			'https://maps.example.org/sub/maps/hostile/nodes/markup/card.png'
		);
		const published = mapPublishing(requireMap('hostile'));
		expect(published.oembed).toBe('https://maps.example.org/sub/maps/hostile/oembed.json');
		expect(published.jsonLd).not.toMatch(/<(?!script type="application\/ld\+json">|\/script>$)/);
	});

	it('gives every node of a small map a page, and only the positions of a map over the limit', () => {
		site();
		const all = nodePageEntries().filter((e) => e.id === 'large');
		expect(all.length).toBe(requireMap('large').nodes.length);
		vi.stubEnv('RONTEN_NODE_PAGES', '1000');
		const large = requireMap('large');
		const positions = large.nodes.filter((n) => n.kind === 'position').map((n) => n.id);
		expect(
			nodePageEntries()
				.filter((e) => e.id === 'large')
				.map((e) => e.node)
		).toEqual(positions);
		const page = nodePage('large', positions[0]!)!;
		expect(page.supportedBy.length + page.contestedBy.length).toBeGreaterThan(0);
		for (const ref of [...page.supportedBy, ...page.contestedBy, ...page.bearsOn])
			expect(ref.page, ref.id).toBe(ref.kind === 'position');
		expect(nodePage('large', large.nodes.find((n) => n.kind === 'claim')!.id)).toBeNull();
	});
});
