// XML 1.0 cannot hold most control characters at all, even escaped.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text made safe inside XML or HTML, in element content and in quoted attributes alike. */
export const escapeMarkup = (s: string) =>
	s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
