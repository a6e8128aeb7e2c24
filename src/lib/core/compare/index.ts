/**
 * Comparing a student's map with a reference map: which node stands for
 * which, what is missing, what is extra, and where the student's map bears
 * on a position the other way. Pure: both maps come in as data.
 */
import { assign, candidates, type Candidate } from './assign';
import { conflicts } from './polarity';
import { buildReport } from './report';
import { featuresOf, weighTerms, WEIGHTS, type Tuning } from './similarity';
import { neighbourIndex, withStructure } from './structure';
import type { ComparableMap, CompareReport, MatchedPair } from './types';

export * from './types';
export { WEIGHTS, type Tuning } from './similarity';
export { COVERAGE_WEIGHTS } from './report';

export interface CompareOptions {
	/** Weights other than the tuned ones (for tuning and tests). */
	tuning?: Partial<Tuning>;
}

/** Compares a student's map with a reference map. Never throws on well-formed maps. */
export function compareMaps(
	reference: ComparableMap,
	student: ComparableMap,
	options: CompareOptions = {}
): CompareReport {
	const matched = matchNodes(reference, student, options);
	return buildReport(reference, student, matched, conflicts(reference, student, matched));
}

/** The one-to-one matching of reference nodes to student nodes, with scores and reasons. */
export function matchNodes(
	reference: ComparableMap,
	student: ComparableMap,
	options: CompareOptions = {}
): MatchedPair[] {
	const tuning: Tuning = { ...WEIGHTS, ...options.tuning };
	const ref = featuresOf(reference, tuning);
	const stu = featuresOf(student, tuning);
	weighTerms(ref, stu);
	// Pairs that could not reach the threshold even with every neighbour matched are not scored.
	const floor = Math.min(tuning.structureFloor, tuning.threshold - tuning.structureGain);
	const pairs = candidates(ref, stu, Math.max(0.01, floor), tuning);
	// First from what the nodes say, then again each time matched neighbours have raised the pairs.
	const refNeighbours = neighbourIndex(reference);
	const stuNeighbours = neighbourIndex(student);
	let chosen = assign(pairs.filter((c) => c.score >= tuning.threshold));
	for (let round = 0; round < tuning.structureRounds; round++) {
		const raised = withStructure(pairs, chosen, refNeighbours, stuNeighbours, tuning);
		chosen = assign(raised.filter((c) => c.score >= tuning.threshold));
	}
	return chosen.map((c: Candidate) => ({
		reference: reference.nodes[c.r]!.id,
		student: student.nodes[c.s]!.id,
		score: Math.round(Math.min(1, c.score) * 1000) / 1000,
		reasons: c.reasons
	}));
}
