import type { ArgumentMap } from '$lib/core';

/** The map as the page carries it to the browser. */
export type ViewerMap = Omit<ArgumentMap, 'file'>;
