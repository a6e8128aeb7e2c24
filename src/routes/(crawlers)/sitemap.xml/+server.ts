import { mapIds, outlinePageIds } from '$lib/server/site';
import { nodePageEntries, siteRoot } from '$lib/server/publish';
import { nodePagePath } from '$lib/core/view/node-page';
import { siteUrl, segment } from '$lib/core/view/page-head';
import { sitemapXml } from '$lib/core/view/sitemap';

export const prerender = true;
export const trailingSlash = 'never';

/** The index, every map, the outline pages of large maps, and every node page. */
export const GET = () => {
	const root = siteRoot();
	const urls = [
		siteUrl(root, ''),
		...mapIds().map((id) => siteUrl(root, `maps/${segment(id)}/`)),
		...outlinePageIds().map((id) => siteUrl(root, `maps/${segment(id)}/outline/`)),
		...nodePageEntries().map(({ id, node }) => siteUrl(root, nodePagePath(id, node)))
	];
	return new Response(sitemapXml(urls), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
};
