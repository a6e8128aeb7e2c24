/** `ronten evaluate` as a user runs it, and evaluation on every map we can compile from disk. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ronten } from '$test/cli';
import { compileMap } from '../../src/lib/core/compile';
import { runEvaluation } from '../../src/lib/core/evaluate';
import { corpusDir } from '../corpus/expected';

const THESIS = 'cross-regional-deterrence';

describe('ronten evaluate', () => {
	it('prints grounded, preferred and strength for every node as JSON', () => {
		const r = ronten('evaluate', 'japan-nato', '--json');
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out);
		const ids = Object.keys(json.grounded);
		expect(ids.length).toBeGreaterThan(100);
		expect(Object.keys(json.strength)).toEqual(ids);
		for (const id of ids) {
			expect(['in', 'out', 'undecided']).toContain(json.grounded[id]);
			expect(json.strength[id]).toBeGreaterThanOrEqual(0);
			expect(json.strength[id]).toBeLessThanOrEqual(1);
			expect(json.explanations[id].label).toMatch(/^(In|Out|Undecided)/);
		}
		expect(json.grounded[THESIS]).toBe('in');
		expect(json.preferred).toHaveLength(2);
		for (const ext of json.preferred) expect(ext).toContain(THESIS);
		expect(json.preferredSearch).toMatchObject({ complete: true });
		const thesis = json.unanswered.find((u: { position: string }) => u.position === THESIS);
		// The article answers every objection to its thesis: the last one, the
		// burden of air deployments, by the "even so" of air power's speed.
		expect(thesis.against).toEqual([]);
		expect(thesis.for.map((o: { from: string }) => o.from)).toContain('air-power-is-fast');
	});

	it('prints a readable verdict per position, the thesis first', () => {
		const r = ronten('evaluate', 'japan-nato');
		expect(r.code).toBe(0);
		const blocks = r.out.split('\n\n');
		expect(blocks[1]).toMatch(/^Cross-regional deterrence {2}\(the thesis\)\n {2}verdict: in,/);
		expect(r.out).toContain('Japan first\n  verdict: undecided, in some preferred extensions');
		expect(r.out).toContain('«Air power is fast» undercuts «Air deployments are a burden»');
	});

	it('explains one node with --why, by id or title', () => {
		const byTitle = ronten('evaluate', 'japan-nato', '--why', 'Turn to air power');
		expect(byTitle.code).toBe(0);
		expect(byTitle.out).toContain(
			'In: every attack on it is answered: «Air deployments are a burden» by «Air power is fast».'
		);
		const json = JSON.parse(ronten('evaluate', 'japan-nato', '--why', THESIS, '--json').out);
		expect(json).toMatchObject({ node: THESIS, grounded: 'in' });
		expect(json.label).toMatch(/«Competition for assets» by «Complementarity»/);
		expect(json.strength).toMatch(/^Strength 0\.\d\d from base 0\.50/);
	});

	it('applies a what-if without changing the map: a rejected answer lets the objection stand', () => {
		const r = ronten('evaluate', 'japan-nato', '--reject', 'complementarity', '--json');
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out);
		expect(json.whatIf).toEqual({ reject: ['complementarity'], base: {} });
		expect(json.grounded.complementarity).toBe('out');
		expect(json.strength.complementarity).toBe(0);
		expect(json.grounded['competition-for-assets']).toBe('in');
		expect(json.grounded[THESIS]).toBe('out');
		const based = JSON.parse(
			ronten('evaluate', 'japan-nato', '--base', 'complementarity=0', '--json').out
		);
		expect(based.base.complementarity).toBe(0);
		// Its own supporters lift the answer from 0 to 0.875 (0.9375 from 0.5), so the objection
		// keeps a little more strength (0.53 without) and the thesis loses a little (0.66 without).
		expect(based.strength.complementarity).toBeCloseTo(0.875, 12);
		expect(based.strength['competition-for-assets']).toBeGreaterThan(0.55);
		expect(based.strength[THESIS]).toBeLessThan(0.655);
	});

	it('refuses unknown nodes and bad values with a usage error and a suggestion', () => {
		for (const [args, message] of [
			[
				['--why', 'complementarty'],
				/--why: no node "complementarty".*Did you mean "complementarity"/
			],
			[['--reject', 'Japan frist'], /--reject: no node "Japan frist".*Did you mean "japan-first"/],
			[['--base', 'japan-firts=0.3'], /--base: no node "japan-firts".*Did you mean "japan-first"/],
			[['--base', 'japan-first=2'], /must be a number from 0 to 1, not "2"/],
			[['--base', 'japan-first'], /--base takes NODE=VALUE/]
		] as const) {
			const r = ronten('evaluate', 'japan-nato', ...args);
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.err).toMatch(message);
			expect(r.err).not.toMatch(/\n\s+at /);
		}
	});

	it('reports an invalid base score in the map at its place, and exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'ronten-evaluate-'));
		const file = join(dir, 'scored.argdown');
		writeFileSync(file, '[Yes]: We should. #position\n  + [Because]: A reason. {base: 1.2}\n');
		const r = ronten('evaluate', file);
		expect(r.code).toBe(1);
		expect(r.err + r.out).toMatch(/scored\.argdown:2:5 error invalid-base-score/);
		writeFileSync(file, '[Yes]: We should. #position\n  + [Because]: A reason. {base: 0.9}\n');
		const ok = JSON.parse(ronten('evaluate', file, '--json').out);
		expect(ok.base.because).toBe(0.9);
		expect(ok.strength.yes).toBeCloseTo(0.95, 12);
	});
});

describe('evaluation on compiled maps from disk', () => {
	it('never throws on the bundled maps, the fixtures or the Argdown corpus', () => {
		const dirs = [
			'arguments',
			'tests/fixtures/valid',
			'tests/fixtures/invalid',
			corpusDir('argdown')
		];
		const files = dirs
			.filter((dir) => existsSync(dir))
			.flatMap((dir) =>
				readdirSync(dir)
					.filter((f) => /\.(argdown|ad)$/.test(f))
					.map((f) => join(dir, f))
			);
		expect(files.length).toBeGreaterThan(5);
		for (const file of files) {
			const { map } = compileMap({
				id: 'm',
				file,
				content: readFileSync(file),
				loadSource: () => null
			});
			const run = runEvaluation(map);
			expect(Object.keys(run.evaluation.grounded)).toHaveLength(map.nodes.length);
			for (const n of map.nodes)
				expect(run.explain(n.id)?.label, file).toMatch(/^(In|Out|Undecided)/);
		}
	});
});
