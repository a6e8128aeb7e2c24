/**
 * Ronten's own argument model: what a compiled map is, independent of Argdown,
 * of the UI and of any file format.
 */

export type NodeKind = 'position' | 'claim' | 'evidence' | 'argument';
export type EdgeKind = 'supports' | 'attacks' | 'undercuts' | 'contradicts';

export const NODE_KINDS: readonly NodeKind[] = ['position', 'claim', 'evidence', 'argument'];

/** Where a node was written, in its `.argdown` file (1-based lines and columns). */
export interface SourceLocation {
	file: string;
	line: number;
	column: number;
	endLine: number;
	endColumn: number;
}

/**
 * A quote anchored in a source document, in W3C Web Annotation terms: a
 * TextQuoteSelector (exact, prefix, suffix) plus a TextPositionSelector
 * (start, end as UTF-16 offsets into the source text). `start` and `end` are -1
 * when the quote could not be found; the compiler then reports an error.
 */
export interface QuoteAnchor {
	source: string;
	exact: string;
	prefix: string;
	suffix: string;
	start: number;
	end: number;
}

interface NodeBase {
	/** Stable, URL-safe id derived from the Argdown title. */
	id: string;
	/** The Argdown title (statement or argument title). */
	title: string;
	text: string;
	tags: string[];
	/** Heading the node was defined under, if any. */
	section?: string;
	/** The author's prior confidence in [0, 1] (Argdown data `{base: 0.8}`); evaluation defaults to 0.5. */
	base?: number;
	location: SourceLocation;
}

export interface PositionNode extends NodeBase {
	kind: 'position';
	/** A thesis the source states itself may quote it, as evidence does. */
	quote?: QuoteAnchor;
}

export interface ClaimNode extends NodeBase {
	kind: 'claim';
}

export interface EvidenceNode extends NodeBase {
	kind: 'evidence';
	quote: QuoteAnchor;
}

export type PcsRole = 'premise' | 'intermediary-conclusion' | 'main-conclusion';

/** One numbered line of a premise–conclusion structure. */
export interface PcsStep {
	/** The claim (or position or evidence) node the line states. */
	node: string;
	role: PcsRole;
	/** Inference rules named on the inference line above a conclusion. */
	inferenceRules?: string[];
}

export interface ArgumentNode extends NodeBase {
	kind: 'argument';
	/** Empty when the argument is only sketched (no reconstruction). */
	pcs: PcsStep[];
}

export type MapNode = PositionNode | ClaimNode | EvidenceNode | ArgumentNode;

/** The quote a node is anchored by: every evidence node, and positions that quote their source. */
export function quoteOf(node: { kind: NodeKind; quote?: QuoteAnchor }): QuoteAnchor | undefined {
	return node.kind === 'evidence' || node.kind === 'position' ? node.quote : undefined;
}

/**
 * Why an edge exists: written as an Argdown relation, or implied by a
 * premise–conclusion structure (premise → argument, argument → conclusion).
 */
export type EdgeOrigin = 'relation' | 'premise' | 'conclusion';

export interface MapEdge {
	id: string;
	/** The node that supports, attacks, undercuts or contradicts. */
	from: string;
	/** Its target. */
	to: string;
	kind: EdgeKind;
	origin: EdgeOrigin;
	/** The Argdown relation type it came from (support, entails, contrary, …). */
	argdownType?: string;
}

export interface SourceDocument {
	id: string;
	title: string;
	author?: string;
	publisher?: string;
	date?: string;
	url?: string;
	/** Path of the text file, relative to the map file; absent for a source known only by its URL. */
	file?: string;
	/** Empty when there is no file. */
	text: string;
}

export interface ArgumentMap {
	id: string;
	title: string;
	language: string;
	/** The question at issue, in one sentence (front matter `question`). */
	question?: string;
	/** The id of the map's main position: the author's own thesis (front matter `thesis`). */
	thesis?: string;
	/** The `.argdown` file the map was compiled from. */
	file: string;
	sources: SourceDocument[];
	nodes: MapNode[];
	edges: MapEdge[];
}

/** What graph algorithms need of a map: ids and kinds of nodes, and the edges. */
export interface GraphShape {
	nodes: readonly Pick<MapNode, 'id' | 'kind'>[];
	edges: readonly MapEdge[];
}

/** A node without its place in the `.argdown` file, as the browser receives it. */
export type NodeWithoutLocation = MapNode extends infer N
	? N extends MapNode
		? Omit<N, 'location'>
		: never
	: never;
