import { describe, expect, it } from 'vitest';
import { referenceMap } from '$test/reference-map';
import { frameworkMap } from '$test/frameworks';
import { evaluate, PREFERRED_BUDGET } from '$lib/core/evaluate';
import { mapIndex, packEvaluation, transferables, unpackEvaluation } from './evaluation-transfer';

/** Packs, clones as postMessage would (handing the buffers over), and unpacks. */
function roundTrip(map: Parameters<typeof evaluate>[0], evaluation: ReturnType<typeof evaluate>) {
	const packed = packEvaluation(evaluation, map, mapIndex(map));
	const sent = structuredClone(packed, { transfer: transferables(packed) });
	expect(packed.strength.byteLength).toBe(0); // handed over, not copied
	return unpackEvaluation(sent, map);
}

describe('an evaluation packed for the trip from the worker', () => {
	it('comes back as the core returned it, under a what-if too', () => {
		const map = referenceMap();
		for (const whatIf of [{}, { reject: ['complementarity'], base: { 'shared-needs': 0.9 } }]) {
			const evaluation = evaluate(map, whatIf);
			expect(evaluation.unanswered.some((p) => p.against.length + p.for.length > 0)).toBe(true);
			expect(roundTrip(map, evaluation)).toEqual(evaluation);
		}
	});

	it('keeps preferred extensions, an unknown acceptance past the budget, and odd ids', () => {
		const map = frameworkMap('__proto__ b c d', ['__proto__>b', 'b>__proto__', 'c>d', 'd>c']);
		const full = evaluate(map);
		expect(full.preferred.extensions).toHaveLength(4);
		expect(roundTrip(map, full)).toEqual(full);
		const cut = evaluate(map, {}, { preferred: { ...PREFERRED_BUDGET, maxSteps: 1 } });
		expect(Object.values(cut.acceptance)).toContain('unknown');
		expect(roundTrip(map, cut)).toEqual(cut);
	});

	it('files each objection under its own edge when a map repeats an edge id', () => {
		const map = frameworkMap('p a b', ['a>p', 'b>p']);
		const position = { ...map.nodes[0]!, kind: 'position' as const };
		const twice = {
			nodes: [position, ...map.nodes.slice(1)],
			edges: map.edges.map((e) => ({ ...e, id: 'same' }))
		};
		const evaluation = evaluate(twice);
		expect(evaluation.unanswered[0]!.against.map((o) => o.from)).toEqual(['a', 'b']);
		expect(roundTrip(twice, evaluation)).toEqual(evaluation);
	});
});
