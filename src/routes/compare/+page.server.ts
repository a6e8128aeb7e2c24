import { mapSummaries } from '$lib/server/catalogue';

/** The site's maps a teacher may take as the reference: ids and titles only. */
export const load = () => ({
	maps: mapSummaries()
		.filter((m) => m.errors === 0)
		.map(({ id, title }) => ({ id, title }))
});
