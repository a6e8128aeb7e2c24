/**
 * Where the viewer evaluates a map. The core evaluates the reference map (138
 * nodes) in a few ms, well under a frame, and generated maps with cycles stay
 * under half a frame up to 800 nodes, so smaller maps are evaluated on the
 * page's thread and a what-if updates in the same frame. From
 * EVALUATION_WORKER_FROM nodes one run costs about a frame (16 ms) or more
 * (`npx tsx scripts/bench/evaluation.ts` measures it), so larger maps are
 * evaluated in a worker and the page stays responsive while a slider moves.
 */
import type { EvaluableMap, WhatIf } from '$lib/core/evaluate';
import type { EvaluationAnswer, EvaluationReply, EvaluationRequest } from './evaluation-protocol';
import { unpackEvaluation } from './evaluation-transfer';
import EvaluationWorker from './evaluation-worker?worker';

/** Maps of this many nodes or more are evaluated in a worker. */
export const EVALUATION_WORKER_FROM = 1000;

export interface Evaluator {
	run(whatIf: WhatIf, explain: string | null): Promise<EvaluationAnswer>;
	/** Where it runs: on the page's thread, or in a worker. */
	readonly where: 'page' | 'worker';
	close(): void;
}

/** Only what evaluation reads: a smaller copy to send to a worker. */
function evaluable(map: EvaluableMap): EvaluableMap {
	return {
		nodes: map.nodes.map((n) => ({
			id: n.id,
			kind: n.kind,
			title: n.title,
			...(n.base === undefined ? {} : { base: n.base })
		})),
		edges: map.edges.map((e) => ({ ...e }))
	};
}

/** An evaluator for `map`: a worker for a large map where the browser runs one, else the page. */
export function evaluator(map: EvaluableMap): Evaluator {
	if (map.nodes.length < EVALUATION_WORKER_FROM) return pageEvaluator(map);
	let worker: Worker;
	try {
		worker = new EvaluationWorker();
	} catch {
		return pageEvaluator(map);
	}
	return workerEvaluator(map, worker);
}

/** Evaluates on the page's thread; the core's evaluation loads on first use, not with the page. */
export function pageEvaluator(map: EvaluableMap): Evaluator {
	const runner = import('./evaluation-runner').then((m) => m.evaluationRunner(map));
	// Reported where a run awaits it.
	runner.catch(() => {});
	return {
		where: 'page',
		run: async (whatIf, explain) => (await runner)(whatIf, explain),
		close: () => {}
	};
}

function workerEvaluator(map: EvaluableMap, worker: Worker): Evaluator {
	let next = 0;
	const waiting = new Map<
		number,
		{ done: (a: EvaluationAnswer) => void; fail: (e: Error) => void }
	>();
	// The worker cannot run (its script blocked or broken): evaluate on the page's thread.
	let fallback: Evaluator | null = null;
	worker.onmessage = (event: MessageEvent<EvaluationReply>) => {
		const reply = event.data;
		const w = waiting.get(reply.id);
		waiting.delete(reply.id);
		if (reply.ok) {
			const { packed, explanation, ms } = reply.answer;
			w?.done({ evaluation: unpackEvaluation(packed, map), explanation, ms });
		} else w?.fail(new Error(reply.error));
	};
	worker.onerror = (event) => {
		event.preventDefault();
		fallback ??= pageEvaluator(map);
		for (const w of waiting.values()) w.fail(new Error('evaluation worker failed'));
		waiting.clear();
	};
	worker.postMessage({ type: 'load', map: evaluable(map) } satisfies EvaluationRequest);
	return {
		where: 'worker',
		async run(whatIf, explain) {
			if (!fallback) {
				try {
					return await new Promise<EvaluationAnswer>((done, fail) => {
						const id = ++next;
						waiting.set(id, { done, fail });
						const request: EvaluationRequest = {
							type: 'run',
							id,
							// Plain copies: a reactive proxy cannot be cloned into a worker.
							whatIf: {
								reject: [...(whatIf.reject ?? [])],
								base: { ...whatIf.base }
							},
							explain
						};
						worker.postMessage(request);
					});
				} catch (e) {
					if (!fallback) throw e;
				}
			}
			return fallback.run(whatIf, explain);
		},
		close: () => worker.terminate()
	};
}
