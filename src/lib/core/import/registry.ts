/**
 * Importers by format name. Each reads one foreign format into a draft map;
 * `importText` picks the importer (or detects it) and writes the draft as
 * Argdown in our conventions, with the source texts it quotes beside it.
 */
import { error, hasErrors, type Staged } from '../diagnostics';
import { writeArgdown } from '../argdown/write';
import type { DraftMap } from '../interchange/draft';
import { aifImporter } from './aif';
import { kialoImporter } from './kialo';

/** A text file the imported map quotes, to be written beside it. */
export interface ImportedSource {
	/** Path relative to the map file, as the front matter names it. */
	file: string;
	text: string;
}

export interface ImportedMap {
	draft: DraftMap;
	sources: ImportedSource[];
}

export interface ImportInput {
	text: string;
	/** The file name diagnostics name. */
	file: string;
	/** Stem for the map and its source files, e.g. `debate`. */
	name: string;
}

export interface Importer {
	format: string;
	description: string;
	/** File extensions it usually comes in, without the dot. */
	extensions: string[];
	/** Whether the text looks like this format; cheap, and never throws. */
	detect(text: string): boolean;
	read(input: ImportInput): Staged<ImportedMap | null>;
}

const importers: readonly Importer[] = [aifImporter, kialoImporter];

export const importFormats = (): string[] => importers.map((i) => i.format);

export function importerFor(format: string): Importer | undefined {
	return importers.find((i) => i.format === format);
}

export function detectImporter(text: string): Importer | undefined {
	return importers.find((i) => i.detect(text));
}

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
			: 'The file is neither AIF JSON nor a Kialo export.';
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
			diagnostics: read.diagnostics
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
