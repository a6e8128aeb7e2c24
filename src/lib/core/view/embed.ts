/**
 * Embedding a map in another site: the address of its embed view, the
 * `<iframe>` snippet an author pastes, and the oEmbed description that lets
 * publishing tools make that snippet from the map's address alone.
 */
import { escapeMarkup } from '../text/markup';
import { segment, siteUrl } from './page-head';

/** A frame that shows the graph beside its panels; narrower columns get them stacked. */
export const EMBED_SIZE = { width: 800, height: 500 } as const;

export interface EmbedOptions {
	node?: string | null;
	view?: string | null;
	query?: string | null;
	theme?: 'dark' | 'light' | null;
}

/** The embed view's path relative to the site root. */
export const embedPath = (mapId: string) => `embed/${segment(mapId)}/`;

/** The embed view's address with what it opens on in its query (node, view, q, theme). */
export function embedUrl(root: string, mapId: string, options: EmbedOptions = {}): string {
	const params = new URLSearchParams();
	if (options.node) params.set('node', options.node);
	if (options.view && options.view !== 'details') params.set('view', options.view);
	if (options.query) params.set('q', options.query);
	if (options.theme) params.set('theme', options.theme);
	const query = params.toString();
	return `${siteUrl(root, embedPath(mapId))}${query ? `?${query}` : ''}`;
}

/** The `<iframe>` to paste: every value escaped as an attribute, the title for screen readers. */
export function iframeHtml(src: string, title: string, width: number, height: number): string {
	const attr = (name: string, value: string | number) => `${name}="${escapeMarkup(String(value))}"`;
	return `<iframe ${[
		attr('src', src),
		attr('title', `Argument map: ${title}`),
		attr('width', width),
		attr('height', height),
		attr('style', 'border: 1px solid #d0d4da; max-width: 100%'),
		attr('loading', 'lazy')
	].join(' ')}></iframe>`;
}

/** An oEmbed (https://oembed.com) response of type rich for a map. */
export function oembedJson(
	root: string,
	map: { id: string; title: string },
	thumbnail?: { url: string; width: number; height: number }
) {
	const { width, height } = EMBED_SIZE;
	return {
		version: '1.0',
		type: 'rich',
		title: map.title,
		provider_name: 'Ronten',
		provider_url: siteUrl(root, ''),
		html: iframeHtml(embedUrl(root, map.id), map.title, width, height),
		width,
		height,
		...(thumbnail
			? {
					thumbnail_url: thumbnail.url,
					thumbnail_width: thumbnail.width,
					thumbnail_height: thumbnail.height
				}
			: {})
	};
}

/** Where a map's oEmbed description is, relative to the site root. */
export const oembedPath = (mapId: string) => `maps/${segment(mapId)}/oembed.json`;
