/**
 * Conformance against real AIF files (AIFdb nodesets, OVA3/xAIF), read in
 * place from the shared corpus. EXPECTED.tsv holds a careful reading of each
 * file: how many I, RA and CA nodes it has and what its conflicts aim at.
 * Each file must import; the imported map must hold the same inferences and
 * conflicts, aimed at the same kinds of target; and writing it back as AIF
 * must give the same counts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, expectedRows } from './expected';
import { compileMap } from '../../src/lib/core';
import { toAif } from '../../src/lib/core/formats/aif/export';
import { CONFLICT_TAG } from '../../src/lib/core/formats/aif/model';
import { importText } from '../../src/lib/core/formats/import-file';
import type { ArgumentMap } from '../../src/lib/core/model';

const dir = corpusDir('aif');

/** "I:1,CA:1" → sorted list of target types, one per conflict. */
const targetList = (cell: string) =>
	cell
		.split(',')
		.filter(Boolean)
		.flatMap((part) => {
			const [type, n] = part.split(':');
			return Array.from({ length: Number(n) }, () => type as string);
		})
		.sort();

/** Inferences, conflicts and conflict targets as the imported map holds them. */
function modelCounts(map: ArgumentMap) {
	const byId = new Map(map.nodes.map((n) => [n.id, n]));
	const conflictArg = (id: string) => byId.get(id)?.tags.includes(CONFLICT_TAG) ?? false;
	const reconstructed = (id: string) => {
		const n = byId.get(id);
		return n?.kind === 'argument' && n.pcs.length > 0;
	};
	const relations = map.edges.filter((e) => e.origin === 'relation');
	const statements = map.nodes.filter((n) => n.kind !== 'argument').length;
	const inferences =
		relations.filter((e) => e.kind === 'supports' && !conflictArg(e.to)).length +
		map.nodes.filter((n) => reconstructed(n.id)).length;
	const targets: string[] = [];
	for (const e of relations) {
		if (e.kind === 'supports') continue;
		if (conflictArg(e.from)) continue; // counted with the conflict argument below
		const times = e.kind === 'contradicts' ? 2 : 1;
		const target = conflictArg(e.to) ? 'CA' : reconstructed(e.to) ? 'RA' : 'I';
		for (let i = 0; i < times; i++) targets.push(target);
	}
	for (const n of map.nodes) {
		if (!conflictArg(n.id)) continue;
		const out = relations.find((e) => e.from === n.id);
		targets.push(!out ? '?' : conflictArg(out.to) ? 'CA' : reconstructed(out.to) ? 'RA' : 'I');
	}
	return { I: statements, RA: inferences, CA: targets.length, targets: targets.sort() };
}

describe('AIF corpus', () => {
	it('is present beside the clone', () => {
		expect(existsSync(dir), `no corpus at ${dir}: set RONTEN_CORPUS to its folder`).toBe(true);
	});
	if (!existsSync(dir)) return;

	const expected = expectedRows(dir);
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort();

	it('has an expectation for every file', () => {
		expect(files.filter((f) => !expected.has(f))).toEqual([]);
	});

	for (const file of files) {
		const row = expected.get(file) as Record<string, string>;
		it(`${file}: imports with I ${row?.I}, RA ${row?.RA}, CA ${row?.CA} and the same conflict targets, and keeps them through AIF`, () => {
			const text = readFileSync(join(dir, file), 'utf8');
			const name = basename(file, '.json');
			const imported = importText({ text, file, name });
			expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
			const result = imported.value!;
			expect(result.format).toBe('aif');
			const files = new Map(result.sources.map((s) => [s.file, s.text]));
			const { map, diagnostics } = compileMap({
				id: name,
				file: `${name}.argdown`,
				content: result.argdown,
				loadSource: (f) => files.get(f) ?? null
			});
			expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

			const counts = modelCounts(map);
			expect([counts.I, counts.RA, counts.CA]).toEqual([
				Number(row.I),
				Number(row.RA),
				Number(row.CA)
			]);
			expect(counts.targets).toEqual(targetList(row.CA_out_targets ?? ''));

			const back = toAif(map);
			const count = (t: string) => back.nodes.filter((n) => n.type === t).length;
			expect([count('I'), count('RA'), count('CA')]).toEqual([
				Number(row.I),
				Number(row.RA),
				Number(row.CA)
			]);
			const type = new Map(back.nodes.map((n) => [n.nodeID, n.type]));
			const backTargets = back.nodes
				.filter((n) => n.type === 'CA')
				.map((n) => type.get(back.edges.find((e) => e.fromID === n.nodeID)?.toID ?? '') ?? '?')
				.sort();
			expect(backTargets).toEqual(targetList(row.CA_out_targets ?? ''));
		});
	}
});
