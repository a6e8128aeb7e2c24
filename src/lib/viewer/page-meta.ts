/**
 * What a page of the site says about itself in its <head>: the title a tab
 * shows, and the description and Open Graph tags search engines and link
 * previews read. Plain text here; PageMeta.svelte writes it, and Svelte escapes
 * every value as an attribute or as the title's text, so map text stays text.
 * Pages of their own (the index, a map, a node) build one of these and pass it
 * to PageMeta.
 */
import type { ViewerMap } from '$lib/core/view/viewer-map';

export const SITE_NAME = 'Ronten';

export interface PageMeta {
	/** The title as the tab shows it, site name included. */
	title: string;
	description: string;
	/** `website` for the index and the maps; `article` for a page about one node. */
	type: 'website' | 'article';
	/**
	 * The page's absolute address. Open Graph wants it absolute, so it is written only when
	 * it is an http(s) URL: a build that does not know the site's origin leaves og:url out.
	 */
	url?: string;
}

export interface MetaTag {
	/** `name` for the plain description, `property` for Open Graph. */
	attribute: 'name' | 'property';
	key: string;
	content: string;
}

/** The site name once, however the title came: "Map · Ronten". */
const withSite = (title: string) => `${title} · ${SITE_NAME}`;

/** The tags of a page's head, in a stable order. */
export function metaTags(meta: PageMeta): MetaTag[] {
	const tags: MetaTag[] = [
		{ attribute: 'name', key: 'description', content: meta.description },
		{ attribute: 'property', key: 'og:title', content: meta.title },
		{ attribute: 'property', key: 'og:description', content: meta.description },
		{ attribute: 'property', key: 'og:type', content: meta.type },
		{ attribute: 'property', key: 'og:site_name', content: SITE_NAME }
	];
	if (meta.url && /^https?:\/\/[^/\s]+/i.test(meta.url))
		tags.push({ attribute: 'property', key: 'og:url', content: meta.url });
	return tags;
}

/** About as long as search results and link previews show a description. */
export const DESCRIPTION_LENGTH = 200;

/** A text cut at a word boundary to at most `max` characters, as previews show descriptions. */
export function shorten(text: string, max = DESCRIPTION_LENGTH): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.lastIndexOf(' ', max - 1);
	return `${flat.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The title of a map's page: the selected node first when there is one, so a tab, a
 * bookmark and the browser's history name what the reader was looking at.
 */
export function viewTitle(mapTitle: string, nodeTitle?: string | null): string {
	return withSite(nodeTitle ? `${nodeTitle} — ${mapTitle}` : mapTitle);
}

/** The head of a map's page (with nothing selected): its question, then its sources if they fit. */
export function mapMeta(
	map: Pick<ViewerMap, 'title' | 'question' | 'sources' | 'nodes'>
): PageMeta {
	const about =
		map.question ??
		`An argument map of ${map.nodes.length} claims, arguments and pieces of evidence.`;
	const sources = map.sources.map((s) => (s.author ? `${s.title} by ${s.author}` : s.title));
	const from = sources.length ? ` From ${sources.join('; ')}.` : '';
	// A preview cut in the middle of a source's title reads worse than one without it.
	const description = about.length + from.length <= DESCRIPTION_LENGTH ? about + from : about;
	return { title: viewTitle(map.title), description: shorten(description), type: 'website' };
}

/**
 * The heads of the site's pages that carry no data of their own, by route id: the layout
 * writes their description and Open Graph tags; each page writes its own <title>.
 */
export const STATIC_PAGES: Readonly<Record<string, PageMeta>> = {
	'/': {
		title: `${SITE_NAME} — argument maps`,
		description:
			'Argument maps: claims, evidence and rebuttals, traced down to the sentence of the source.',
		type: 'website'
	},
	'/open': {
		title: `Open a file — ${SITE_NAME}`,
		description:
			'View an Argdown, AIF, Kialo or Ronten JSON file of your own as an argument map, read in this browser: nothing is uploaded.',
		type: 'website'
	}
};
