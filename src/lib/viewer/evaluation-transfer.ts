/**
 * An evaluation packed for the trip from the worker to the page: typed arrays
 * by node and edge index instead of records keyed by id. Both sides hold the
 * same map, so indices are enough. A structured clone of the records and
 * objection objects of a 5,000-node map took the page 60 to 230 ms to read,
 * several frames; typed arrays are handed over whole, and rebuilding the
 * records on the page costs a few ms.
 */
import type {
	Acceptance,
	EvaluableMap,
	Evaluation,
	Label,
	Objection,
	PositionObjections
} from '$lib/core/evaluate';

const LABELS: readonly Label[] = ['undecided', 'in', 'out'];
const ACCEPTANCE: readonly Acceptance[] = ['sceptical', 'credulous', 'none', 'unknown'];

export interface PackedEvaluation {
	/** By node index: an index into LABELS. */
	grounded: Uint8Array;
	/** By node index: an index into ACCEPTANCE. */
	acceptance: Uint8Array;
	strength: Float64Array;
	base: Float64Array;
	/** Each extension as node indices. */
	preferred: Omit<Evaluation['preferred'], 'extensions'> & { extensions: Int32Array[] };
	strengthConverged: boolean;
	/** Per position (node index), the edge indices of its standing objections. */
	unanswered: { position: number; against: Int32Array; for: Int32Array }[];
	whatIf: Evaluation['whatIf'];
}

/** Node and edge indices of a map, built once per map on the side that packs. */
export function mapIndex(map: EvaluableMap) {
	const nodes = new Map<string, number>();
	map.nodes.forEach((n, i) => nodes.set(n.id, i));
	const edges = new Map<string, number>();
	map.edges.forEach((e, k) => {
		if (!edges.has(e.id)) edges.set(e.id, k);
	});
	return { nodes, edges };
}

/** Packs `evaluation` of `map`; the typed arrays' buffers can be transferred. */
export function packEvaluation(
	evaluation: Evaluation,
	map: EvaluableMap,
	index: ReturnType<typeof mapIndex>
): PackedEvaluation {
	const n = map.nodes.length;
	const byNode = <T>(values: Record<string, T>, code: (v: T) => number, into: Uint8Array) => {
		for (let i = 0; i < n; i++) into[i] = code(values[map.nodes[i]!.id]!);
		return into;
	};
	const numbers = (values: Record<string, number>) =>
		Float64Array.from(map.nodes, (node) => values[node.id]!);
	// An objection's own edge: the first with its id, unless a map repeats ids (then its ends say).
	const edgeOf = (o: Objection) => {
		const k = index.edges.get(o.edge)!;
		const e = map.edges[k]!;
		if (e.from === o.from && e.to === o.to && e.kind === o.kind) return k;
		return map.edges.findIndex(
			(x) => x.id === o.edge && x.from === o.from && x.to === o.to && x.kind === o.kind
		);
	};
	const edges = (list: Objection[]) => Int32Array.from(list, edgeOf);
	return {
		grounded: byNode(evaluation.grounded, (l) => LABELS.indexOf(l), new Uint8Array(n)),
		acceptance: byNode(evaluation.acceptance, (a) => ACCEPTANCE.indexOf(a), new Uint8Array(n)),
		strength: numbers(evaluation.strength),
		base: numbers(evaluation.base),
		preferred: {
			...evaluation.preferred,
			extensions: evaluation.preferred.extensions.map((e) =>
				Int32Array.from(e, (id) => index.nodes.get(id)!)
			)
		},
		strengthConverged: evaluation.strengthConverged,
		unanswered: evaluation.unanswered.map((p) => ({
			position: index.nodes.get(p.position)!,
			against: edges(p.against),
			for: edges(p.for)
		})),
		whatIf: evaluation.whatIf
	};
}

/** The buffers of `packed`, to hand over rather than copy. */
export function transferables(packed: PackedEvaluation): ArrayBuffer[] {
	const arrays = [
		packed.grounded,
		packed.acceptance,
		packed.strength,
		packed.base,
		...packed.preferred.extensions,
		...packed.unanswered.flatMap((p) => [p.against, p.for])
	];
	return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** The evaluation again, as the core returned it, from `packed` and the same map. */
export function unpackEvaluation(packed: PackedEvaluation, map: EvaluableMap): Evaluation {
	const record = <T>(value: (i: number) => T): Record<string, T> => {
		// Ids such as `__proto__` are map nodes like any other: no prototype to collide with.
		const out = Object.create(null) as Record<string, T>;
		map.nodes.forEach((node, i) => (out[node.id] = value(i)));
		return out;
	};
	// One object per standing objection, shared by every position it is listed under.
	const objections = new Map<number, Objection>();
	const objection = (k: number): Objection => {
		let o = objections.get(k);
		if (!o) {
			const e = map.edges[k]!;
			o = { edge: e.id, from: e.from, to: e.to, kind: e.kind as Objection['kind'] };
			objections.set(k, o);
		}
		return o;
	};
	const ids = (list: Int32Array) => Array.from(list, (i) => map.nodes[i]!.id);
	return {
		grounded: record((i) => LABELS[packed.grounded[i]!]!),
		preferred: { ...packed.preferred, extensions: packed.preferred.extensions.map(ids) },
		acceptance: record((i) => ACCEPTANCE[packed.acceptance[i]!]!),
		strength: record((i) => packed.strength[i]!),
		base: record((i) => packed.base[i]!),
		strengthConverged: packed.strengthConverged,
		unanswered: packed.unanswered.map((p): PositionObjections => ({
			position: map.nodes[p.position]!.id,
			against: Array.from(p.against, objection),
			for: Array.from(p.for, objection)
		})),
		whatIf: packed.whatIf
	};
}
