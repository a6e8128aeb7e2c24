import { describe, expect, it } from 'vitest';
import type { EvaluableMap } from '$lib/core/evaluate';
import { referenceMap, REFERENCE_THESIS } from '$test/reference-map';
import { EvaluationState } from './evaluation.svelte';
import { pageEvaluator, type Evaluator } from './evaluator';

function state() {
	const map = referenceMap();
	const ids = new Set(map.nodes.map((n) => n.id));
	let runs = 0;
	const counting = (m: EvaluableMap): Evaluator => {
		const inner = pageEvaluator(m);
		return { ...inner, run: (w, e) => (runs++, inner.run(w, e)) };
	};
	return { s: new EvaluationState(map, (id) => ids.has(id), counting), runs: () => runs };
}

describe('the viewer’s evaluation', () => {
	it('evaluates the map and explains the node asked about', async () => {
		const { s } = state();
		await s.update(REFERENCE_THESIS);
		expect(s.result?.grounded[REFERENCE_THESIS]).toBe('in');
		expect(s.why?.id).toBe(REFERENCE_THESIS);
		expect(s.why?.explanation?.label).toMatch(/^In: every attack on it is answered/);
		expect(s.hypothetical).toBe(false);
	});

	it('a rejection is a what-if: the node is out, and reset brings the map back', async () => {
		const { s } = state();
		expect(s.on).toBe(false);
		s.toggleReject('complementarity');
		expect(s.hypothetical).toBe(true);
		// What it changes shows on the graph: the layer is turned on.
		expect(s.on).toBe(true);
		// Its unanswered objections are those of the what-if too.
		await s.update(null);
		const thesis = s.result!.unanswered.find((u) => u.position === REFERENCE_THESIS)!;
		expect(thesis.against.map((o) => o.from)).toContain('competition-for-assets');
		await s.update('competition-for-assets');
		expect(s.result?.grounded['complementarity']).toBe('out');
		// Its answer gone, the objection stands again, and with it the thesis is no longer in.
		expect(s.result?.grounded['competition-for-assets']).toBe('in');
		expect(s.result?.grounded[REFERENCE_THESIS]).toBe('out');
		s.reset();
		await s.update(null);
		expect(s.hypothetical).toBe(false);
		expect(s.result?.grounded[REFERENCE_THESIS]).toBe('in');
	});

	it('a base score moves the strength, clamped into [0, 1] and rounded as the slider is', async () => {
		const { s } = state();
		await s.update(null);
		const before = s.result!.strength['complementarity']!;
		s.setBase('complementarity', 1.7);
		expect(s.base.get('complementarity')).toBe(1);
		expect(s.on).toBe(true);
		await s.update(null);
		expect(s.result!.strength['complementarity']!).toBeGreaterThan(before);
		s.setBase('complementarity', null);
		expect(s.hypothetical).toBe(false);
	});

	it('reads and writes its URL part, ignoring nodes the map does not have', () => {
		const { s } = state();
		s.applyUrl({
			evaluate: true,
			reject: ['complementarity', 'nope'],
			base: { 'shared-needs': 0.8, x: 1 }
		});
		expect(s.on).toBe(true);
		expect(s.urlState()).toEqual({
			evaluate: true,
			reject: ['complementarity'],
			base: { 'shared-needs': 0.8 }
		});
		s.applyUrl({});
		expect(s.urlState()).toEqual({});
	});

	it('explains another node under the same what-if without evaluating again', async () => {
		const { s, runs } = state();
		await s.update('complementarity');
		const first = s.ms;
		await s.update('shared-needs');
		expect(runs()).toBe(2);
		// The second run reused the evaluation: its cost is not reported as a new one.
		expect(s.ms).toBe(first);
		expect(s.why?.id).toBe('shared-needs');
	});

	it('drops an answer that arrives after a newer question', async () => {
		const map = referenceMap();
		const inner = pageEvaluator(map);
		// Answers held back and released newest first, as a busy worker might deliver them.
		const held: (() => void)[] = [];
		const slow: Evaluator = {
			...inner,
			run: (w, e) => new Promise((done) => held.push(() => void inner.run(w, e).then(done)))
		};
		const s = new EvaluationState(
			map,
			() => true,
			() => slow
		);
		const older = s.update('complementarity');
		const newer = s.update('shared-needs');
		held[1]!();
		await newer;
		held[0]!();
		await older;
		expect(s.why?.id).toBe('shared-needs');
	});
});
