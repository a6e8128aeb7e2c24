import { dev } from '$app/environment';
import { exportFormats, exporterFor } from '$lib/core/export/registry';
import { compileForSite, mapIds, refuse } from '$lib/server/site';
import { downloadName } from '$lib/viewer/download';
import { toViewerMap } from '$lib/viewer/types';

export const entries = () => mapIds().map((id) => ({ id }));

export const load = ({ params }) => {
	const result = compileForSite(params.id);
	if (!result.ok) {
		// In dev the page lists the diagnostics; a build stops on them.
		if (dev) return { id: params.id, diagnostics: result.diagnostics, map: null, downloads: [] };
		refuse(params.id, result.diagnostics);
	}
	const { map } = result;
	return {
		id: map.id,
		diagnostics: result.diagnostics,
		// Names only: the files are written at build time, so no exporter ships to the browser.
		downloads: exportFormats().map((format) => {
			const exporter = exporterFor(format)!;
			return {
				format,
				description: exporter.description,
				file: downloadName(map.id, format, exporter.extension)
			};
		}),
		// Locations are for diagnostics and the CLI; the browser does without them.
		map: toViewerMap(map)
	};
};
