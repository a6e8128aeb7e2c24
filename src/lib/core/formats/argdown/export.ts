/** Writes a compiled map back as Argdown in our conventions; compiling the result gives the same map. */
import { writeArgdown } from '../../argdown/write';
import { draftFromMap } from '../draft';
import type { Exporter } from '../types';

export const argdownExporter: Exporter = {
	format: 'argdown',
	extension: 'argdown',
	mediaType: 'text/plain',
	description: 'Argdown in Ronten conventions (sources stay in their own files)',
	export: (map) => writeArgdown(draftFromMap(map)).text
};
