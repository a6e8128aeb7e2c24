import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';
import { referenceMap } from '$test/reference-map';
import { buildSearchIndex, loadSearchIndex, search, serializeSearchIndex } from './index';

const source = `The war began in 2022. North Korea sent artillery shells and missiles to Russia, which used them in Ukraine. Asia and Europe are linked.
A second paragraph speaks of East Asia and of shells for the navy.`;

const { map, diagnostics } = compileText(
	`===
sources:
  - id: s
    title: S
    file: s.txt
===

[Linked]: Europe and East Asia are linked. #position
  + [Shells]: Pyongyang supplied Moscow. 
    + [Quote: shells]: The source on the supply. {source: s, quote: "sent artillery shells and missiles"}
  + [Navy]: Shells for the navy, artillery for the army.
  - [Apart]: Asia East of Europe is apart from it.
`,
	{ 's.txt': source }
);
const ids = (q: string, options = {}) => search(index, q, options).map((h) => h.id);
const index = buildSearchIndex(map);

describe('search syntax', () => {
	it('compiles the test map cleanly', () => {
		expect(diagnostics).toEqual([]);
	});

	it('finds a phrase only where its words stand in that order', () => {
		expect(ids('"artillery shells"')).toEqual(['quote-shells']);
		expect(ids('"East Asia"').sort()).toEqual(['linked']);
		expect(ids('east asia').sort()).toEqual(['apart', 'linked']);
	});

	it('excludes words and phrases marked with a minus', () => {
		expect(ids('artillery')).toEqual(expect.arrayContaining(['quote-shells', 'navy']));
		expect(ids('artillery -navy')).toEqual(['quote-shells']);
		expect(ids('asia -"East Asia"')).toEqual(['apart']);
	});

	it('finds a word through a typo', () => {
		expect(ids('artilery', { prefix: false })).toEqual(
			expect.arrayContaining(['quote-shells', 'navy'])
		);
		expect(ids('missles', { prefix: false })).toEqual(['quote-shells']);
	});

	it('does not fuzz a word that is being typed and starts a known word', () => {
		// "artil" starts "artillery": the prefix finds it, with no fuzzy neighbours added.
		expect(ids('artil')).toEqual(expect.arrayContaining(['quote-shells', 'navy']));
		expect(ids('ukr', { prefix: false })).toEqual([]);
	});

	it('finds evidence by the words of the sentence its quote stands in', () => {
		// "Ukraine" and "Korea" are in the quoted sentence, not in the quote or the node.
		expect(ids('Ukraine')).toEqual(['quote-shells']);
		expect(ids('"North Korea sent"')).toEqual(['quote-shells']);
		expect(search(index, 'Ukraine')[0]?.context).toBe(
			'North Korea sent artillery shells and missiles to Russia, which used them in Ukraine.'
		);
	});

	it('keeps the syntax after serialisation', () => {
		const loaded = loadSearchIndex(JSON.parse(JSON.stringify(serializeSearchIndex(index))));
		for (const q of ['"artillery shells"', 'artillery -navy', 'artilery', 'Ukraine'])
			expect(search(loaded, q)).toEqual(search(index, q));
	});

	it('never throws on odd input', () => {
		for (const q of [
			'"',
			'-',
			'--',
			'-"',
			'""',
			'"-"',
			'- -',
			'***',
			'"*"',
			'-*',
			'a"b"c',
			'\u2028'
		])
			expect(() => search(index, q)).not.toThrow();
	});
});

describe('a typo the stemmer makes into another word', () => {
	const reference = buildSearchIndex(referenceMap());
	const found = (q: string, options = {}) => search(reference, q, options).map((h) => h.id);

	it('still finds the word meant', () => {
		// "deterence" stems to "deter", which the map holds (of "deterring").
		for (const options of [{ prefix: false }, { prefix: true }])
			expect(found('deterence', options)).toContain('cross-regional-deterrence');
		expect(found('deterrence')).toContain('cross-regional-deterrence');
	});

	it('leaves a word typed right as it was', () => {
		const exact = search(reference, 'deterring', { prefix: false });
		expect(exact.length).toBeGreaterThan(0);
		expect(exact.every((h) => /deterr?ing|deter\b/i.test(JSON.stringify(h)))).toBe(true);
	});
});
