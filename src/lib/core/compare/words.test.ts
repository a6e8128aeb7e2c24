import { describe, expect, it } from 'vitest';
import { stemmerFor } from './words';

describe('stemmerFor', () => {
	it('gives a word said again the same terms, stemmed and without stop words', () => {
		const stems = stemmerFor('en');
		expect(stems('The deterrence of Russia’s allies')).toEqual(['deterr', 'russia', 'alli']);
		// Asked again, from the words it has seen: the same terms, in the order of the text.
		expect(stems('allies, deterrence and the allies')).toEqual(['alli', 'deterr', 'alli']);
	});

	it('segments Japanese and drops its stop words', () => {
		const stems = stemmerFor('ja');
		const first = stems('日本は抑止を強化する');
		expect(first).toContain('抑止');
		expect(first).not.toContain('は');
		expect(stems('日本は抑止を強化する')).toEqual(first);
	});
});
