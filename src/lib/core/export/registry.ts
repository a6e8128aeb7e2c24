/**
 * Exporters by format name. Each format lives in its own file with the same
 * signature; adding a format is adding a file and a line here.
 */
import type { ArgumentMap } from '../model';
import { aifExporter } from './aif';
import { argdownExporter } from './argdown';
import { dotExporter } from './dot';
import { graphmlExporter } from './graphml';
import { jsonExporter } from './json';

export interface Exporter {
	format: string;
	/** File extension, without the dot. */
	extension: string;
	mediaType: string;
	description: string;
	export(map: ArgumentMap, options?: ExportOptions): string;
}

export interface ExportOptions {
	/** The time written into formats that record one (AIF timestamps); now when left out. */
	now?: Date;
}

const exporters: readonly Exporter[] = [
	jsonExporter,
	argdownExporter,
	aifExporter,
	graphmlExporter,
	dotExporter
];

export const exportFormats = (): string[] => exporters.map((e) => e.format);

export function exporterFor(format: string): Exporter | undefined {
	return exporters.find((e) => e.format === format);
}
