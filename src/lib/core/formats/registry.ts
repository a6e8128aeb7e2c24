/**
 * Every format, by name: one exporter or importer per format folder, listed
 * here. Adding a format is adding a folder and a line.
 */
import type { Exporter, Importer } from './types';
import { aifExporter } from './aif/export';
import { aifImporter } from './aif/import';
import { argdownExporter } from './argdown/export';
import { dotExporter } from './dot/export';
import { graphmlExporter } from './graphml/export';
import { htmlExporter } from './html/export';
import { jsonExporter } from './json/export';
import { jsonImporter } from './json/import';
import { kialoImporter } from './kialo/import';

const exporters: readonly Exporter[] = [
	jsonExporter,
	argdownExporter,
	aifExporter,
	graphmlExporter,
	dotExporter,
	htmlExporter
];

// Ronten JSON before AIF: both are JSON objects with "nodes", and ours is the narrower test.
const importers: readonly Importer[] = [jsonImporter, aifImporter, kialoImporter];

/**
 * The export formats. Those that embed the compiled viewer are listed only for a caller that
 * has it (`withViewer`): the CLI and the site build, not a browser page.
 */
export const exportFormats = ({ withViewer = false } = {}): string[] =>
	exporters.filter((e) => withViewer || !e.needsViewer).map((e) => e.format);

export function exporterFor(format: string): Exporter | undefined {
	return exporters.find((e) => e.format === format);
}

export const importFormats = (): string[] => importers.map((i) => i.format);

export function importerFor(format: string): Importer | undefined {
	return importers.find((i) => i.format === format);
}

/** The first importer that recognises the text. */
export function detectImporter(text: string): Importer | undefined {
	return importers.find((i) => i.detect(text));
}
