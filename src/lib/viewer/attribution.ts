/**
 * Who wrote a map's source and where it lives, as the viewer shows it: in the
 * Source panel's header and under an image of the view. A map may come from a
 * stranger (a file opened in the browser), so its URL becomes a link only when
 * it is a web address.
 */
import type { SourceDocument } from '$lib/core/model';

/** The URL when it is an http or https address, else undefined (`javascript:`, `data:`, …). */
export function webUrl(url: string | undefined): string | undefined {
	if (!url) return undefined;
	const trimmed = url.trim();
	// Only a scheme we name becomes a link; whitespace or control characters inside an address
	// are how a `java\tscript:` slips past a naive check, so they disqualify it too.
	if (!/^https?:\/\/\S+$/i.test(trimmed) || [...trimmed].some((c) => c.charCodeAt(0) < 0x20))
		return undefined;
	try {
		const parsed = new URL(trimmed);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}

export interface Attribution {
	title: string;
	/** Author, publisher and date, those the front matter gives, joined with " · ". */
	byline: string;
	/** A web address safe to link. */
	url?: string;
	/** The URL as written, when it is not one to link (shown as text, never as a link). */
	unlinked?: string;
}

/** A source's attribution line, from its front matter. */
export function attribution(
	source: Pick<SourceDocument, 'title' | 'author' | 'publisher' | 'date' | 'url'>
): Attribution {
	const url = webUrl(source.url);
	return {
		title: source.title,
		byline: [source.author, source.publisher, source.date].filter(Boolean).join(' · '),
		...(url ? { url } : source.url ? { unlinked: source.url } : {})
	};
}

/** The attribution as one line of text, for an image: title, byline, address. */
export function attributionLine(source: Parameters<typeof attribution>[0]): string {
	const a = attribution(source);
	return [a.title, a.byline, a.url ?? a.unlinked].filter(Boolean).join(' — ');
}
