/**
 * The site as search engines read it: `sitemap.xml` (sitemaps.org protocol)
 * listing the pages, and `robots.txt` pointing at it.
 */
import { escapeMarkup } from '../text/markup';

/** The sitemaps.org protocol allows 50,000 addresses in one file. */
export const SITEMAP_LIMIT = 50_000;

/** A `<urlset>` of the given page addresses (at most SITEMAP_LIMIT; the rest are dropped). */
export function sitemapXml(urls: readonly string[]): string {
	const entries = urls
		.slice(0, SITEMAP_LIMIT)
		.map((u) => `<url><loc>${escapeMarkup(u)}</loc></url>`);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...entries,
		'</urlset>',
		''
	].join('\n');
}

/**
 * Every crawler may read every page but the embeds (the same maps, framed for other sites).
 * The Sitemap line needs an absolute address, so it is left out when the site's is unknown.
 */
export function robotsTxt(root: string): string {
	const lines = ['User-agent: *', 'Allow: /', `Disallow: ${pathOf(root)}embed/`];
	if (/^https?:\/\//.test(root)) lines.push('', `Sitemap: ${root}sitemap.xml`);
	return `${lines.join('\n')}\n`;
}

const pathOf = (root: string) => (/^https?:\/\//.test(root) ? new URL(root).pathname : root);
