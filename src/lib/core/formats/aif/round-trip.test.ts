import { describe, expect, it } from 'vitest';
import { compileMap } from '../../compile';
import type { ArgumentMap } from '../../model';
import { referenceMap } from '$test/reference-map';
import { sampleMap } from '$test/sample-map';
import { importText } from '../import-file';
import { toAif } from './export';

/** AIF text → import → Argdown → compiled map, as `ronten import` then `ronten validate`. */
function importAif(text: string, name = 'back') {
	const imported = importText({ text, file: `${name}.json`, name }, 'aif');
	expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	const files = new Map(imported.value!.sources.map((s) => [s.file, s.text]));
	const compiled = compileMap({
		id: name,
		file: `${name}.argdown`,
		content: imported.value!.argdown,
		loadSource: (f) => files.get(f) ?? null
	});
	return { imported, compiled };
}

const titlesOf = (map: ArgumentMap, kind?: string) =>
	map.nodes
		.filter((n) => !kind || n.kind === kind)
		.map((n) => n.title)
		.sort();
const relations = (map: ArgumentMap) => {
	const title = new Map(map.nodes.map((n) => [n.id, n.title]));
	return map.edges
		.filter((e) => e.origin === 'relation')
		.map((e) => `${title.get(e.from)} ${e.kind} ${title.get(e.to)}`)
		.sort();
};

describe('aif round trip of our own export', () => {
	it('keeps the reference map: positions, titles, kinds, relations, thesis, question and title', () => {
		const map = referenceMap();
		const { imported, compiled } = importAif(JSON.stringify(toAif(map)));
		expect(imported.diagnostics).toEqual([]);
		expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		const back = compiled.map;
		expect(titlesOf(back, 'position')).toEqual(titlesOf(map, 'position'));
		expect(titlesOf(back, 'position')).toHaveLength(3);
		expect(back.nodes.map((n) => `${n.kind} ${n.title}`).sort()).toEqual(
			map.nodes.map((n) => `${n.kind} ${n.title}`).sort()
		);
		expect(relations(back)).toEqual(relations(map));
		expect(back.title).toBe(map.title);
		expect(back.question).toBe(map.question);
		expect(back.thesis).toBe(map.thesis);
	});

	it('keeps sections, tags, argument descriptions, attacks both ways and undercuts of sketches', () => {
		const { map } = sampleMap();
		const { compiled } = importAif(JSON.stringify(toAif(map)));
		const describe = (m: ArgumentMap) =>
			m.nodes
				.map((n) => [n.kind, n.title, n.text, n.section ?? '', [...n.tags].sort().join(' ')])
				.sort();
		expect(describe(compiled.map)).toEqual(describe(map));
		expect(relations(compiled.map)).toEqual(relations(map));
	});

	it('reads foreign AIF as before: without our fields, titles are first words and the title the file name', () => {
		const map = referenceMap();
		const aif = toAif(map);
		const foreign = {
			nodes: aif.nodes.map(({ ronten: _ronten, ...n }) => n),
			edges: aif.edges,
			locutions: aif.locutions
		};
		const { compiled } = importAif(JSON.stringify(foreign), 'plain');
		expect(compiled.map.title).toBe('plain');
		expect(compiled.map.thesis).toBeUndefined();
		// The two camps attack each other, so plain AIF cannot tell them from claims.
		expect(titlesOf(compiled.map, 'position')).toHaveLength(1);
	});

	it('ignores a damaged field of ours and keeps the rest', () => {
		const aif = toAif(sampleMap().map);
		const fox = aif.nodes.find((n) => n.ronten?.title === 'Fox')!;
		(fox as { ronten: unknown }).ronten = { kind: 'opinion', title: 42, id: 'fox' };
		(aif as { ronten: unknown }).ronten = { title: ['x'], language: 'not a language!' };
		const { compiled } = importAif(JSON.stringify(aif));
		expect(compiled.map.title).toBe('back');
		expect(compiled.map.language).toBe('en');
		// Kind and title of the damaged node fall back to what AIF itself says (it contradicts
		// Dogs, so plain AIF sees an attacker, a claim); the other nodes keep theirs.
		expect(compiled.map.nodes.find((n) => n.text === 'Foxes are quick.')).toMatchObject({
			kind: 'claim',
			title: 'Foxes are quick'
		});
		expect(titlesOf(compiled.map)).toContain('Jump');
	});
});
