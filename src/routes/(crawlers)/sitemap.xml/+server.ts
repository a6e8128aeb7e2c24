import { mapIds } from '$lib/server/site';
import { nodePageEntries, siteRoot } from '$lib/server/publish';
import { nodePagePath } from '$lib/core/view/node-page';
import { siteUrl, segment } from '$lib/core/view/page-head';
import { sitemapXml } from '$lib/core/view/sitemap';

export const prerender = true;
export const trailingSlash = 'never';

/** The index, every map with its outline page, and every node page. */
export const GET = () => {
	const root = siteRoot();
	const urls = [
		siteUrl(root, ''),
		...mapIds().flatMap((id) => [
			siteUrl(root, `maps/${segment(id)}/`),
			siteUrl(root, `maps/${segment(id)}/outline/`)
		]),
		...nodePageEntries().map(({ id, node }) => siteUrl(root, nodePagePath(id, node)))
	];
	return new Response(sitemapXml(urls), {
		headers: { 'content-type': 'application/xml; charset=utf-8' }
	});
};
