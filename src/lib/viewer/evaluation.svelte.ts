/**
 * The viewer's evaluation: whether the Evaluate layer is on, the reader's
 * what-if (rejections and base scores), and the latest result. View state
 * only: the map is never changed; the URL carries the what-if (what-if-url.ts).
 */
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import type { EvaluableMap, Evaluation, Explanation, WhatIf } from '$lib/core/evaluate';
import { evaluator, type Evaluator } from './evaluator';
import { roundScore, type WhatIfUrl } from './what-if-url';

export class EvaluationState {
	/** The Evaluate layer is shown on the graph. */
	on = $state(false);
	readonly rejected = new SvelteSet<string>();
	readonly base = new SvelteMap<string, number>();
	/** The latest evaluation under the current what-if; null until one is asked for. */
	result = $state.raw<Evaluation | null>(null);
	/** The explanation of one node under the what-if of `result`. */
	why = $state.raw<{ id: string; explanation: Explanation | null } | null>(null);
	/** How long the latest evaluation took (ms), and where it ran. */
	ms = $state(0);
	failed = $state<string | null>(null);

	private engine: Evaluator | null = null;
	private asked = 0;

	constructor(
		private readonly map: EvaluableMap,
		private readonly known: (id: string) => boolean,
		private readonly makeEvaluator: (map: EvaluableMap) => Evaluator = evaluator
	) {}

	/** The reader supposes something the map does not say. */
	get hypothetical(): boolean {
		return this.rejected.size > 0 || this.base.size > 0;
	}

	whatIf(): WhatIf {
		return { reject: [...this.rejected], base: Object.fromEntries(this.base) };
	}

	/** Where evaluation runs; it starts (a worker, on a large map) on first use. */
	get where(): 'page' | 'worker' {
		return (this.engine ??= this.makeEvaluator(this.map)).where;
	}

	/**
	 * Evaluates under the current what-if and explains `explain`. Reads the what-if at once, so
	 * an effect that calls it runs again when the what-if changes; an older answer arriving
	 * after a newer question is dropped.
	 */
	async update(explain: string | null): Promise<void> {
		const whatIf = this.whatIf();
		const asked = ++this.asked;
		this.engine ??= this.makeEvaluator(this.map);
		try {
			const answer = await this.engine.run(whatIf, explain);
			if (asked !== this.asked) return;
			this.result = answer.evaluation;
			if (answer.ms > 0) this.ms = answer.ms;
			this.why = explain === null ? null : { id: explain, explanation: answer.explanation };
			this.failed = null;
		} catch (e) {
			if (asked === this.asked) this.failed = e instanceof Error ? e.message : String(e);
		}
	}

	/**
	 * Supposes `id` rejected, or takes that back. Supposing turns the Evaluate layer on: what
	 * a supposition changes shows on the graph, and with the layer off nothing would.
	 */
	toggleReject(id: string) {
		if (this.rejected.has(id)) this.rejected.delete(id);
		else {
			this.rejected.add(id);
			this.on = true;
		}
	}

	/** Supposes a base score for `id` (turning the layer on); null takes it back. */
	setBase(id: string, value: number | null) {
		if (value === null) this.base.delete(id);
		else {
			this.base.set(id, roundScore(Math.min(1, Math.max(0, value))));
			this.on = true;
		}
	}

	/** Back to what the map says. */
	reset() {
		this.rejected.clear();
		this.base.clear();
	}

	applyUrl(s: WhatIfUrl) {
		this.on = s.evaluate ?? false;
		const reject = (s.reject ?? []).filter(this.known);
		for (const id of this.rejected) if (!reject.includes(id)) this.rejected.delete(id);
		for (const id of reject) this.rejected.add(id);
		const base = Object.entries(s.base ?? {}).filter(([id]) => this.known(id));
		for (const id of this.base.keys()) if (!base.some(([b]) => b === id)) this.base.delete(id);
		for (const [id, v] of base) if (this.base.get(id) !== v) this.base.set(id, v);
	}

	urlState(): WhatIfUrl {
		const out: WhatIfUrl = {};
		if (this.on) out.evaluate = true;
		if (this.rejected.size) out.reject = [...this.rejected];
		if (this.base.size) out.base = Object.fromEntries(this.base);
		return out;
	}

	/** Stops the worker, if one was started; the next update starts another. */
	close() {
		this.engine?.close();
		this.engine = null;
	}
}
