/**
 * The page of one node, as data: what it says, the quote it rests on and its
 * source, what supports and contests it and what it bears on, and the head the
 * page carries. Built once per map (one adjacency for all its pages), so a
 * build of thousands of node pages stays linear.
 */
import { adjacency } from '../graph/adjacency';
import { quoteOf, type ArgumentMap, type EdgeKind, type MapNode, type NodeKind } from '../model';
import { segment, siteUrl, summary, webAddress, type PageHead } from './page-head';

export interface NodeRef {
	id: string;
	kind: NodeKind;
	title: string;
	/** How the linked node bears on the other end (supports, attacks, undercuts, contradicts). */
	relation: EdgeKind;
	/** Whether the node has a page of its own; if not, links go to the viewer instead. */
	page: boolean;
}

export interface NodeQuote {
	exact: string;
	source: { id: string; title: string; author?: string; date?: string; url?: string };
}

export interface NodePage {
	map: { id: string; title: string };
	node: { id: string; kind: NodeKind; title: string; text: string };
	quote?: NodeQuote;
	/** Nodes that support this one. */
	supportedBy: NodeRef[];
	/** Nodes that attack, undercut or contradict this one. */
	contestedBy: NodeRef[];
	/** Nodes this one bears on, for or against. */
	bearsOn: NodeRef[];
	head: PageHead;
}

/** Where the card images of a map are, relative to the site root (see the card endpoints). */
export const mapCardPath = (mapId: string) => `maps/${segment(mapId)}/card.png`;
export const nodeCardPath = (mapId: string, nodeId: string) =>
	`maps/${segment(mapId)}/nodes/${segment(nodeId)}/card.png`;
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The path of a node's page, relative to the site root. */
export const nodePagePath = (mapId: string, nodeId: string) =>
	`maps/${segment(mapId)}/nodes/${segment(nodeId)}/`;

const KIND_LABEL: Record<NodeKind, string> = {
	position: 'Position',
	claim: 'Claim',
	evidence: 'Evidence',
	argument: 'Argument'
};

function quoteFor(map: ArgumentMap, node: MapNode): NodeQuote | undefined {
	const quote = quoteOf(node);
	if (!quote) return undefined;
	const source = map.sources.find((s) => s.id === quote.source);
	const { id, title, author, date } = source ?? { id: quote.source, title: quote.source };
	const url = webAddress(source?.url);
	return {
		exact: quote.exact,
		source: {
			id,
			title,
			...(author ? { author } : {}),
			...(date ? { date } : {}),
			...(url ? { url } : {})
		}
	};
}

export interface NodePageOptions {
	/** The card image a node's page shows (relative to the root), if any. */
	card?: (nodeId: string) => string;
	/** Which nodes have pages (all of them unless said). */
	published?: (nodeId: string) => boolean;
}

/** The node pages of a map. `root` is the site's address (see `siteUrl`). */
export function nodePages(map: ArgumentMap, root: string, options: NodePageOptions = {}) {
	const published = options.published ?? (() => true);
	const byId = new Map(map.nodes.map((n) => [n.id, n]));
	const graph = adjacency(map);
	const refs = (steps: readonly { edge: { kind: EdgeKind }; other: string }[]) =>
		steps.flatMap(({ edge, other }) => {
			const n = byId.get(other);
			return n
				? [{ id: n.id, kind: n.kind, title: n.title, relation: edge.kind, page: published(n.id) }]
				: [];
		});

	return (id: string): NodePage | null => {
		const node = byId.get(id);
		if (!node || !published(id)) return null;
		const incoming = refs(graph.incoming(id));
		const quote = quoteFor(map, node);
		const text = node.text || node.title;
		const card = options.card?.(id);
		return {
			map: { id: map.id, title: map.title },
			node: { id, kind: node.kind, title: node.title, text: node.text },
			...(quote ? { quote } : {}),
			supportedBy: incoming.filter((r) => r.relation === 'supports'),
			contestedBy: incoming.filter((r) => r.relation !== 'supports'),
			bearsOn: refs(graph.outgoing(id)),
			head: {
				// As the viewer titles a map page with a node selected (viewer/page-meta.ts).
				title: `${node.title} — ${map.title} · Ronten`,
				description: summary(
					`${KIND_LABEL[node.kind]}: ${text}${quote ? ` “${quote.exact}” (${quote.source.title})` : ''}`
				),
				canonical: siteUrl(root, nodePagePath(map.id, id)),
				type: 'article',
				...(card
					? {
							image: {
								url: siteUrl(root, card),
								alt: `${map.title}: the shape of the argument map`,
								...CARD_SIZE
							}
						}
					: {})
			}
		};
	};
}
