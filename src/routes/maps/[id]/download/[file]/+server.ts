import { error } from '@sveltejs/kit';
import { exportFormats, exporterFor } from '$lib/core/formats/registry';
import { downloadName } from '$lib/core/formats/file-name';
import { mapIds, requireMap } from '$lib/server/site';

export const prerender = true;
export const trailingSlash = 'never';

const files = (id: string) =>
	exportFormats().map((format) => {
		const exporter = exporterFor(format)!;
		return { format, file: downloadName(id, format, exporter.extension) };
	});

export const entries = () => mapIds().flatMap((id) => files(id).map(({ file }) => ({ id, file })));

/** Each export format of each map, written at build time so the site needs no server. */
export const GET = ({ params }) => {
	const match = files(params.id).find((f) => f.file === params.file);
	if (!match) error(404, `No download "${params.file}"`);
	const exporter = exporterFor(match.format)!;
	return new Response(exporter.export(requireMap(params.id)), {
		headers: { 'content-type': `${exporter.mediaType}; charset=utf-8` }
	});
};
