/**
 * What every format shares: the shape of an exporter and of an importer, and
 * what an import yields. Formats import these types, never the registry that
 * lists them, so no format depends on another.
 */
import type { Staged } from '../diagnostics';
import type { ArgumentMap } from '../model';
import type { DraftMap } from './draft';
import type { ViewerBundle } from './html/one-file';

export interface Exporter {
	format: string;
	/** File extension, without the dot. */
	extension: string;
	mediaType: string;
	description: string;
	/** The format embeds the compiled viewer (`options.viewer`): only a shell that has it offers it. */
	needsViewer?: boolean;
	export(map: ArgumentMap, options?: ExportOptions): string;
}

export interface ExportOptions {
	/** The time written into formats that record one (AIF timestamps); now when left out. */
	now?: Date;
	/** The compiled viewer, for the formats that need it. */
	viewer?: ViewerBundle;
}

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
