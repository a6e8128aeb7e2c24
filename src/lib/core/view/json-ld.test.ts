import { describe, expect, it } from 'vitest';
import { sampleMap } from '$test/sample-map';
import { jsonLdScript, mapJsonLd, scriptSafeJson } from './json-ld';
import { robotsTxt, sitemapXml } from './sitemap';

describe('JSON-LD', () => {
	it('describes a map as a CreativeWork citing its sources', () => {
		const ld = mapJsonLd(sampleMap().map, 'https://x.org/maps/test/') as Record<string, unknown>;
		expect(ld['@type']).toBe('CreativeWork');
		expect(ld.name).toBe('Foxes & dogs');
		expect(ld.citation).toEqual([
			{ '@type': 'CreativeWork', name: 'A sentence', url: 'https://example.org/fox' }
		]);
	});

	it('keeps a title that closes the script or opens a comment inert, and reads back the same', () => {
		const title = 'A </script><script>alert(1)</script> <!-- & \u2028 title';
		const script = jsonLdScript({ name: title });
		const body = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
		expect(body).not.toMatch(/<\/script|<!--|</i);
		expect(JSON.parse(body)).toEqual({ name: title });
		expect(scriptSafeJson('<>&')).toBe('"\\u003c\\u003e\\u0026"');
	});
});

describe('sitemap and robots.txt', () => {
	it('lists the addresses, escaped as XML', () => {
		const xml = sitemapXml(['https://x.org/', 'https://x.org/?a=1&b=2']);
		expect(xml).toContain('<loc>https://x.org/?a=1&amp;b=2</loc>');
		expect(xml.match(/<url>/g)).toHaveLength(2);
	});

	it('points to the sitemap only by an absolute address', () => {
		expect(robotsTxt('https://x.org/sub/')).toContain('Sitemap: https://x.org/sub/sitemap.xml');
		expect(robotsTxt('https://x.org/sub/')).toContain('Disallow: /sub/embed/');
		expect(robotsTxt('/')).not.toContain('Sitemap');
	});
});
