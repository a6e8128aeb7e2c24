import { dev } from '$app/environment';
import { exportFormats, exporterFor } from '$lib/core/formats/registry';
import { compileForSite, mapIds, refuse, travelsApart } from '$lib/server/site';
import { downloadName } from '$lib/core/formats/file-name';
import { toViewerMap } from '$lib/core/view/viewer-map';
import { mapPublishing } from '$lib/server/publish';

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
				downloads: [],
				map: null,
				publishing: null
			};
		refuse(params.id, result.diagnostics);
	}
	const { map } = result;
	return {
		id: map.id,
		title: map.title,
		ok: true,
		diagnostics: result.diagnostics,
		// Linked data, card and oEmbed addresses: what other sites read about the map.
		publishing: mapPublishing(map),
		// Names only: the files are written at build time, so no exporter ships to the browser.
		downloads: exportFormats({ withViewer: true }).map((format) => {
			const exporter = exporterFor(format)!;
			return {
				format,
				description: exporter.description,
				file: downloadName(map.id, format, exporter.extension)
			};
		}),
		// A small map travels inside the page, which saves a round trip before the graph can
		// start. A large one is fetched as viewer.json: inlined, its data would cost the
		// browser far more to parse than JSON does. (The no-JavaScript outline is HTML either way:
		// in this page, or for a large map on its outline page.)
		map: travelsApart(map) ? null : toViewerMap(map)
	};
};
