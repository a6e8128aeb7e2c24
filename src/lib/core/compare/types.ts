/** The shapes of a comparison: what it reads, and the report it gives. */
import type { ArgumentMap, EdgeKind, NodeKind, NodeWithoutLocation } from '../model';
import type { ChainStep } from '../graph/trace';

/** What comparing needs of a map: a compiled map, or the map as the viewer receives it. */
export interface ComparableMap extends Pick<
	ArgumentMap,
	'id' | 'title' | 'language' | 'sources' | 'edges'
> {
	nodes: readonly NodeWithoutLocation[];
}

/** Why two nodes were matched, as the report states it. */
export type MatchReason = 'same-sentence' | 'shared-quote' | 'words' | 'neighbours';

export interface MatchedPair {
	reference: string;
	student: string;
	/** Similarity in [0, 1]. */
	score: number;
	/** The signals that made the score, strongest first. */
	reasons: MatchReason[];
}

/** One step of a chain, with the titles a reader needs. */
export type ConflictChain = { position: string; steps: ChainStep[] };

export interface Conflict {
	reference: string;
	student: string;
	/** The reference position the two disagree on. */
	position: string;
	/** How the node bears on it in each map. */
	referenceStance: 'for' | 'against';
	studentStance: 'for' | 'against';
	referenceChain: ConflictChain;
	studentChain: ConflictChain;
	/**
	 * The reference node further up the chain whose conflict this one inherits (the student
	 * flipped a relation there), or null when the disagreement starts at this node.
	 */
	inheritedFrom: string | null;
}

/** A relation one map has between two nodes the other map has too, but does not relate. */
export interface RelationDifference {
	/** The relation, in the ids of the map that has it. */
	from: string;
	to: string;
	kind: EdgeKind;
	/** The nodes it joins in the other map. */
	counterpart: { from: string; to: string };
}

export interface MissingGroup {
	/** The reference position the missing nodes bear on; null for nodes that bear on none. */
	position: string | null;
	/** Missing reference node ids, heaviest kind first, then in map order. */
	nodes: string[];
}

export interface PositionSummary {
	position: string;
	/** Whether the student has the position itself. */
	covered: boolean;
	/** Nodes that bear directly on the position, by stance, and how many of them the student has. */
	reasons: { total: number; covered: number; missing: string[] };
	objections: { total: number; covered: number; missing: string[] };
	/** Every node that bears on the position, directly or not. */
	bearing: { total: number; covered: number };
	/** One sentence a teacher can read out. */
	sentence: string;
}

export interface CompareReport {
	reference: { id: string; title: string; nodes: number };
	student: { id: string; title: string; nodes: number };
	matched: MatchedPair[];
	/** Reference node ids the student does not cover, heaviest first. */
	missing: string[];
	missingByPosition: MissingGroup[];
	/** Student node ids that match nothing in the reference. */
	extra: string[];
	conflicts: Conflict[];
	/**
	 * Relations between nodes both maps have: the reference's that the student lacks (in
	 * reference ids), and the student's that the reference lacks (in student ids).
	 */
	relations: { missing: RelationDifference[]; extra: RelationDifference[] };
	/** Weighted share of the reference the student covers, in [0, 1] (see docs/compare.md). */
	coverage: number;
	positions: PositionSummary[];
}

export type { NodeKind };
