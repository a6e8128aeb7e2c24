/**
 * Relations between nodes the two maps share: those of the reference that the
 * student's map lacks, and those the student drew that the reference lacks.
 * Evidence put under another claim is both: its relation to the right claim is
 * missing, the one to the wrong claim extra. Only relations as written count
 * (not the premise and conclusion edges of a reconstruction), and two nodes
 * related either way, by any kind, count as related: a relation of the other
 * sign is a reversal, which the polarity check reports.
 */
import type { EdgeKind } from '../model';
import type { ComparableMap, MatchedPair, RelationDifference } from './types';

export function relationDifferences(
	reference: ComparableMap,
	student: ComparableMap,
	matched: readonly MatchedPair[]
): { missing: RelationDifference[]; extra: RelationDifference[] } {
	const toStudent = new Map(matched.map((p) => [p.reference, p.student]));
	const toReference = new Map(matched.map((p) => [p.student, p.reference]));
	return {
		missing: unrelatedIn(reference, toStudent, related(student)),
		extra: unrelatedIn(student, toReference, related(reference))
	};
}

/** Node pairs a map relates, either way, by any kind of written relation. */
function related(map: ComparableMap): Set<string> {
	const pairs = new Set<string>();
	for (const e of map.edges)
		if (e.origin === 'relation') pairs.add(key(e.from, e.to)).add(key(e.to, e.from));
	return pairs;
}

/** The relations of `map` between nodes the other map has (`across`) and does not relate. */
function unrelatedIn(
	map: ComparableMap,
	across: ReadonlyMap<string, string>,
	relatedThere: ReadonlySet<string>
): RelationDifference[] {
	const out: RelationDifference[] = [];
	for (const e of written(map)) {
		const from = across.get(e.from);
		const to = across.get(e.to);
		if (from !== undefined && to !== undefined && !relatedThere.has(key(from, to)))
			out.push({ from: e.from, to: e.to, kind: e.kind, counterpart: { from, to } });
	}
	return out;
}

const key = (from: string, to: string) => `${from}\u0000${to}`;

/** Each written relation once, even where a map repeats one. */
function written(map: ComparableMap): { from: string; to: string; kind: EdgeKind }[] {
	const seen = new Set<string>();
	return map.edges.filter((e) => {
		if (e.origin !== 'relation' || e.from === e.to) return false;
		const k = `${key(e.from, e.to)}\u0000${e.kind}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
}
