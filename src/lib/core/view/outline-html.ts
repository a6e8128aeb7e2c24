/**
 * The outline as plain HTML, for readers without JavaScript: nested lists of
 * links to each node's permalink. The server writes it into the map's page (or,
 * for a large map, its outline page), so the page does not carry the map twice
 * (once as markup, once as data). Every text is escaped here: map text is never
 * markup.
 *
 * Lists nest for the first levels only (see tree-view.ts): the HTML parser
 * stops nesting at 512 elements, so deeper items are listed flat, each with its level.
 */
import { treeRows } from '../graph/tree-rows';
import { escapeMarkup } from '../text/markup';
import type { OutlineItem } from './outline';
import { FLAT_LEVELS_NOTE, NESTED_LEVELS } from './tree-view';

function itemHtml(
	item: OutlineItem,
	level: number | null,
	mapPage: string,
	titles: ReadonlyMap<string, string>,
	out: string[]
) {
	const link = (id: string, title: string) =>
		// Relative, so it works under any path the site is served from.
		`<a href="${mapPage}?node=${encodeURIComponent(id)}">${escapeMarkup(title)}</a>`;
	if (level !== null) out.push(`<span class="level">level ${level}</span> `);
	if (item.relation) out.push(`<span class="rel">${item.relation}</span> `);
	out.push(
		`<span class="kind">${item.kind}</span> `,
		`${link(item.id, item.title)} `,
		`<span class="text">${escapeMarkup(item.text)}</span>`
	);
	// The other nodes it bears on, by title: an id is no name a reader knows.
	if (item.also.length)
		out.push(
			` <span class="also">also ${item.also.map((a) => `${a.kind} ${link(a.id, titles.get(a.id) ?? a.id)}`).join(', ')}</span>`
		);
}

/**
 * `mapPage`: the map's page relative to the page the outline is in ('' on the map's own page,
 * '../' on its outline page), so that each link opens the viewer on its node.
 */
export function outlineHtml(list: OutlineItem[], mapPage = ''): string {
	const out: string[] = ['<nav class="static-outline" aria-label="Outline of the argument map">'];
	const rows = treeRows(list);
	const titles = new Map(rows.map(({ item }) => [item.id, item.title]));
	if (rows.some((r) => r.depth >= NESTED_LEVELS))
		out.push(`<p class="note">${FLAT_LEVELS_NOTE}</p>`);
	out.push('<ul>');
	// Rows in reading order; `open` is how deep the last opened <li> sits in the markup (-1: none).
	let open = -1;
	for (const { item, depth } of rows) {
		const nesting = Math.min(depth, NESTED_LEVELS);
		if (nesting > open) {
			if (open >= 0) out.push('<ul>');
		} else {
			out.push('</li>');
			for (; open > nesting; open--) out.push('</ul></li>');
		}
		out.push('<li>');
		itemHtml(item, depth >= NESTED_LEVELS ? depth + 1 : null, mapPage, titles, out);
		open = nesting;
	}
	if (open >= 0) out.push('</li>');
	for (; open > 0; open--) out.push('</ul></li>');
	out.push('</ul></nav>');
	return out.join('');
}

/** Where the page leaves room for the outline; the server writes it there. */
export const OUTLINE_SLOT = '<!--ronten:outline-->';
