/** `ronten compare` as a teacher runs it: a real process, real files, real exit codes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ronten } from '$test/cli';

const fixtures = 'tests/fixtures/compare';

/** A file in a fresh folder of its own. */
function scratch(name: string, text: string | Uint8Array): string {
	const dir = mkdtempSync(join(tmpdir(), 'ronten-compare-'));
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

describe('ronten compare --json', () => {
	it('prints matched, missing, extra, conflicts and coverage for an Argdown student map', () => {
		const r = ronten('compare', 'japan-nato', `${fixtures}/reversed.argdown`, '--json');
		expect(r.code).toBe(0);
		const report = JSON.parse(r.out);
		expect(report.coverage).toBeGreaterThan(0);
		expect(report.coverage).toBeLessThan(1);
		expect(report.matched).toContainEqual(
			expect.objectContaining({ reference: 'complementarity', student: 'allies-should-complement' })
		);
		expect(report.missing).toContain('japan-first');
		expect(report.extra).toEqual([]);
		const roots = report.conflicts.filter(
			(c: { inheritedFrom: string | null }) => !c.inheritedFrom
		);
		expect(roots.map((c: { reference: string }) => c.reference).sort()).toEqual([
			'complementarity',
			'shared-needs'
		]);
		expect(roots[0].referenceChain.steps.length).toBeGreaterThan(0);
	});

	it('imports a Kialo export on the fly', () => {
		const r = ronten('compare', 'japan-nato', `${fixtures}/kialo.txt`, '--json');
		expect(r.code).toBe(0);
		const report = JSON.parse(r.out);
		expect(report.student.nodes).toBe(15);
		expect(report.matched).toContainEqual(
			expect.objectContaining({
				reference: 'cross-regional-deterrence',
				student: 'japan-and-nato-should-strengthen-deterrence-together'
			})
		);
	});

	it('imports an AIF file on the fly', () => {
		const aif = ronten('export', 'japan-nato', '--format', 'aif');
		expect(aif.code).toBe(0);
		const r = ronten('compare', 'japan-nato', scratch('student.json', aif.out), '--json');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).coverage).toBe(1);
	});
});

describe('ronten compare, readable', () => {
	it('leads with coverage and the positions, then reversals, missing, extra and matches', () => {
		const r = ronten('compare', 'japan-nato', `${fixtures}/thin.argdown`);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^Student map "Japan and NATO \(a thin student map\)" \(9 nodes\)/);
		expect(r.out).toMatch(/Coverage: \d+% \(weighted by kind\), 7 nodes matched/);
		expect(r.out).toContain('The student has «Cross-regional deterrence», with 1 of the 6 reasons');
		const order = ['Positions:', 'Reversed (0):', 'Missing (', 'Extra (2)', 'Matched (7)'];
		const at = order.map((h) => r.out.indexOf(h));
		expect(at.every((i) => i >= 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
		expect(r.out).toContain('claim bigger-defence-budget');
	});

	it('shows both chains of a reversal', () => {
		const r = ronten('compare', 'japan-nato', `${fixtures}/reversed.argdown`);
		expect(r.out).toContain(
			'reference: complementarity -attacks-> competition-for-assets -attacks-> cross-regional-deterrence'
		);
		expect(r.out).toContain(
			'student:   allies-should-complement -supports-> assets-will-be-fought-over -attacks-> deterrence-across-two-regions'
		);
		expect(r.out).toContain('and so, below it: quote-complementarity');
	});

	it('has its own --help', () => {
		const r = ronten('compare', '--help');
		expect(r.code).toBe(0);
		expect(r.out).toContain('ronten compare REFERENCE STUDENT [--json]');
		expect(r.out).toContain('Kialo');
	});
});

describe('ronten compare with broken student files', () => {
	it('reports a student file that is no known format at its place, and exits 1', () => {
		const file = scratch('notes.txt', 'Just some notes, not a map.\n');
		const r = ronten('compare', 'japan-nato', file);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/notes\.txt:1:1 error unknown-format /);
		expect(r.err).not.toMatch(/\n\s+at /);
	});

	it('reports broken AIF JSON with its line and column', () => {
		const file = scratch('broken.json', '{\n  "nodes": [\n    {"nodeID": 1,\n');
		const r = ronten('compare', 'japan-nato', file);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/broken\.json:\d+:\d+ error /);
		expect(r.err).not.toMatch(/\n\s+at /);
	});

	it('reports a file that is not UTF-8', () => {
		const file = scratch('latin1.txt', new Uint8Array([0x31, 0x2e, 0x20, 0xe9, 0xff, 0xfe, 0x0a]));
		const r = ronten('compare', 'japan-nato', file);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/latin1\.txt:\d+:\d+ error /);
	});

	it('compares an Argdown student map with errors as far as it was read, and shows the errors', () => {
		const file = scratch(
			'student.argdown',
			'[Deter]: Japan and NATO should strengthen deterrence across regions. #position\n  + [Q]: Quote. {source: nowhere, quote: "no such text"}\n'
		);
		const r = ronten('compare', 'japan-nato', file, '--json');
		expect(r.err).toMatch(/student\.argdown:2:\d+ error /);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).matched).toContainEqual(
			expect.objectContaining({ reference: 'cross-regional-deterrence', student: 'deter' })
		);
	});

	it('reports an empty student map, and exits 1', () => {
		const r = ronten('compare', 'japan-nato', scratch('empty.argdown', ''));
		expect(r.code).toBe(1);
		expect(r.err).toContain('Nothing to compare');
	});

	it('is a usage error (exit 2) to name no student, a missing file or a third map', () => {
		for (const args of [
			['compare', 'japan-nato'],
			['compare', 'japan-nato', 'no/such/file.json'],
			['compare', 'japan-nato', `${fixtures}/thin.argdown`, 'more'],
			['compare', 'no-such-map', `${fixtures}/thin.argdown`]
		]) {
			const r = ronten(...args);
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.err).toContain('Usage: ronten compare');
		}
	});
});
