import { error } from '@sveltejs/kit';
import { exportFormats, exporterFor } from '$lib/core/formats/registry';
import { downloadName } from '$lib/core/formats/file-name';
import { mapIds, requireMap } from '$lib/server/site';
import { viewerBundle } from '$lib/node/viewer-bundle';

export const prerender = true;
export const trailingSlash = 'never';

const files = (id: string) =>
	exportFormats({ withViewer: true }).map((format) => {
		const exporter = exporterFor(format)!;
		return { format, file: downloadName(id, format, exporter.extension) };
	});

export const entries = () => mapIds().flatMap((id) => files(id).map(({ file }) => ({ id, file })));

/** Each export format of each map, written at build time so the site needs no server. */
export const GET = ({ params }) => {
	const match = files(params.id).find((f) => f.file === params.file);
	if (!match) error(404, `No download "${params.file}"`);
	const exporter = exporterFor(match.format)!;
	// The one-file viewer is compiled once per build of its sources, not per map.
	const viewer = exporter.needsViewer ? viewerBundle() : undefined;
	return new Response(exporter.export(requireMap(params.id), { viewer }), {
		headers: { 'content-type': `${exporter.mediaType}; charset=utf-8` }
	});
};
