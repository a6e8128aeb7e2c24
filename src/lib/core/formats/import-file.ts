/**
 * The import use case: pick the importer (named, or detected from the text),
 * read the file into a draft map, and write the draft as Argdown in our
 * conventions, with the source texts it quotes beside it.
 */
import { error, hasErrors, warning, type Diagnostic, type Staged } from '../diagnostics';
import { writeArgdown } from '../argdown/write';
import { detectImporter, importerFor, importFormats } from './registry';
import type { ImportedMap, ImportInput } from './types';
import type { DraftMap } from './draft';

export interface ImportResult extends ImportedMap {
	format: string;
	/** The map as Argdown in our conventions. */
	argdown: string;
}

/** Reads a foreign file into Argdown. Never throws; on errors the value is null and nothing should be written. */
export function importText(input: ImportInput, from?: string): Staged<ImportResult | null> {
	const importer = from ? importerFor(from) : detectImporter(input.text);
	if (!importer) {
		const message = from
			? `Unknown import format "${from}".`
			: 'The file is neither Ronten map JSON, AIF JSON nor a Kialo export.';
		return {
			value: null,
			diagnostics: [
				error(
					'unknown-format',
					input.file,
					{ line: 1, column: 1 },
					message,
					`Use --from with one of: ${importFormats().join(', ')}.`
				)
			]
		};
	}
	try {
		const read = importer.read(input);
		if (!read.value || hasErrors(read.diagnostics))
			return { value: null, diagnostics: read.diagnostics };
		const { text } = writeArgdown(read.value.draft);
		return {
			value: { ...read.value, format: importer.format, argdown: text },
			diagnostics: [...read.diagnostics, ...selfRelations(read.value.draft, input.file)]
		};
	} catch (e) {
		// A bug of ours must not crash the caller or lose the file: report it like bad input.
		return {
			value: null,
			diagnostics: [
				error(
					'internal-error',
					input.file,
					{ line: 1, column: 1 },
					`The ${importer.format} importer failed: ${e instanceof Error ? e.message : String(e)}`,
					'Please report this file as a bug.'
				)
			]
		};
	}
}

/**
 * Relations of a node to itself, which the Argdown written from a draft cannot hold (a
 * statement indented under itself is read as a reference, not a relation): said, not lost
 * without a word.
 */
function selfRelations(draft: DraftMap, file: string): Diagnostic[] {
	const titleOf = new Map(draft.nodes.map((n) => [n.key, n.title]));
	const loops = draft.edges.filter((e) => e.from === e.to && titleOf.has(e.from));
	if (!loops.length) return [];
	const named = loops
		.slice(0, 3)
		.map((e) => `«${titleOf.get(e.from)}» ${e.kind} itself`)
		.join('; ');
	return [
		warning(
			'self-relation-dropped',
			file,
			{ line: 1, column: 1 },
			`${loops.length === 1 ? 'A relation of a node to itself is' : `${loops.length} relations of a node to itself are`} left out: ${named}${loops.length > 3 ? '; …' : ''}.`,
			'A claim that supports or attacks itself says nothing a reader can weigh; relate it to another node if it meant one.'
		)
	];
}
