import { mapSummaries } from '$lib/server/catalogue';

export const load = () => ({ maps: mapSummaries() });
