import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';
import { compareMaps, matchNodes } from '.';
import { evaluate, pooled } from '../../../../tests/fixtures/compare/evaluate';

const SOURCE = {
	'src.txt':
		'Trains are cleaner than planes on short trips. A night train leaves the capital at ten and arrives at dawn. Tickets cost more than flights on most routes.'
};
const FRONT = `===\ntitle: T\nsources:\n  - id: s\n    title: S\n    file: src.txt\n===\n\n`;
const map = (body: string) => {
	const r = compileText(FRONT + body, SOURCE);
	expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	return r.map;
};
const pairs = (m: { reference: string; student: string }[]) =>
	Object.fromEntries(m.map((p) => [p.student, p.reference]));

const REFERENCE = map(`[Take the train]: Europeans should take the train for short trips. #position
  + [Cleaner]: Rail travel pollutes less than flying over short distances.
    + [Quote cleaner]: The report. {source: s, quote: "Trains are cleaner than planes on short trips."}
  - [Too expensive]: Train tickets are dearer than plane tickets.
    + [Quote price]: The prices. {source: s, quote: "Tickets cost more than flights on most routes."}
  + [Night trains]: Night trains leave in the evening and arrive in the morning.
`);

describe('matching on hand-made pairs', () => {
	it('matches a paraphrase by its words', () => {
		const student = map(`[Go by rail]: People in Europe should go by rail for short trips. #position
  + [Less pollution]: Rail pollutes less than flying on short distances.
`);
		expect(pairs(matchNodes(REFERENCE, student))).toEqual({
			'go-by-rail': 'take-the-train',
			'less-pollution': 'cleaner'
		});
	});

	it('matches evidence quoting part of the same sentence, whatever it is called', () => {
		const student = map(`[Rail]: Rail is better. #position
  + [Some evidence]: Look. {source: s, quote: "cleaner than planes"}
  - [A second piece]: Here. {source: s, quote: "Tickets cost more"}
`);
		const matched = matchNodes(REFERENCE, student);
		expect(pairs(matched)).toMatchObject({
			'some-evidence': 'quote-cleaner',
			'a-second-piece': 'quote-price'
		});
		expect(matched.find((p) => p.student === 'some-evidence')!.reasons[0]).toBe('same-sentence');
	});

	it('reports a flipped relation as a conflict with both chains', () => {
		const student =
			map(`[Take the train]: Europeans should take the train for short trips. #position
  + [Too expensive]: Train tickets are dearer than plane tickets.
`);
		const report = compareMaps(REFERENCE, student);
		expect(report.conflicts).toHaveLength(1);
		const [c] = report.conflicts;
		expect(c).toMatchObject({
			reference: 'too-expensive',
			student: 'too-expensive',
			position: 'take-the-train',
			referenceStance: 'against',
			studentStance: 'for',
			inheritedFrom: null
		});
		expect(c!.referenceChain.steps.map((s) => s.kind)).toEqual(['attacks']);
		expect(c!.studentChain.steps.map((s) => s.kind)).toEqual(['supports']);
	});

	it('marks conflicts below a flipped relation as inherited from it', () => {
		const student =
			map(`[Take the train]: Europeans should take the train for short trips. #position
  + [Too expensive]: Train tickets are dearer than plane tickets.
    + [Quote price]: The prices. {source: s, quote: "Tickets cost more than flights on most routes."}
`);
		const conflicts = compareMaps(REFERENCE, student).conflicts;
		expect(conflicts.map((c) => [c.reference, c.inheritedFrom])).toEqual([
			['too-expensive', null],
			['quote-price', 'too-expensive']
		]);
	});

	it('matches one part of a split claim and leaves the other as extra', () => {
		const student =
			map(`[Take the train]: Europeans should take the train for short trips. #position
  + [Night departure]: Night trains leave in the evening.
  + [Morning arrival]: They arrive in the morning, at dawn.
`);
		const report = compareMaps(REFERENCE, student);
		const night = report.matched.filter((p) => p.reference === 'night-trains');
		expect(night).toHaveLength(1);
		expect(['night-departure', 'morning-arrival']).toContain(night[0]!.student);
		expect(report.extra).toHaveLength(1);
	});

	it('matches a merged claim to one of the claims it merges, and the other is missing', () => {
		const student =
			map(`[Take the train]: Europeans should take the train for short trips. #position
  + [Clean and comfortable]: Rail pollutes less than flying, and night trains arrive in the morning.
`);
		const report = compareMaps(REFERENCE, student);
		const merged = report.matched.find((p) => p.student === 'clean-and-comfortable');
		expect(['cleaner', 'night-trains']).toContain(merged?.reference);
		expect(report.missing).toContain(merged?.reference === 'cleaner' ? 'night-trains' : 'cleaner');
	});

	it('does not match nodes that share nothing', () => {
		const student = map(`[Cats]: Cats sleep most of the day. #position\n`);
		const report = compareMaps(REFERENCE, student);
		expect(report.matched).toEqual([]);
		expect(report.extra).toEqual(['cats']);
		expect(report.coverage).toBe(0);
	});
});

describe('the report', () => {
	it('groups missing nodes by position, heaviest first, and says what each position lacks', () => {
		const student = map(
			`[Take the train]: Europeans should take the train for short trips. #position\n`
		);
		const report = compareMaps(REFERENCE, student);
		expect(report.missingByPosition).toEqual([
			{
				position: 'take-the-train',
				nodes: ['cleaner', 'too-expensive', 'night-trains', 'quote-cleaner', 'quote-price']
			}
		]);
		expect(report.missing).toEqual(report.missingByPosition[0]!.nodes);
		expect(report.positions[0]!.sentence).toBe(
			'The student has «Take the train», with 0 of the 2 reasons for it and 0 of the 1 objection to it; missing: «Cleaner», «Night trains», «Too expensive».'
		);
		// position 4 of 4 + 3 + 3 + 3 + 1 + 1
		expect(report.coverage).toBe(Math.round((4 / 15) * 1000) / 1000);
	});
});

describe('the student maps in tests/fixtures/compare', () => {
	it('keeps precision and recall of matching at 0.9 or above, on each map and in all', async () => {
		const scores = await evaluate();
		for (const s of scores) {
			expect(s.precision, s.name).toBeGreaterThanOrEqual(0.9);
			expect(s.recall, s.name).toBeGreaterThanOrEqual(0.9);
		}
		const all = pooled(scores);
		expect(all.precision).toBeGreaterThanOrEqual(0.95);
		expect(all.recall).toBeGreaterThanOrEqual(0.95);
	});

	it('finds exactly the reversals each map makes', async () => {
		for (const s of await evaluate())
			expect([...s.conflictsFound].sort(), s.name).toEqual([...s.conflictsExpected].sort());
	});
});
