import { describe, expect, it } from 'vitest';
import { compileText } from '$test/compile-text';
import { importText } from '../import-file';

/** Imports a Kialo export and compiles the Argdown it becomes. */
function importAndCompile(text: string) {
	const imported = importText({ text, file: 'd.txt', name: 'd' }, 'kialo');
	expect(imported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	return compileText(imported.value!.argdown);
}

describe('kialo titles', () => {
	it('keeps a claim titled __proto__ and other titles that start with markup of arguments', () => {
		const compiled = importAndCompile(
			[
				'Discussion Title: Prototype pollution',
				'',
				'1. __proto__',
				'1.1. Pro: _private fields leak',
				'1.2. Con: +1 for plain objects',
				'1.3. Con: == is loose'
			].join('\n')
		);
		expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(compiled.map.nodes.map((n) => n.title).sort()).toEqual([
			'+1 for plain objects',
			'== is loose',
			'__proto__',
			'_private fields leak'
		]);
		expect(compiled.map.nodes.find((n) => n.title === '__proto__')?.kind).toBe('position');
	});
});
