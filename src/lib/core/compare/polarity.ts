/**
 * Polarity: for each matched pair, does the student's node bear on the
 * matched position the way the reference's does? Stances come from the
 * bearing index (one walk per position); the chains that show a
 * disagreement come from trace, for the few pairs that disagree.
 */
import { bearingIndex, type BearingIndex } from '../graph/bearing';
import { adjacency, type Adjacency } from '../graph/adjacency';
import { traceNode, type Chain } from '../graph/trace';
import type { GraphShape } from '../model';
import type { ComparableMap, Conflict, ConflictChain, MatchedPair } from './types';

/** Trace limits: one chain per position is all a conflict shows. */
const TRACE_LIMITS = { maxChains: 20, maxSteps: 20_000 } as const;

type Stance = 'for' | 'against';

/** The stance of every node on every position, where it is one way only. */
function stances(index: BearingIndex): Map<string, Map<string, Stance>> {
	const out = new Map<string, Map<string, Stance>>();
	for (const [node, bearings] of index) {
		const m = new Map<string, Stance>();
		for (const b of bearings) if (b.stance !== 'mixed') m.set(b.position, b.stance);
		out.set(node, m);
	}
	return out;
}

/**
 * The student's map seen with the reference's positions: the student nodes
 * matched to a reference position are the positions, whatever the student
 * tagged them, so stances are measured against the same questions.
 */
function studentShape(student: ComparableMap, positionOf: Map<string, string>): GraphShape {
	return {
		nodes: student.nodes.map((n) => ({
			id: n.id,
			kind: positionOf.has(n.id) ? 'position' : n.kind === 'position' ? 'claim' : n.kind
		})),
		edges: student.edges
	};
}

/**
 * A map's shape made ready for tracing many nodes: its adjacency built once,
 * and only its positions as nodes (all that trace reads of them), instead of
 * both again for every conflict.
 */
interface Traceable {
	shape: GraphShape;
	adj: Adjacency;
}

function traceable(shape: GraphShape): Traceable {
	return {
		shape: { nodes: shape.nodes.filter((n) => n.kind === 'position'), edges: shape.edges },
		adj: adjacency(shape)
	};
}

function chainTo(map: Traceable, node: string, position: string, stance: Stance): ConflictChain {
	const polarity = stance === 'for' ? 1 : -1;
	const chains = traceNode(map.shape, node, TRACE_LIMITS, map.adj).chains;
	const chain: Chain | undefined = chains.find(
		(c) => c.position === position && c.polarity === polarity
	);
	return { position, steps: chain?.steps ?? [] };
}

/** Every matched pair whose nodes bear on a matched position in opposite ways. */
export function conflicts(
	reference: ComparableMap,
	student: ComparableMap,
	matched: readonly MatchedPair[]
): Conflict[] {
	const refById = new Map(reference.nodes.map((n) => [n.id, n]));
	// Reference position → the student node matched to it, and back.
	const partner = new Map<string, string>();
	const positionOf = new Map<string, string>();
	for (const p of matched)
		if (refById.get(p.reference)?.kind === 'position') {
			partner.set(p.reference, p.student);
			positionOf.set(p.student, p.reference);
		}
	if (partner.size === 0) return [];
	const refShape: GraphShape = reference;
	const stuShape = studentShape(student, positionOf);
	const refStances = stances(bearingIndex(refShape));
	const stuStances = stances(bearingIndex(stuShape));

	const refTrace = traceable(refShape);
	const stuTrace = traceable(stuShape);
	const found: Conflict[] = [];
	for (const pair of matched) {
		const ref = refStances.get(pair.reference);
		const stu = stuStances.get(pair.student);
		if (!ref || !stu) continue;
		for (const [position, referenceStance] of ref) {
			const studentPosition = partner.get(position);
			if (!studentPosition || studentPosition === pair.student) continue;
			const studentStance = stu.get(studentPosition);
			if (!studentStance || studentStance === referenceStance) continue;
			found.push({
				reference: pair.reference,
				student: pair.student,
				position,
				referenceStance,
				studentStance,
				referenceChain: chainTo(refTrace, pair.reference, position, referenceStance),
				studentChain: chainTo(stuTrace, pair.student, studentPosition, studentStance),
				inheritedFrom: null
			});
		}
	}
	return markInherited(found);
}

/**
 * A flipped relation makes everything below it disagree too. Each conflict
 * names the nearest node up its reference chain that is in conflict on the
 * same position, so a report can lead with the places the student flipped.
 */
function markInherited(found: Conflict[]): Conflict[] {
	const key = (node: string, position: string) => `${node}\u0000${position}`;
	const inConflict = new Set(found.map((c) => key(c.reference, c.position)));
	return found.map((c) => {
		const up = c.referenceChain.steps.map((s) => s.to).slice(0, -1);
		const from = up.find((node) => inConflict.has(key(node, c.position)));
		return from ? { ...c, inheritedFrom: from } : c;
	});
}
