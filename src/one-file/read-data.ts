/**
 * Reads the map the page carries. A file cut short or edited by hand is
 * reported on the page, never left blank.
 */
import {
	MAP_ELEMENT_ID,
	SEARCH_ELEMENT_ID,
	type OneFileData
} from '$lib/core/formats/html/one-file';
import type { SerializedSearchIndex } from '$lib/core/search/types';

export type DataResult = { ok: true; data: OneFileData } | { ok: false; message: string };

export function readData(doc: Document): DataResult {
	const text = doc.getElementById(MAP_ELEMENT_ID)?.textContent;
	if (!text) return { ok: false, message: 'This file holds no map: it may have been cut short.' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		return {
			ok: false,
			message: `The map in this file cannot be read (${e instanceof Error ? e.message : e}): it may have been cut short or edited.`
		};
	}
	const candidate = data as Partial<OneFileData> | null;
	if (candidate?.version !== 1 || !candidate.map || !candidate.graph)
		return {
			ok: false,
			message:
				'This file was written by another version of Ronten: export the map again with this one.'
		};
	return { ok: true, data: candidate as OneFileData };
}

/** The search index, parsed when the reader first searches. */
export function searchIndexOf(doc: Document): () => Promise<SerializedSearchIndex> {
	return async () => {
		const text = doc.getElementById(SEARCH_ELEMENT_ID)?.textContent;
		if (!text) throw new Error('this file holds no search index');
		return JSON.parse(text) as SerializedSearchIndex;
	};
}
