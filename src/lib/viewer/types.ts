import type { ArgumentMap, NodeWithoutLocation } from '$lib/core/model';

/** The map as the page carries it to the browser: node locations stay on the server. */
export type ViewerMap = Omit<ArgumentMap, 'file' | 'nodes'> & { nodes: NodeWithoutLocation[] };
export type ViewerNode = NodeWithoutLocation;
