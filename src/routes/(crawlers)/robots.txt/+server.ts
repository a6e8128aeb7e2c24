import { siteRoot } from '$lib/server/publish';
import { robotsTxt } from '$lib/core/view/sitemap';

export const prerender = true;
export const trailingSlash = 'never';

export const GET = () =>
	new Response(robotsTxt(siteRoot()), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
