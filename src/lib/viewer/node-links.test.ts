import { describe, expect, it } from 'vitest';
import { nodeHref } from './node-links';

describe('nodeHref', () => {
	it('points at the map page itself, with its trailing slash, so no redirect is needed', () => {
		expect(nodeHref('/maps/japan-nato', 'it-cuts-both-ways')).toBe(
			'/maps/japan-nato/?node=it-cuts-both-ways'
		);
		expect(nodeHref('/sub/maps/m/', 'a b/c')).toBe('/sub/maps/m/?node=a%20b%2Fc');
	});

	it('is a query on the page itself when the viewer has no map path (the one-file viewer)', () => {
		expect(nodeHref('', 'a b')).toBe('?node=a%20b');
	});
});
