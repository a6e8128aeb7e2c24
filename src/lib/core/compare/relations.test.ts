import { describe, expect, it } from 'vitest';
import { referenceMap } from '$test/reference-map';
import { compareMaps } from '.';

describe('relations between nodes both maps have', () => {
	const reference = referenceMap();
	const moved = reference.edges.find(
		(e) => e.origin === 'relation' && e.from === 'quote-north-korean-shells'
	)!;

	it('are the same in a copy of the map', () => {
		expect(compareMaps(reference, reference).relations).toEqual({ missing: [], extra: [] });
	});

	it('name evidence put under another claim: one missing, one added', () => {
		const student = {
			...reference,
			edges: reference.edges.map((e) => (e === moved ? { ...e, to: 'mistrust-of-china' } : e))
		};
		const { relations } = compareMaps(reference, student);
		expect(relations.missing).toEqual([
			{
				from: 'quote-north-korean-shells',
				to: moved.to,
				kind: 'supports',
				counterpart: { from: 'quote-north-korean-shells', to: moved.to }
			}
		]);
		expect(relations.extra.map((r) => [r.from, r.to])).toEqual([
			['quote-north-korean-shells', 'mistrust-of-china']
		]);
	});

	it('leave a relation of the other sign to the polarity check', () => {
		const student = {
			...reference,
			edges: reference.edges.map((e) => (e === moved ? { ...e, kind: 'attacks' as const } : e))
		};
		const report = compareMaps(reference, student);
		expect(report.relations).toEqual({ missing: [], extra: [] });
		expect(report.conflicts.some((c) => c.reference === 'quote-north-korean-shells')).toBe(true);
	});
});
