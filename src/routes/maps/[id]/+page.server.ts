import { dev } from '$app/environment';
import { exportFormats, exporterFor } from '$lib/core/export/registry';
import { compileForSite, mapIds, refuse } from '$lib/server/site';
import { downloadName } from '$lib/viewer/download';

export const entries = () => mapIds().map((id) => ({ id }));

export const load = ({ params }) => {
	const result = compileForSite(params.id);
	if (!result.ok) {
		// In dev the page lists the diagnostics; a build stops on them.
		if (dev)
			return {
				id: params.id,
				title: params.id,
				ok: false,
				diagnostics: result.diagnostics,
				downloads: []
			};
		refuse(params.id, result.diagnostics);
	}
	const { map } = result;
	// The map itself is not page data: the browser fetches viewer.json, which parses far faster
	// than the same data inlined, and readers without JavaScript get the outline as HTML.
	return {
		id: map.id,
		title: map.title,
		ok: true,
		diagnostics: result.diagnostics,
		// Names only: the files are written at build time, so no exporter ships to the browser.
		downloads: exportFormats().map((format) => {
			const exporter = exporterFor(format)!;
			return {
				format,
				description: exporter.description,
				file: downloadName(map.id, format, exporter.extension)
			};
		})
	};
};
