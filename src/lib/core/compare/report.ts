/**
 * From matched pairs to what a teacher reads: coverage weighted by kind,
 * what is missing (grouped by position, heaviest first), what is extra, and
 * one sentence per position.
 */
import { adjacency, polarityOf } from '../graph/adjacency';
import { bearingIndex } from '../graph/bearing';
import type { NodeWithoutLocation } from '../model';
import type {
	ComparableMap,
	CompareReport,
	Conflict,
	MatchedPair,
	MissingGroup,
	PositionSummary
} from './types';
import { counted } from '../text/count';
import { relationDifferences } from './relations';

/** How much each reference node counts towards coverage (docs/compare.md). */
export const COVERAGE_WEIGHTS = {
	position: 4,
	/** A claim or argument that bears directly on a position: one of its reasons or objections. */
	direct: 3,
	claim: 2,
	argument: 2,
	evidence: 1
} as const;

/** Assembles the report of a comparison. */
export function buildReport(
	reference: ComparableMap,
	student: ComparableMap,
	matched: MatchedPair[],
	conflicts: Conflict[]
): CompareReport {
	const covered = new Set(matched.map((p) => p.reference));
	const taken = new Set(matched.map((p) => p.student));
	const weight = weights(reference);
	let total = 0;
	let have = 0;
	for (const n of reference.nodes) {
		total += weight.get(n.id)!;
		if (covered.has(n.id)) have += weight.get(n.id)!;
	}
	const missingByPosition = groupMissing(reference, covered, weight);
	return {
		reference: { id: reference.id, title: reference.title, nodes: reference.nodes.length },
		student: { id: student.id, title: student.title, nodes: student.nodes.length },
		matched,
		missing: missingByPosition.flatMap((g) => g.nodes),
		missingByPosition,
		extra: student.nodes.filter((n) => !taken.has(n.id)).map((n) => n.id),
		conflicts,
		relations: relationDifferences(reference, student, matched),
		coverage: total ? Math.round((have / total) * 1000) / 1000 : 1,
		positions: positionSummaries(reference, covered)
	};
}

function weights(map: ComparableMap): Map<string, number> {
	const positions = new Set(map.nodes.filter((n) => n.kind === 'position').map((n) => n.id));
	const direct = new Set(map.edges.filter((e) => positions.has(e.to)).map((e) => e.from));
	return new Map(
		map.nodes.map((n) => [
			n.id,
			n.kind === 'position'
				? COVERAGE_WEIGHTS.position
				: direct.has(n.id) && n.kind !== 'evidence'
					? COVERAGE_WEIGHTS.direct
					: COVERAGE_WEIGHTS[n.kind]
		])
	);
}

/**
 * The position each node is nearest to, in steps along relations (ties go to
 * the position written first): one walk backwards from all positions at once.
 */
function nearestPositions(map: ComparableMap): Map<string, string> {
	const adj = adjacency(map);
	const queue = map.nodes.filter((n) => n.kind === 'position').map((n) => n.id);
	const nearest = new Map(queue.map((id) => [id, id]));
	for (let i = 0; i < queue.length; i++) {
		const node = queue[i]!;
		for (const { other } of adj.incoming(node)) {
			if (nearest.has(other)) continue;
			nearest.set(other, nearest.get(node)!);
			queue.push(other);
		}
	}
	return nearest;
}

/** Missing nodes under the position each is nearest to, heaviest first within a group. */
function groupMissing(
	map: ComparableMap,
	covered: Set<string>,
	weight: Map<string, number>
): MissingGroup[] {
	const nearest = nearestPositions(map);
	const order = new Map(map.nodes.map((n, i) => [n.id, i]));
	const groups = new Map<string | null, string[]>();
	for (const n of map.nodes) if (n.kind === 'position') groups.set(n.id, []);
	for (const n of map.nodes) {
		if (covered.has(n.id)) continue;
		const position = nearest.get(n.id) ?? null;
		const list = groups.get(position);
		if (list) list.push(n.id);
		else groups.set(position, [n.id]);
	}
	const byWeight = (a: string, b: string) =>
		weight.get(b)! - weight.get(a)! || order.get(a)! - order.get(b)!;
	return [...groups]
		.filter(([, nodes]) => nodes.length > 0)
		.map(([position, nodes]) => ({ position, nodes: nodes.sort(byWeight) }));
}

function positionSummaries(map: ComparableMap, covered: Set<string>): PositionSummary[] {
	const adj = adjacency(map);
	const bearing = bearingIndex(map);
	const byId = new Map(map.nodes.map((n) => [n.id, n]));
	return map.nodes
		.filter((n) => n.kind === 'position')
		.map((position) => {
			const reasons = new Set<string>();
			const objections = new Set<string>();
			for (const { edge, other } of adj.incoming(position.id))
				(polarityOf(edge.kind) === 1 ? reasons : objections).add(other);
			const tally = (ids: Set<string>) => {
				const missing = [...ids].filter((id) => !covered.has(id));
				return { total: ids.size, covered: ids.size - missing.length, missing };
			};
			const bearers = map.nodes.filter((n) =>
				bearing.get(n.id)?.some((b) => b.position === position.id)
			);
			const summary = {
				position: position.id,
				covered: covered.has(position.id),
				reasons: tally(reasons),
				objections: tally(objections),
				bearing: {
					total: bearers.length,
					covered: bearers.filter((n) => covered.has(n.id)).length
				}
			};
			return { ...summary, sentence: sentence(position, summary, byId) };
		});
}

function sentence(
	position: NodeWithoutLocation,
	s: Omit<PositionSummary, 'sentence'>,
	byId: Map<string, NodeWithoutLocation>
): string {
	const name = `«${position.title}»`;
	const part = (t: PositionSummary['reasons'], one: string, many: string, prep: string) =>
		`${t.covered} of the ${counted(t.total, one, many)} ${prep} it`;
	const parts = [
		s.reasons.total ? part(s.reasons, 'reason', 'reasons', 'for') : '',
		s.objections.total ? part(s.objections, 'objection', 'objections', 'to') : ''
	].filter(Boolean);
	const head = s.covered ? `The student has ${name}` : `The student does not have ${name}`;
	const counts = parts.length
		? `${s.covered ? ', with' : '; they have'} ${parts.join(' and ')}`
		: '';
	const missing = [...s.reasons.missing, ...s.objections.missing].map(
		(id) => `«${byId.get(id)?.title ?? id}»`
	);
	return `${head}${counts}${missing.length ? `; missing: ${missing.join(', ')}` : ''}.`;
}
