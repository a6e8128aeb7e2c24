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
	const related = (map: ComparableMap) => {
		const pairs = new Set<string>();
		for (const e of map.edges)
			if (e.origin === 'relation') pairs.add(key(e.from, e.to)).add(key(e.to, e.from));
		return pairs;
	};
	const inStudent = related(student);
	const inReference = related(reference);
	const missing: RelationDifference[] = [];
	for (const e of written(reference)) {
		const from = toStudent.get(e.from);
		const to = toStudent.get(e.to);
		if (from !== undefined && to !== undefined && !inStudent.has(key(from, to)))
			missing.push({ from: e.from, to: e.to, kind: e.kind, counterpart: { from, to } });
	}
	const extra: RelationDifference[] = [];
	for (const e of written(student)) {
		const from = toReference.get(e.from);
		const to = toReference.get(e.to);
		if (from !== undefined && to !== undefined && !inReference.has(key(from, to)))
			extra.push({ from: e.from, to: e.to, kind: e.kind, counterpart: { from, to } });
	}
	return { missing, extra };
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
