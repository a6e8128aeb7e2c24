/// <reference lib="webworker" />
/**
 * Evaluation off the page's thread, for maps large enough that one run costs
 * more than a frame (see EVALUATION_WORKER_FROM in evaluator.ts): dragging a
 * base-score slider must not freeze the page.
 */
import type { EvaluationReply, EvaluationRequest } from './evaluation-protocol';
import { evaluationRunner, type EvaluationRunner } from './evaluation-runner';

let run: EvaluationRunner | null = null;

self.onmessage = (event: MessageEvent<EvaluationRequest>) => {
	const request = event.data;
	if (request.type === 'load') {
		run = evaluationRunner(request.map);
		return;
	}
	let reply: EvaluationReply;
	try {
		if (!run) throw new Error('no map loaded');
		reply = { id: request.id, ok: true, answer: run(request.whatIf, request.explain) };
	} catch (e) {
		reply = { id: request.id, ok: false, error: e instanceof Error ? e.message : String(e) };
	}
	self.postMessage(reply);
};
