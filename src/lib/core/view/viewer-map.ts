import type { ArgumentMap, NodeWithoutLocation } from '../model';

/** The map as the page carries it to the browser: node locations stay on the server. */
export type ViewerMap = Omit<ArgumentMap, 'file' | 'nodes'> & { nodes: NodeWithoutLocation[] };
export type ViewerNode = NodeWithoutLocation;

/** A compiled map as the viewer takes it, without the node locations. */
export function toViewerMap(map: ArgumentMap): ViewerMap {
	return {
		id: map.id,
		title: map.title,
		language: map.language,
		...(map.question ? { question: map.question } : {}),
		...(map.thesis ? { thesis: map.thesis } : {}),
		sources: map.sources,
		nodes: map.nodes.map(({ location: _location, ...node }) => node),
		edges: map.edges
	};
}
