/**
 * Linked data for search engines: the map as a schema.org CreativeWork that
 * cites its sources, written as an `application/ld+json` script block.
 */
import type { ArgumentMap, SourceDocument } from '../model';
import { summary, webAddress } from './page-head';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function citation(source: SourceDocument): Json {
	const work: Record<string, Json> = { '@type': 'CreativeWork', name: source.title };
	if (source.author) work.author = source.author;
	if (source.publisher) work.publisher = source.publisher;
	if (source.date) work.datePublished = source.date;
	const url = webAddress(source.url);
	if (url) work.url = url;
	return work;
}

/** The map as a CreativeWork: its name, the question it answers, where it lives, what it cites. */
export function mapJsonLd(
	map: Pick<ArgumentMap, 'title' | 'question' | 'language' | 'sources' | 'nodes'>,
	url: string,
	image?: string
): Json {
	const thing: Record<string, Json> = {
		'@context': 'https://schema.org',
		'@type': 'CreativeWork',
		name: map.title,
		inLanguage: map.language,
		url,
		description: summary(
			map.question ??
				`An argument map of ${map.nodes.length} claims, arguments and pieces of evidence.`
		),
		citation: map.sources.map(citation)
	};
	if (image) thing.image = image;
	return thing;
}

// Inside a <script> element the HTML parser looks only for `</script` and `<!--`; with
// every `<` (and `>`, `&`) written as a JSON escape neither can occur, and the
// JSON reads the same. U+2028 and U+2029 are escaped for older JavaScript parsers.
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/** JSON that stays inert inside an HTML <script> element, whatever its strings hold. */
export function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value).replace(
		SCRIPT_UNSAFE,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/** The whole `<script type="application/ld+json">` element, for a page's head. */
export const jsonLdScript = (value: Json) =>
	`<script type="application/ld+json">${scriptSafeJson(value)}</script>`;
