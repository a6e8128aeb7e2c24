/**
 * The import use case: a file's text merged into what is stored for one map.
 * Any error leaves everything as it was: the caller writes only `changed`.
 */
import { hasErrors, warning, type Diagnostic } from '../diagnostics';
import type { Annotation } from './model';
import { mergeImport, type MergeSummary } from './merge';
import { readAnnotations } from './read';

export interface ImportResult {
	/** Annotations to write; empty when the file has errors. */
	changed: Annotation[];
	summary: MergeSummary;
	diagnostics: Diagnostic[];
}

export function importAnnotations(
	text: string,
	file: string,
	mapId: string,
	stored: ReadonlyMap<string, Annotation>,
	/** When the import happens (ISO time): what it restores is dated so. */
	now: string
): ImportResult {
	const read = readAnnotations(text, file);
	const empty: MergeSummary = { added: 0, updated: 0, skipped: 0, otherMap: 0 };
	if (hasErrors(read.diagnostics))
		return { changed: [], summary: empty, diagnostics: read.diagnostics };
	const { changed, summary } = mergeImport(stored, read.value, mapId, now);
	const diagnostics = [...read.diagnostics];
	if (read.value.length && summary.otherMap === read.value.length) {
		const maps = [...new Set(read.value.map((a) => a.map))].slice(0, 3).join(', ');
		diagnostics.push(
			warning(
				'other-map',
				file,
				{ line: 1, column: 1 },
				`None of the annotations is for this map (“${mapId}”); they are for ${maps}.`,
				'Open the map they were made on, and import the file there.'
			)
		);
	}
	return { changed, summary, diagnostics };
}
