import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMap } from './index';

// Fragments of Argdown syntax make random text reach deep into the parser.
const fragment = fc.constantFrom(
	'[A]:',
	'[B]',
	'<C>:',
	'<D>',
	'+ ',
	'- ',
	'_ ',
	'><',
	'+>',
	'->',
	'(1) ',
	'----',
	'--',
	'#',
	'#position',
	'{',
	'}',
	'{source: s, quote: "x"}',
	'===',
	'\n',
	'\n\n',
	'  ',
	'\t',
	'*',
	'_',
	'@[A]',
	'\\',
	'1. ',
	'// ',
	'/*',
	'"',
	'text'
);
const argdownish = fc
	.array(fc.oneof(fragment, fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 40 })
	.map((parts) => parts.join(''));

describe('compileMap never throws', () => {
	it('on Argdown-like text', () => {
		fc.assert(
			fc.property(argdownish, (text) => {
				const result = compileMap({
					id: 'p',
					file: 'p.argdown',
					content: text,
					loadSource: () => 'x'
				});
				expect(Array.isArray(result.diagnostics)).toBe(true);
				for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
			}),
			{ numRuns: 300 }
		);
	});

	it('on arbitrary bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const result = compileMap({ id: 'p', file: 'p.argdown', content: bytes });
				expect(result.map.id).toBe('p');
			}),
			{ numRuns: 300 }
		);
	});
});
