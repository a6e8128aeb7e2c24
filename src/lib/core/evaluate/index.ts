/**
 * Which claims stand: a map evaluated by grounded and preferred semantics and
 * by DF-QuAD strength, with a what-if applied first. Pure; the map is never changed.
 */
import type { MapEdge, MapNode } from '../model';
import { frameworkOf, type WhatIf } from './framework';
import { groundedCodes, labelOf, IN, OUT, type Label } from './grounded';
import { preferredExtensions, type PreferredOptions } from './preferred';
import { baseScores, influencesFrom, strengths } from './strength';
import { indexMap, type IndexedMap } from './rows';
import { unansweredObjections, type PositionObjections } from './unanswered';
import { explainNode, type Explanation } from './explain';

export {
	attackersOf,
	buildFramework,
	frameworkOf,
	READER,
	targetsOf,
	type AttackReason,
	type Framework,
	type WhatIf
} from './framework';
export { groundedCodes, type Label } from './grounded';
export {
	preferredExtensions,
	LIVE_PREFERRED_BUDGET,
	PREFERRED_BUDGET,
	type PreferredSearch
} from './preferred';
export {
	aggregate,
	combine,
	DEFAULT_BASE,
	STRENGTH_MAX_ROUNDS,
	STRENGTH_TOLERANCE,
	type Influences,
	type Strengths
} from './strength';
export type { Objection, PositionObjections } from './unanswered';
export type { Explanation } from './explain';

/** In every preferred extension, in some, in none, or not known because the budget ran out. */
export type Acceptance = 'sceptical' | 'credulous' | 'none' | 'unknown';

/** What a map needs for evaluation: its nodes' ids, kinds, titles and base scores, and its edges. */
export interface EvaluableMap {
	nodes: readonly (Pick<MapNode, 'id' | 'kind' | 'title'> & { base?: number })[];
	edges: readonly MapEdge[];
}

/** The result as plain data, keyed by node id (what `ronten evaluate --json` prints). */
export interface Evaluation {
	grounded: Record<string, Label>;
	preferred: {
		extensions: string[][];
		complete: boolean;
		/** Which budget ran out ("steps" or "extensions"), when one did. */
		limit?: 'steps' | 'extensions';
		steps: number;
	};
	acceptance: Record<string, Acceptance>;
	strength: Record<string, number>;
	base: Record<string, number>;
	/** False when a cycle's strengths were still moving at the iteration cap. */
	strengthConverged: boolean;
	unanswered: PositionObjections[];
	whatIf: { reject: string[]; base: Record<string, number> };
}

/** An evaluation with what explanations need to read it. */
export interface EvaluationRun {
	evaluation: Evaluation;
	/** The explanation of one node; undefined for an unknown id. */
	explain(id: string): Explanation | undefined;
}

export interface EvaluateOptions {
	preferred?: PreferredOptions;
}

/** Evaluates `map` under `whatIf`. Unknown ids in the what-if are ignored; callers check them first. */
export function runEvaluation(
	map: EvaluableMap,
	whatIf: WhatIf = {},
	options: EvaluateOptions = {}
): EvaluationRun {
	const indexed = indexMap(map);
	const af = frameworkOf(indexed, whatIf);
	const codes = groundedCodes(af);
	const search = preferredExtensions(af, codes, options.preferred);
	const inf = influencesFrom(indexed);
	const rejected = rejectedMask(indexed, whatIf);
	const strength = strengths(inf, baseScores(map, whatIf), rejected);
	const ids = map.nodes.map((n) => n.id);

	const held = new Int32Array(af.ids.length);
	for (const e of search.extensions) for (const i of e) held[i]!++;
	const found = search.extensions.length;
	const acceptance = (i: number): Acceptance => {
		if (codes[i] === IN) return 'sceptical';
		if (codes[i] === OUT) return 'none';
		if (!search.complete) return held[i]! > 0 ? 'credulous' : 'unknown';
		return held[i] === found ? 'sceptical' : held[i]! > 0 ? 'credulous' : 'none';
	};
	const evaluation: Evaluation = {
		grounded: record(ids, (i) => labelOf(codes[i]!)),
		preferred: {
			// The reader of a what-if is in every extension; it is not a node of the map.
			extensions: search.extensions.map((e) => e.filter((i) => i < af.mapSize).map((i) => ids[i]!)),
			complete: search.complete,
			...(search.limit ? { limit: search.limit } : {}),
			steps: search.steps
		},
		acceptance: record(ids, acceptance),
		strength: record(ids, (i) => strength.values[i]!),
		base: record(ids, (i) => strength.base[i]!),
		strengthConverged: strength.converged,
		unanswered: unansweredObjections(map, indexed, af, inf, rejected),
		whatIf: {
			reject: (whatIf.reject ?? []).filter((id) => inf.index.has(id)),
			base: Object.fromEntries(
				Object.entries(whatIf.base ?? {}).filter(([id]) => inf.index.has(id))
			)
		}
	};
	const titles = new Map(map.nodes.map((n) => [n.id, n.title]));
	const input = {
		af,
		codes,
		inf,
		strength,
		rejected,
		titleOf: (id: string) => titles.get(id) ?? 'the reader',
		preferredCount: (i: number) => ({ in: held[i]!, of: found, complete: search.complete })
	};
	return {
		evaluation,
		explain: (id) => {
			const i = af.index.get(id);
			return i === undefined || i >= af.mapSize ? undefined : explainNode(input, i);
		}
	};
}

/** Evaluates `map` under `whatIf`, as plain data. */
export function evaluate(
	map: EvaluableMap,
	whatIf: WhatIf = {},
	options: EvaluateOptions = {}
): Evaluation {
	return runEvaluation(map, whatIf, options).evaluation;
}

/** 1 for each node the what-if rejects, by index. */
function rejectedMask(m: IndexedMap, whatIf: WhatIf): Uint8Array {
	const mask = new Uint8Array(m.ids.length);
	for (const id of whatIf.reject ?? []) {
		const i = m.index.get(id);
		if (i !== undefined) mask[i] = 1;
	}
	return mask;
}

function record<T>(ids: readonly string[], value: (i: number) => T): Record<string, T> {
	// Ids such as `__proto__` are map nodes like any other: no prototype to collide with.
	const out = Object.create(null) as Record<string, T>;
	ids.forEach((id, i) => (out[id] = value(i)));
	return out;
}
