/**
 * The outline as plain HTML, for readers without JavaScript: nested lists of
 * links to each node's permalink. It is written into the map page on the
 * server, so the page does not carry the map twice (once as markup, once as
 * data). Every text is escaped here: map text is never markup.
 */
import { escapeMarkup } from '$lib/core/text/markup';
import type { OutlineItem } from '$lib/core/view/outline';

function items(list: OutlineItem[], out: string[]) {
	out.push('<ul>');
	for (const item of list) {
		out.push('<li>');
		if (item.relation) out.push(`<span class="rel">${item.relation}</span> `);
		out.push(
			`<span class="kind">${item.kind}</span> `,
			// Relative to the map page itself, so it works under any path the site is served from.
			`<a href="?node=${encodeURIComponent(item.id)}">${escapeMarkup(item.title)}</a> `,
			`<span class="text">${escapeMarkup(item.text)}</span>`
		);
		if (item.also.length)
			out.push(
				` <span class="also">also ${item.also.map((a) => `${a.kind} ${escapeMarkup(a.id)}`).join(', ')}</span>`
			);
		if (item.children.length) items(item.children, out);
		out.push('</li>');
	}
	out.push('</ul>');
}

export function outlineHtml(list: OutlineItem[]): string {
	const out: string[] = ['<nav class="static-outline" aria-label="Outline of the argument map">'];
	items(list, out);
	out.push('</nav>');
	return out.join('');
}

/** Where the page leaves room for the outline; the server writes it there. */
export const OUTLINE_SLOT = '<!--ronten:outline-->';
