/** `ronten annotations check` as a teacher runs it on collected files: a real process and exit codes. */
import { describe, expect, it } from 'vitest';
import { ronten } from '$test/cli';

const fixtures = 'tests/fixtures/annotations';

describe('ronten annotations check', () => {
	it('says a valid file is valid and which maps it is for', () => {
		const r = ronten('annotations', 'check', `${fixtures}/student.jsonld`);
		expect(r.code).toBe(0);
		expect(r.out).toContain(
			'student.jsonld: 7 annotation(s), valid, for japan-nato (6), car-free (1).'
		);
	});

	it('against a map, reports what anchors exactly, moved, fuzzily or is orphaned', () => {
		const r = ronten('annotations', 'check', `${fixtures}/student.jsonld`, '--map', 'japan-nato');
		expect(r.code).toBe(0);
		expect(r.out).toContain(
			'Against japan-nato: 2 exact, 1 moved, 1 fuzzy, 2 orphaned (1 for other maps).'
		);
		expect(r.out).toMatch(/orphaned +highlight in article “Submarines sailed up the Thames/);
		expect(r.out).toMatch(/orphaned +note on node no-such-node/);
		expect(r.out).toMatch(/fuzzy +highlight in article “A parade of Europaen warships”/);
	});

	it('gives each annotation’s status as JSON', () => {
		const r = ronten(
			'annotations',
			'check',
			`${fixtures}/student.jsonld`,
			'--map',
			'japan-nato',
			'--json'
		);
		expect(r.code).toBe(0);
		const report = JSON.parse(r.out);
		expect(report.statuses).toEqual({ exact: 2, moved: 1, fuzzy: 1, orphaned: 2 });
		expect(report.anchors.map((a: { status: string }) => a.status)).toEqual([
			'exact',
			'exact',
			'moved',
			'fuzzy',
			'orphaned',
			'orphaned'
		]);
		expect(report.anchors[0]).toEqual({
			id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
			kind: 'node',
			on: 'competition-for-assets',
			status: 'exact'
		});
	});

	it('names a missing field by line, column and JSON path, and exits 1', () => {
		const r = ronten('annotations', 'check', `${fixtures}/missing-target.jsonld`);
		expect(r.code).toBe(1);
		expect(r.out).toBe('');
		expect(r.err).toMatch(
			/missing-target\.jsonld:31:4 error invalid-annotation .*\(at \$\.first\.items\[1\]\.target\)/
		);
	});

	it('refuses a file of another kind, and exits 1', () => {
		const r = ronten('annotations', 'check', 'arguments/japan-nato.argdown');
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/japan-nato\.argdown:1:1 error invalid-json/);
	});

	it('exits 2 on a wrong invocation: no subcommand, no file, an unknown map', () => {
		expect(ronten('annotations').code).toBe(2);
		expect(ronten('annotations', 'check').err).toContain('FILE is required');
		expect(ronten('annotations', 'check', `${fixtures}/nothing-here.jsonld`).code).toBe(2);
		const r = ronten('annotations', 'check', `${fixtures}/student.jsonld`, '--map', 'japan-nat');
		expect(r.code).toBe(2);
		expect(r.err).toContain('japan-nato');
	});

	it('is listed in the help', () => {
		const r = ronten('--help');
		expect(r.out).toContain('annotations');
		expect(ronten('annotations', '--help').out).toContain(
			'ronten annotations check FILE [--map MAP] [--json]'
		);
	});
});
