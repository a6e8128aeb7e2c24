/**
 * Evaluates a map under a what-if and explains one node, keeping the last run:
 * a new selection under the same what-if is explained without evaluating again.
 * Runs wherever it is created, on the page's thread or in the worker.
 */
import {
	LIVE_PREFERRED_BUDGET,
	runEvaluation,
	type EvaluableMap,
	type EvaluationRun,
	type WhatIf
} from '$lib/core/evaluate';
import type { EvaluationAnswer } from './evaluation-protocol';

export type EvaluationRunner = (whatIf: WhatIf, explain: string | null) => EvaluationAnswer;

/** What identifies a what-if: the same rejections and base scores, in any order, are the same. */
export function whatIfKey(whatIf: WhatIf): string {
	const reject = [...(whatIf.reject ?? [])].sort();
	const base = Object.entries(whatIf.base ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return JSON.stringify([reject, base]);
}

export function evaluationRunner(map: EvaluableMap): EvaluationRunner {
	let last: { key: string; run: EvaluationRun } | null = null;
	return (whatIf, explain) => {
		const key = whatIfKey(whatIf);
		let ms = 0;
		if (last?.key !== key) {
			const start = performance.now();
			// Preferred within the live budget: a slider step must not wait on an exponential search.
			last = { key, run: runEvaluation(map, whatIf, { preferred: LIVE_PREFERRED_BUDGET }) };
			ms = performance.now() - start;
		}
		const { run } = last;
		return {
			evaluation: run.evaluation,
			explanation: explain === null ? null : (run.explain(explain) ?? null),
			ms
		};
	};
}
