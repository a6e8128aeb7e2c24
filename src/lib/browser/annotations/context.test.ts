import { describe, expect, it } from 'vitest';
import { mapUrl } from './context';

describe("a map's published address", () => {
	it('is the map page itself, under any base path', () => {
		expect(
			mapUrl('car-free', '/ronten/maps/car-free/', 'https://h.test/ronten/maps/car-free/?node=x')
		).toBe('https://h.test/ronten/maps/car-free/');
	});

	it("is the map's own page for a file opened in the browser", () => {
		expect(mapUrl('my map', '/base/open/', 'https://h.test/base/open/')).toBe(
			'https://h.test/base/maps/my%20map/'
		);
	});
});
