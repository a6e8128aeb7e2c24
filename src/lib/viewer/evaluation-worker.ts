/// <reference lib="webworker" />
/**
 * Evaluation off the page's thread, for maps large enough that one run costs
 * more than a frame (see EVALUATION_WORKER_FROM in evaluator.ts): dragging a
 * base-score slider must not freeze the page.
 */
import type { EvaluableMap } from '$lib/core/evaluate';
import type { EvaluationReply, EvaluationRequest } from './evaluation-protocol';
import { evaluationRunner, type EvaluationRunner } from './evaluation-runner';
import { mapIndex, packEvaluation, transferables } from './evaluation-transfer';

let loaded: {
	map: EvaluableMap;
	run: EvaluationRunner;
	index: ReturnType<typeof mapIndex>;
} | null = null;

self.onmessage = (event: MessageEvent<EvaluationRequest>) => {
	const request = event.data;
	if (request.type === 'load') {
		const { map } = request;
		loaded = { map, run: evaluationRunner(map), index: mapIndex(map) };
		return;
	}
	let reply: EvaluationReply;
	let transfer: ArrayBuffer[] = [];
	try {
		if (!loaded) throw new Error('no map loaded');
		const { evaluation, explanation, ms } = loaded.run(request.whatIf, request.explain);
		const packed = packEvaluation(evaluation, loaded.map, loaded.index);
		transfer = transferables(packed);
		reply = { id: request.id, ok: true, answer: { packed, explanation, ms } };
	} catch (e) {
		reply = { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
	}
	self.postMessage(reply, transfer);
};
