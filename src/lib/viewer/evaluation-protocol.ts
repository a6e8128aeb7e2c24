/** The messages between the viewer and its evaluation worker, and the answer either side gives. */
import type { EvaluableMap, Evaluation, Explanation, WhatIf } from '$lib/core/evaluate';
import type { PackedEvaluation } from './evaluation-transfer';

export type EvaluationRequest =
	| { type: 'load'; map: EvaluableMap }
	/** Evaluates under `whatIf`, and explains `explain` (a node id) under it. */
	| { type: 'run'; id: number; whatIf: WhatIf; explain: string | null };

/** The worker's answer: the evaluation packed by index (evaluation-transfer.ts). */
export type EvaluationReply =
	| {
			id: number;
			ok: true;
			answer: Omit<EvaluationAnswer, 'evaluation'> & { packed: PackedEvaluation };
	  }
	| { id: number; ok: false; error: string };

/** An evaluation, the explanation asked for, and how long computing them took. */
export interface EvaluationAnswer {
	evaluation: Evaluation;
	explanation: Explanation | null;
	/** The evaluation's own cost in ms (0 when it was reused), messaging aside. */
	ms: number;
}
