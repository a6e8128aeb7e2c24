/**
 * Property: on hostile input (nesting past any stack, line and paragraph
 * separators, built-in property names as ids and texts, huge lines, random
 * bytes) the AIF and Kialo importers answer with a map or with located
 * diagnostics, quickly, and never fail inside. FC_RUNS raises the number of cases.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import { importText } from './import-file';

const runs = Number(process.env.FC_RUNS ?? 100);

const BUILT_INS = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'valueOf',
	'hasOwnProperty',
	'__defineGetter__',
	'isPrototypeOf'
];

/** Pieces of text that have broken text readers before. */
const piece = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
	{ weight: 2, arbitrary: fc.constantFrom(...BUILT_INS) },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'\u2028',
			'\u2029',
			'\u0085',
			'\r',
			'\\',
			'[',
			']',
			'](',
			'(https://example.org/a)',
			'[x](https://example.org/(b))',
			'\\[',
			'-> See 1.1.',
			'Pro:',
			'Con:',
			'\uFEFF',
			'\u0000',
			'\uD800',
			'🦊',
			'<span id="node3">',
			'</span>',
			'&amp;'
		)
	},
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
	// A huge line: up to 150,000 characters of one short pattern.
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom('[', '\\[', 'a ', '{"a":', '[[', '\u2028', '.'), fc.nat(150_000))
			.map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)))
	}
);
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const path = fc
	.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 6 })
	.map((steps) => ['1', ...steps.slice(1)].join('.'));

/** A discussion whose claims hang from earlier ones, so most of them import. */
const kialoTree = fc
	.tuple(
		text,
		fc.array(fc.tuple(fc.nat(), fc.constantFrom('Pro: ', 'Con: '), text), { maxLength: 30 })
	)
	.map(([thesis, claims]) => {
		const paths = ['1'];
		const children = new Map<string, number>();
		const lines = [`1. Thesis ${thesis}`];
		for (const [pick, stance, t] of claims) {
			const parent = paths[pick % paths.length] as string;
			const n = (children.get(parent) ?? 0) + 1;
			children.set(parent, n);
			paths.push(`${parent}.${n}`);
			lines.push(`${parent}.${n}. ${stance}${t || 'x'}`);
		}
		return lines;
	});

const kialo = fc
	.tuple(
		fc.option(text, { nil: undefined }),
		fc.oneof(
			kialoTree,
			fc.array(
				fc.oneof(
					fc
						.tuple(path, fc.constantFrom('Pro: ', 'Con: ', ''), text)
						.map(([p, stance, t]) => `${p}. ${stance}${t}`),
					path.map((p) => `${p}. Pro: -> See ${p.split('.').slice(0, -1).join('.') || '1'}.`),
					text
				),
				{ maxLength: 30 }
			)
		),
		fc.constantFrom('\n', '\r\n', '\r')
	)
	.map(([title, lines, eol]) =>
		[...(title === undefined ? [] : [`Discussion Title: ${title}`, '']), ...lines].join(eol)
	);

/** JSON nested `depth` levels deep, in lists, objects or both, closed or cut off. */
const deep = fc
	.tuple(
		fc.integer({ min: 1, max: 100_000 }),
		fc.constantFrom('[', '{"k":', '[{"__proto__":'),
		fc.boolean()
	)
	.map(([depth, open, closed]) => {
		const close = open === '[' ? ']' : open === '{"k":' ? '}' : '}]';
		return open.repeat(depth) + (closed ? '0' + close.repeat(depth) : '');
	});
const id = fc.oneof(fc.constantFrom(...BUILT_INS), fc.nat(20).map(String), fc.nat(20));
const value = fc.oneof(text, deep, fc.constant(null), fc.integer());
const aif = fc
	.record({
		nodes: fc.uniqueArray(
			fc.record({
				nodeID: id,
				text: fc.oneof(text, value),
				type: fc.constantFrom('I', 'RA', 'CA', 'MA', 'PA', 'L', 'YA', 'TA', 'S', ...BUILT_INS),
				extra: value
			}),
			{ maxLength: 15, selector: (n) => String(n.nodeID) }
		),
		edges: fc.array(fc.record({ fromID: id, toID: id }), { maxLength: 20 }),
		locutions: fc.array(fc.record({ nodeID: id, personID: id }), { maxLength: 5 }),
		wrapped: fc.boolean(),
		html: fc.option(text, { nil: undefined })
	})
	.map(({ nodes, edges, locutions, wrapped, html }) => {
		// Built by hand: values may be raw JSON (deep nesting) that JSON.stringify cannot carry.
		const json = (v: unknown) =>
			typeof v === 'string' && /^[[{]/.test(v) ? v : JSON.stringify(v ?? null);
		const node = (n: (typeof nodes)[number]) =>
			`{"nodeID": ${json(n.nodeID)}, "text": ${json(n.text)}, "type": ${json(n.type)}, "extra": ${json(n.extra)}}`;
		const set = `{"nodes": [${nodes.map(node).join(', ')}], "edges": ${JSON.stringify(edges)}, "locutions": ${JSON.stringify(locutions)}}`;
		return wrapped ? `{"AIF": ${set}, "text": ${JSON.stringify(html ?? '')}}` : set;
	});

/** Random bytes as the CLI would hand them over, had they been valid UTF-8 or Latin-1. */
const bytes = fc
	.tuple(fc.uint8Array({ maxLength: 400 }), fc.boolean())
	.map(([b, latin]) => (latin ? Buffer.from(b).toString('latin1') : new TextDecoder().decode(b)));

const cut = (t: string, at: number) => t.slice(0, at % (t.length + 1));
const input = fc.oneof(
	{ weight: 3, arbitrary: kialo },
	{ weight: 3, arbitrary: aif },
	{ weight: 1, arbitrary: fc.tuple(aif, fc.nat()).map(([t, at]) => cut(t, at)) },
	{ weight: 1, arbitrary: deep },
	{ weight: 1, arbitrary: bytes }
);

function wellFormed(d: Diagnostic) {
	expect(d.code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
	expect(d.code).not.toBe('internal-error');
	expect(d.file).toBe('hostile.in');
	expect(d.line).toBeGreaterThanOrEqual(1);
	expect(d.column).toBeGreaterThanOrEqual(1);
	expect(d.message.length).toBeGreaterThan(0);
	expect(d.hint).toMatch(/^[A-Z"].*[.!?]$/s);
}

describe('importers on hostile input', () => {
	it('answer with a map or with located diagnostics, and never fail inside', () => {
		const counts = { maps: 0, refused: 0 };
		fc.assert(
			fc.property(input, fc.constantFrom(undefined, 'aif', 'kialo'), (text, from) => {
				const r = importText({ text, file: 'hostile.in', name: 'hostile' }, from);
				r.diagnostics.forEach(wellFormed);
				// A few of each kind, however bad the file: never one per line or item.
				expect(r.diagnostics.length).toBeLessThan(200);
				if (r.value) {
					counts.maps++;
					expect(r.value.argdown).toMatch(/^===\n[\s\S]*\n$/);
				} else {
					counts.refused++;
					expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
				}
			}),
			{ numRuns: runs }
		);
		// Both outcomes occur: the generators make maps as well as garbage.
		expect(counts.maps).toBeGreaterThan(0);
		expect(counts.refused).toBeGreaterThan(0);
	}, 600_000);
});
