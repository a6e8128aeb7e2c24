/**
 * The reader's notes, searched where they are: a reader has few, so they are
 * matched word by word in memory instead of being put in the map's index
 * (which is built with the site and knows nothing of them).
 */
import type { Annotation } from './model';

export interface NoteHit {
	id: string;
	kind: Annotation['kind'];
	/** The node a note is on, or the node a highlight bears on. */
	node?: string;
	/** The source a highlight is in. */
	source?: string;
	/** A short passage of the note (else the quote) around the first word found. */
	excerpt: string;
}

const EXCERPT = 90;

/**
 * Text as it is compared: lower-cased, compatibility forms unfolded and accents and other
 * combining marks dropped, so that "é" typed finds "e" + a combining accent, "ﬁ" finds "fi",
 * and a word decorated with marks is found by its letters.
 */
export function foldText(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The query's words, lower-cased, without the map search's syntax (`+must`, `-not`, `pre*`,
 * `field:word`), which means nothing for a note.
 */
export function noteTerms(query: string): { want: string[]; not: string[] } {
	const want: string[] = [];
	const not: string[] = [];
	for (const raw of foldText(query).split(/\s+/)) {
		// A tag is shown as #tag and may be typed so.
		const word = raw
			.replace(/^[+-]/, '')
			.replace(/^#+/, '')
			.replace(/[*~^]\d*$|\*/g, '');
		if (!word || word.includes(':')) continue;
		(raw.startsWith('-') ? not : want).push(word);
	}
	return { want, not };
}

/** Annotations whose note, tags or quote hold every word of the query, best first, then newest. */
export function searchNotes(list: readonly Annotation[], query: string, limit = 5): NoteHit[] {
	const { want, not } = noteTerms(query);
	if (!want.length) return [];
	const scored: { hit: NoteHit; score: number; order: number }[] = [];
	list.forEach((a, order) => {
		if (a.deleted) return;
		// Folded texts can be shorter than the notes: excerpts are placed near, not exactly at, a word.
		const note = foldText(a.note);
		const quote = a.kind === 'highlight' ? foldText(a.anchor.exact) : '';
		const tags = foldText(a.tags.join(' '));
		const all = `${note}\n${tags}\n${quote}`;
		if (!want.every((w) => all.includes(w)) || not.some((w) => all.includes(w))) return;
		// A word in the reader's own words counts more than one in a quote or a tag.
		const score = want.reduce((s, w) => s + (note.includes(w) ? 2 : 1), 0);
		const inNote = want.find((w) => note.includes(w));
		const excerpt = inNote
			? around(a.note, note.indexOf(inNote))
			: a.kind === 'highlight'
				? around(a.anchor.exact, quote.indexOf(want.find((w) => quote.includes(w)) ?? ''))
				: around(a.note || a.tags.map((t) => `#${t}`).join(' '), 0);
		const hit: NoteHit =
			a.kind === 'node'
				? { id: a.id, kind: 'node', node: a.node, excerpt }
				: {
						id: a.id,
						kind: 'highlight',
						source: a.source,
						...(a.linked ? { node: a.linked } : {}),
						excerpt
					};
		scored.push({ hit, score, order });
	});
	return scored
		.sort((x, y) => y.score - x.score || x.order - y.order)
		.slice(0, limit)
		.map((s) => s.hit);
}

/** About EXCERPT characters of `text` around `at`, on one line, with ellipses where cut. */
function around(text: string, at: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= EXCERPT) return flat;
	const start = Math.max(0, Math.min(Math.max(0, at) - 30, flat.length - EXCERPT));
	const end = start + EXCERPT;
	return `${start > 0 ? '…' : ''}${flat.slice(start, end).trim()}${end < flat.length ? '…' : ''}`;
}
