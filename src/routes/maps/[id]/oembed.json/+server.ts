import { json } from '@sveltejs/kit';
import { mapIds, requireMap } from '$lib/server/site';
import { siteRoot } from '$lib/server/publish';
import { oembedJson } from '$lib/core/view/embed';
import { CARD_SIZE, mapCardPath } from '$lib/core/view/node-page';
import { siteUrl } from '$lib/core/view/page-head';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => mapIds().map((id) => ({ id }));

/** Each map's oEmbed description, found through the <link> on its page. */
export const GET = ({ params }) => {
	const map = requireMap(params.id);
	const root = siteRoot();
	return json(oembedJson(root, map, { url: siteUrl(root, mapCardPath(map.id)), ...CARD_SIZE }));
};
