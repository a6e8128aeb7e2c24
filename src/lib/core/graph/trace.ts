/**
 * Trace a node: what supports and what contests it (transitively), and the
 * chains along which it bears on each position.
 */
import type { EdgeKind, GraphShape } from '../model';
import { adjacency, polarityOf, type Adjacency, type Polarity } from './adjacency';

export interface TraceBranch {
	node: string;
	/** The edge from `node` to its parent in the tree. */
	edge: string;
	kind: EdgeKind;
	/** Net effect of `node` on the traced node: 1 supports it, -1 contests it. */
	polarity: Polarity;
	depth: number;
	children: TraceBranch[];
}

export interface ChainStep {
	edge: string;
	from: string;
	to: string;
	kind: EdgeKind;
}

export interface Chain {
	position: string;
	/** Net effect on the position. */
	polarity: Polarity;
	steps: ChainStep[];
}

export interface Trace {
	node: string;
	/** Everything that bears on the node, as a tree (each node appears once, nearest first). */
	tree: TraceBranch[];
	supporters: string[];
	contesters: string[];
	chains: Chain[];
	/** True when the chain list was cut at its limit. */
	truncated: boolean;
}

export interface TraceOptions {
	maxChains?: number;
	maxDepth?: number;
}

export function traceNode(
	map: GraphShape,
	nodeId: string,
	options: TraceOptions = {},
	adj: Adjacency = adjacency(map)
): Trace {
	const { maxChains = 200, maxDepth = 40 } = options;
	const tree = incomingTree(nodeId, adj);
	const supporters = new Set<string>();
	const contesters = new Set<string>();
	const collect = (branches: TraceBranch[]) => {
		for (const b of branches) {
			(b.polarity === 1 ? supporters : contesters).add(b.node);
			collect(b.children);
		}
	};
	collect(tree);
	const positions = new Set(map.nodes.filter((n) => n.kind === 'position').map((n) => n.id));
	const { chains, truncated } = chainsToPositions(nodeId, positions, adj, maxChains, maxDepth);
	return {
		node: nodeId,
		tree,
		supporters: [...supporters],
		contesters: [...contesters],
		chains,
		truncated
	};
}

/** Breadth-first, so every node hangs at its shortest distance; a node that both supports and contests appears in both roles. */
function incomingTree(root: string, adj: Adjacency): TraceBranch[] {
	const top: TraceBranch[] = [];
	const seen = new Set<string>([`${root}|1`]);
	const queue: { node: string; polarity: Polarity; depth: number; into: TraceBranch[] }[] = [
		{ node: root, polarity: 1, depth: 0, into: top }
	];
	for (let i = 0; i < queue.length; i++) {
		const { node, polarity, depth, into } = queue[i]!;
		for (const { edge, other } of adj.incoming(node)) {
			const next = (polarity * polarityOf(edge.kind)) as Polarity;
			const key = `${other}|${next}`;
			if (other === root || seen.has(key)) continue;
			seen.add(key);
			const branch: TraceBranch = {
				node: other,
				edge: edge.id,
				kind: edge.kind,
				polarity: next,
				depth: depth + 1,
				children: []
			};
			into.push(branch);
			queue.push({ node: other, polarity: next, depth: depth + 1, into: branch.children });
		}
	}
	return top;
}

/** Every simple path from the node to a position, shortest first, up to a limit. */
function chainsToPositions(
	start: string,
	positions: Set<string>,
	adj: Adjacency,
	maxChains: number,
	maxDepth: number
) {
	const chains: Chain[] = [];
	let truncated = false;
	if (positions.has(start)) chains.push({ position: start, polarity: 1, steps: [] });
	const onPath = new Set<string>([start]);
	const steps: ChainStep[] = [];
	// Simple paths can be exponential in number; a budget of steps keeps tracing fast on dense maps.
	let budget = 200_000;
	const walk = (node: string, polarity: Polarity) => {
		if (steps.length >= maxDepth) return;
		for (const { edge, other } of adj.outgoing(node)) {
			if (onPath.has(other)) continue;
			if (chains.length >= maxChains || --budget < 0) {
				truncated = true;
				return;
			}
			const next = (polarity * polarityOf(edge.kind)) as Polarity;
			steps.push({ edge: edge.id, from: node, to: other, kind: edge.kind });
			if (positions.has(other)) chains.push({ position: other, polarity: next, steps: [...steps] });
			onPath.add(other);
			walk(other, next);
			onPath.delete(other);
			steps.pop();
		}
	};
	walk(start, 1);
	chains.sort((a, b) => a.steps.length - b.steps.length || a.position.localeCompare(b.position));
	return { chains, truncated };
}
