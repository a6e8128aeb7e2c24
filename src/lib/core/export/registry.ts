/**
 * Exporters by format name. Each format lives in its own file with the same
 * signature; adding a format is adding a file and a line here.
 */
import type { ArgumentMap } from '../model';
import { jsonExporter } from './json';

export interface Exporter {
	format: string;
	/** File extension, without the dot. */
	extension: string;
	mediaType: string;
	description: string;
	export(map: ArgumentMap): string;
}

const exporters: readonly Exporter[] = [jsonExporter];

export const exportFormats = (): string[] => exporters.map((e) => e.format);

export function exporterFor(format: string): Exporter | undefined {
	return exporters.find((e) => e.format === format);
}
