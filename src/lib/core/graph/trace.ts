/**
 * Trace a node: what supports and what contests it (transitively), and the
 * chains along which it bears on each position. Every walk here is a loop
 * over an explicit queue or stack: maps may be thousands of levels deep.
 */
import type { EdgeKind, GraphShape } from '../model';
import { adjacency, polarityOf, type Adjacency, type Polarity, type Step } from './adjacency';
import { treeRows } from './tree-rows';

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
	/**
	 * Everything that bears on the node, as a tree (each node appears once, nearest first).
	 * It nests as deep as the map does: walk it with `treeRows`, and serialise `flatTrace`.
	 */
	tree: TraceBranch[];
	supporters: string[];
	contesters: string[];
	/** The shortest chain to every position the node reaches, then other simple paths, shortest first. */
	chains: Chain[];
	/** True when a limit (chains, depth or steps) cut the enumeration: `chains` may miss some paths. */
	truncated: boolean;
}

export interface TraceOptions {
	/** How many chains the enumeration lists before it stops (shortest chains it missed are added). */
	maxChains?: number;
	/** The most steps a chain found by enumeration has; longer ones are cut. */
	maxDepth?: number;
	/** How many steps the enumeration may take in all: simple paths can be exponential in number. */
	maxSteps?: number;
}

export function traceNode(
	map: GraphShape,
	nodeId: string,
	options: TraceOptions = {},
	adj: Adjacency = adjacency(map)
): Trace {
	const { maxChains = 200, maxDepth = 40, maxSteps = 200_000 } = options;
	const { tree, supporters, contesters } = incomingTree(nodeId, adj);
	const positions = new Set(map.nodes.filter((n) => n.kind === 'position').map((n) => n.id));
	const { chains, truncated } = chainsToPositions(nodeId, positions, adj, {
		maxChains,
		maxDepth,
		maxSteps
	});
	return { node: nodeId, tree, supporters, contesters, chains, truncated };
}

/** A branch without its children, and the index of its parent's row (-1 at the top). */
export interface TraceRow extends Omit<TraceBranch, 'children'> {
	parent: number;
}

/** A trace whose tree is a flat list of rows in reading order: safe to serialise at any depth. */
export interface FlatTrace extends Omit<Trace, 'tree'> {
	branches: TraceRow[];
}

/** The trace with its tree flattened (JSON.stringify overflows on trees a few thousand levels deep). */
export function flatTrace({ tree, ...rest }: Trace): FlatTrace {
	const branches = treeRows(tree).map(({ item, parent }): TraceRow => {
		const { node, edge, kind, polarity, depth } = item;
		return { node, edge, kind, polarity, depth, parent };
	});
	return { ...rest, branches };
}

/**
 * Breadth-first, so every node hangs at its shortest distance; a node that both supports and
 * contests appears in both roles. Supporters and contesters are listed nearest first.
 */
function incomingTree(root: string, adj: Adjacency) {
	const top: TraceBranch[] = [];
	const supporters = new Set<string>();
	const contesters = new Set<string>();
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
			(next === 1 ? supporters : contesters).add(other);
			queue.push({ node: other, polarity: next, depth: depth + 1, into: branch.children });
		}
	}
	return { tree: top, supporters: [...supporters], contesters: [...contesters] };
}

const toStep = (from: string, { edge, other }: Step): ChainStep => ({
	edge: edge.id,
	from,
	to: other,
	kind: edge.kind
});

const polarityOfSteps = (steps: readonly ChainStep[]): Polarity =>
	steps.reduce<Polarity>((p, s) => (p * polarityOf(s.kind)) as Polarity, 1);

/**
 * The nodes among `reached` from which some position can be reached: a backward walk from the
 * positions. Whatever a reached node leads to is reached too, so the walk can stay inside
 * `reached` (a small part of a large map, for most nodes).
 */
function leadingToPositions(
	positions: Set<string>,
	reached: ReadonlySet<string> | ReadonlyMap<string, unknown>,
	adj: Adjacency
): Set<string> {
	const queue = [...positions].filter((p) => reached.has(p));
	const leading = new Set(queue);
	for (let i = 0; i < queue.length; i++)
		for (const { other } of adj.incoming(queue[i]!)) {
			if (leading.has(other) || !reached.has(other)) continue;
			leading.add(other);
			queue.push(other);
		}
	return leading;
}

/** The shortest chain to each position the node reaches (breadth-first: linear in the map), and what it reaches. */
function shortestChains(start: string, positions: Set<string>, adj: Adjacency) {
	const via = new Map<string, ChainStep | null>([[start, null]]);
	const queue = [start];
	for (let i = 0; i < queue.length; i++) {
		const node = queue[i]!;
		for (const step of adj.outgoing(node)) {
			if (via.has(step.other)) continue;
			via.set(step.other, toStep(node, step));
			queue.push(step.other);
		}
	}
	const shortest = new Map<string, Chain>();
	for (const position of queue) {
		if (!positions.has(position)) continue;
		const steps: ChainStep[] = [];
		for (let s = via.get(position); s; s = via.get(s.from)) steps.push(s);
		steps.reverse();
		shortest.set(position, { position, polarity: polarityOfSteps(steps), steps });
	}
	return { shortest, reached: via };
}

/**
 * The shortest chain to each position the node reaches, then every other simple path to a
 * position, depth first, until a limit cuts the enumeration (which `truncated` then says).
 */
function chainsToPositions(
	start: string,
	positions: Set<string>,
	adj: Adjacency,
	limits: Required<TraceOptions>
) {
	const { shortest, reached } = shortestChains(start, positions, adj);
	const sameAsShortest = (position: string, steps: readonly ChainStep[]) => {
		const s = shortest.get(position)?.steps;
		return s?.length === steps.length && s.every((step, i) => step.edge === steps[i]!.edge);
	};
	const chains: Chain[] = [...shortest.values()];
	// Only nodes that lead to a position are worth entering; this also makes a cut at the
	// depth limit mean that paths were really left out.
	const useful = leadingToPositions(positions, reached, adj);
	let found = 0;
	let budget = limits.maxSteps;
	let truncated = false;
	const onPath = new Set<string>([start]);
	const steps: ChainStep[] = [];
	const frames: { node: string; polarity: Polarity; next: number }[] = [
		{ node: start, polarity: 1, next: 0 }
	];
	if (positions.has(start)) found++;
	while (frames.length > 0) {
		const frame = frames[frames.length - 1]!;
		const out = adj.outgoing(frame.node);
		let step: Step | undefined;
		while (frame.next < out.length && !step) {
			const s = out[frame.next++]!;
			if (!onPath.has(s.other) && useful.has(s.other)) step = s;
		}
		if (!step) {
			frames.pop();
			if (frames.length > 0) {
				onPath.delete(frame.node);
				steps.pop();
			}
			continue;
		}
		if (steps.length >= limits.maxDepth) {
			truncated = true;
			frame.next = out.length;
			continue;
		}
		if (found >= limits.maxChains || --budget < 0) {
			truncated = true;
			break;
		}
		const polarity = (frame.polarity * polarityOf(step.edge.kind)) as Polarity;
		steps.push(toStep(frame.node, step));
		if (positions.has(step.other)) {
			found++;
			if (!sameAsShortest(step.other, steps))
				chains.push({ position: step.other, polarity, steps: [...steps] });
		}
		onPath.add(step.other);
		frames.push({ node: step.other, polarity, next: 0 });
	}
	chains.sort((a, b) => a.steps.length - b.steps.length || a.position.localeCompare(b.position));
	return { chains, truncated };
}
