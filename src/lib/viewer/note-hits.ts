/**
 * The reader's notes as options of the map's search box: each says what it is
 * on, quotes a little of the note, and knows where choosing it goes.
 */
import { searchNotes } from '$lib/core/annotate/search';
import type { Annotation } from '$lib/core/annotate/model';
import type { ViewerMap } from '$lib/core/view/viewer-map';

/** One note found, as the search box lists it. */
export interface NoteOption {
	id: string;
	/** What it is on: a node's title, or the source a highlight is in. */
	title: string;
	excerpt: string;
	/** Where choosing it goes: the node, or the highlight in the Source panel. */
	go: { node: string } | { highlight: string };
}

/** Notes are few: at most this many are listed, above the map's own hits. */
export const NOTE_HITS = 5;

export function noteOptions(
	list: readonly Annotation[],
	query: string,
	map: Pick<ViewerMap, 'nodes' | 'sources'>
): NoteOption[] {
	if (!query.trim()) return [];
	const title = (id: string) => map.nodes.find((n) => n.id === id)?.title;
	return searchNotes(list, query, NOTE_HITS).flatMap((hit): NoteOption[] => {
		if (hit.kind === 'node') {
			const node = hit.node!;
			// A note on a node the map no longer has cannot be shown there: the Notes panel lists it.
			const t = title(node);
			return t ? [{ id: hit.id, title: t, excerpt: hit.excerpt, go: { node } }] : [];
		}
		const source = map.sources.find((s) => s.id === hit.source)?.title ?? hit.source!;
		return [
			{
				id: hit.id,
				title: `Highlight in ${source}`,
				excerpt: hit.excerpt,
				go: { highlight: hit.id }
			}
		];
	});
}
