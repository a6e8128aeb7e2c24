/**
 * One self-contained HTML file: the viewer with the map, its laid-out graph,
 * its search index and its Argdown source, readable offline and from disk.
 * The viewer itself is compiled ahead of time by the shells (CLI, site build)
 * and handed in as `options.viewer`; the browser's "Open a file" page has none,
 * so it does not offer this format.
 */
import { buildSearchIndex, serializeSearchIndex } from '../../search';
import { toElements } from '../../view/elements';
import { toViewerMap } from '../../view/viewer-map';
import { argdownExporter } from '../argdown/export';
import type { Exporter } from '../types';
import { oneFilePage } from './page';

export const htmlExporter: Exporter = {
	format: 'html',
	extension: 'html',
	mediaType: 'text/html',
	description: 'The map in one HTML file: the viewer with search, for reading offline',
	needsViewer: true,
	export(map, options) {
		if (!options?.viewer)
			throw new Error('The html format embeds the compiled viewer: pass it as options.viewer.');
		return oneFilePage({
			map,
			data: {
				version: 1,
				map: toViewerMap(map),
				graph: toElements(map),
				argdown: argdownExporter.export(map)
			},
			search: serializeSearchIndex(buildSearchIndex(map)),
			bundle: options.viewer
		});
	}
};
