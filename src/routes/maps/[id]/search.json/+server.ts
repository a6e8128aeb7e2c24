import { json } from '@sveltejs/kit';
import { buildSearchIndex, serializeSearchIndex } from '$lib/core';
import { mapIds, requireMap } from '$lib/server/site';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => mapIds().map((id) => ({ id }));

/** The search index, built ahead of time and loaded lazily by the search box. */
export const GET = ({ params }) =>
	json(serializeSearchIndex(buildSearchIndex(requireMap(params.id))));
