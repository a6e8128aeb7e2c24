/**
 * What a reader typed in a note and has not saved, kept at once and synchronously (the tab's
 * session storage) so that a reload or a link followed mid-sentence loses nothing: IndexedDB
 * saves are asynchronous, and one started as the page goes may never finish. Per tab, so that
 * another tab open on the same node does not show this one's unsaved words.
 */
export interface Draft {
	text: string;
	stance: string;
	tags: string;
}

const PREFIX = 'ronten:note-draft:';

function storage(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		// Reading it throws where the browser blocks site data.
		return null;
	}
}

/** Keeps `draft` for `key` (the map's address and the node), or forgets it (null). */
export function keepDraft(key: string, draft: Draft | null): void {
	try {
		if (draft) storage()?.setItem(PREFIX + key, JSON.stringify(draft));
		else storage()?.removeItem(PREFIX + key);
	} catch {
		// A full or refused storage: the draft is only as safe as the page, as before.
	}
}

/** The draft kept for `key`, if any and well formed. */
export function draftOf(key: string): Draft | null {
	try {
		const raw = storage()?.getItem(PREFIX + key);
		if (!raw) return null;
		const d = JSON.parse(raw) as Partial<Draft>;
		return typeof d.text === 'string' && typeof d.stance === 'string' && typeof d.tags === 'string'
			? { text: d.text, stance: d.stance, tags: d.tags }
			: null;
	} catch {
		return null;
	}
}
