/**
 * The AIF graph indexed for conversion, and what the conversion steps share:
 * each node's neighbours by type, the draft being built, and how a step
 * reports a problem.
 */
import type { DraftEdge, DraftNode } from '../draft';
import type { AifGraph } from './read';

export type AifGraphNode = AifGraph['nodes'][number];

/** Reports a warning at a JSON path of the file being imported. */
export type Note = (code: string, path: (string | number)[], message: string, hint: string) => void;

export interface AifIndex {
	byId: Map<string, AifGraphNode>;
	/** The node's type in upper case, undefined when there is no such node. */
	typeOf(id: string): string | undefined;
	/** Nodes of the given types with an edge into this one. */
	ins(id: string, ...types: string[]): string[];
	/** Nodes of the given types that this one has an edge into. */
	outs(id: string, ...types: string[]): string[];
	/** Every node this one has an edge into, whatever its type. */
	targetsOf(id: string): string[];
}

/** The draft as the steps build it up, in order. */
export interface DraftParts {
	nodes: DraftNode[];
	edges: DraftEdge[];
	/** S-node id → key of the argument node that stands for it. */
	anchorOf: Map<string, string>;
}

/** Key of the statement an I-node becomes. */
export const statementKey = (id: string) => `i:${id}`;

/** The nodes whose type (in any case) is one of `types`, in file order. */
export function nodesOfType(nodes: AifGraphNode[], ...types: string[]): AifGraphNode[] {
	return nodes.filter((n) => types.includes(n.type.toUpperCase()));
}

/** Looks up edges both ways; an edge naming a node that is not in the file is skipped (the first five are noted). */
export function indexGraph(graph: AifGraph, note: Note): AifIndex {
	const byId = new Map(graph.nodes.map((n) => [n.id, n]));
	const into = new Map<string, string[]>();
	const outOf = new Map<string, string[]>();
	let dangling = 0;
	for (const e of graph.edges) {
		if (!byId.has(e.from) || !byId.has(e.to)) {
			if (dangling++ < 5)
				note(
					'dangling-edge',
					e.path,
					`Edge from "${e.from}" to "${e.to}" names a node that is not in the file; it is skipped.`,
					'Remove the edge or add the node.'
				);
			continue;
		}
		(outOf.get(e.from) ?? outOf.set(e.from, []).get(e.from)!).push(e.to);
		(into.get(e.to) ?? into.set(e.to, []).get(e.to)!).push(e.from);
	}
	const typeOf = (id: string) => byId.get(id)?.type.toUpperCase();
	return {
		byId,
		typeOf,
		ins: (id, ...types) => (into.get(id) ?? []).filter((x) => types.includes(typeOf(x) ?? '')),
		outs: (id, ...types) => (outOf.get(id) ?? []).filter((x) => types.includes(typeOf(x) ?? '')),
		targetsOf: (id) => outOf.get(id) ?? []
	};
}
