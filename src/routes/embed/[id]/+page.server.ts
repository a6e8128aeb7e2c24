import { compileForSite, mapIds, refuse, travelsApart } from '$lib/server/site';
import { siteRoot } from '$lib/server/publish';
import { toViewerMap } from '$lib/core/view/viewer-map';
import { siteUrl, segment } from '$lib/core/view/page-head';

export const entries = () => mapIds().map((id) => ({ id }));

export const load = ({ params }) => {
	const result = compileForSite(params.id);
	if (!result.ok) refuse(params.id, result.diagnostics);
	const { map } = result;
	return {
		id: map.id,
		title: map.title,
		// The embed is the map page in another frame: search engines are sent to the map page.
		canonical: siteUrl(siteRoot(), `maps/${segment(map.id)}/`),
		// As on the map page: a small map travels inside the page, a large one is fetched.
		map: travelsApart(map) ? null : toViewerMap(map)
	};
};
