/**
 * What a published page says about itself in its <head>: title, description,
 * canonical address, and the card image with the Twitter card tags.
 * Values are plain text here; the component that writes them escapes them as
 * attributes (Svelte does), so map text never becomes markup.
 */

export interface PageHead {
	title: string;
	description: string;
	/** The page's own address, absolute when the site's address is known. */
	canonical: string;
	/** `website` for the index and maps, `article` for a single node. */
	type: 'website' | 'article';
	image?: { url: string; alt: string; width: number; height: number };
}

/** One `<meta>` tag: `name` (Twitter) or `property` (Open Graph). */
export interface MetaTag {
	attribute: 'name' | 'property';
	key: string;
	content: string;
}

/**
 * The tags a shared link's card is drawn from: the image (Open Graph) and the Twitter card.
 * Title, description, og:url and the rest are the site's page meta (viewer/page-meta.ts).
 */
export function cardTags(head: PageHead): MetaTag[] {
	const tags: MetaTag[] = [];
	if (head.image)
		tags.push(
			{ attribute: 'property', key: 'og:image', content: head.image.url },
			{ attribute: 'property', key: 'og:image:width', content: String(head.image.width) },
			{ attribute: 'property', key: 'og:image:height', content: String(head.image.height) },
			{ attribute: 'property', key: 'og:image:alt', content: head.image.alt }
		);
	tags.push(
		{
			attribute: 'name',
			key: 'twitter:card',
			content: head.image ? 'summary_large_image' : 'summary'
		},
		{ attribute: 'name', key: 'twitter:title', content: head.title },
		{ attribute: 'name', key: 'twitter:description', content: head.description }
	);
	if (head.image) tags.push({ attribute: 'name', key: 'twitter:image', content: head.image.url });
	return tags;
}

/**
 * A text cut to at most `max` characters at a word boundary, with an ellipsis:
 * search results and social cards show about 160–200 characters.
 */
export function summary(text: string, max = 200): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The address of a page of the site. `root` is the site's address with its base path and a
 * trailing slash (`https://example.org/maps-site/`), or only the base path (`/`) when the
 * build was not told where the site lives; `path` is relative to it (`maps/x/`).
 */
export function siteUrl(root: string, path: string): string {
	const base = root.endsWith('/') ? root : `${root}/`;
	return `${base}${path.replace(/^\/+/, '')}`;
}

/** A path segment of a page address, for ids that are URL-safe already and any that are not. */
export const segment = (id: string) => encodeURIComponent(id);

/** A source's address if it is a web address: a map's `javascript:` URL is never linked. */
export const webAddress = (url: string | undefined) =>
	url && /^https?:\/\//i.test(url) ? url : undefined;
