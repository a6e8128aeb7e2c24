/**
 * Writing text so that Argdown reads back exactly that text. Argdown gives
 * meaning to many characters inside a statement (links, tags, mentions,
 * emphasis, data, comments, shortcodes); a backslash makes any of them plain.
 */

// Always special: references, arguments, data, tags, mentions, emphasis, the escape itself.
const ALWAYS = /[\\[\]<>{}#*_@]/;
// `.name.` and `:name:` are shortcodes for symbols (`.->.` is →); escaping the first dot keeps them text.
const SHORTCODE = /\.[^\s]+?\.|:[^\s]+?:/y;

/** One line of statement text, with every character Argdown would read as markup escaped. */
export function escapeText(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	let out = '';
	for (let i = 0; i < flat.length; i++) {
		const c = flat[i] as string;
		const next = flat[i + 1];
		if (ALWAYS.test(c)) out += '\\' + c;
		else if (c === '/' && (next === '/' || next === '*')) out += '\\/';
		// Three or more equals signs would open front matter.
		else if (c === '=' && (next === '=' || flat[i - 1] === '=')) out += '\\=';
		else if ((c === '.' || c === ':') && startsShortcode(flat, i)) out += '\\' + c;
		else out += c;
	}
	return out;
}

function startsShortcode(text: string, at: number): boolean {
	SHORTCODE.lastIndex = at;
	return SHORTCODE.test(text);
}

/** Where a title is written: between `[` `]` (a statement) or `<` `>` (an argument). */
export type TitleKind = 'statement' | 'argument';

// At the start of a line `<_`, `<+`, `<-` open relations and `<!-` a comment, so an
// argument title starts with none of `_ + - =`. Inside `[` `]` only a leading `-` misleads
// (a premise `(1) [-x]` loses its title); `__proto__` and `_x` stay as they are.
const LEADING: Record<TitleKind, RegExp> = {
	statement: /^[-\s]+/,
	argument: /^[-+_=\s]+/
};

/**
 * A title Argdown can hold between `[` `]` or `<` `>`: no brackets, no line
 * breaks, no leading characters that Argdown reads as markup there. Other
 * characters stay, so most titles are kept as they are. Without a kind, the
 * title is made safe for both.
 */
export function safeTitle(title: string, kind: TitleKind = 'argument'): string {
	const cleaned = title
		.replace(/[[\]<>{}\\]/g, ' ')
		// Comment openers would swallow the rest of the line.
		.replace(/\/(?=[/*])/g, '/ ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(LEADING[kind], '')
		.replace(/^!-/, '! -')
		.replace(/[\s:]+$/, '');
	return cleaned || 'Untitled';
}

/** A tag as Argdown writes it: `#word`, or `#(several words)` when it holds other characters. */
export function tagText(tag: string): string | null {
	const clean = tag.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
	if (!clean) return null;
	return /^[a-zA-Z0-9\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF-]+$/.test(clean)
		? `#${clean}`
		: `#(${clean})`;
}

/**
 * A YAML double-quoted string that can sit inside an Argdown `{…}` data block:
 * JSON's escaping, plus braces and line separators, which would end the block early.
 */
export function yamlString(value: string): string {
	return JSON.stringify(value).replace(
		/[{}\u2028\u2029]/g,
		(c) => '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
	);
}
