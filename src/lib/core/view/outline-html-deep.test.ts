import { describe, expect, it } from 'vitest';
import { chainMap } from '$test/deep-chain';
import { outline } from './outline';
import { outlineHtml } from './outline-html';
import { FLAT_LEVELS_NOTE, NESTED_LEVELS } from './tree-view';

/** How deep the lists nest, checking that every tag is closed in order. */
function nesting(html: string): number {
	const open: string[] = [];
	let deepest = 0;
	for (const [, close, tag] of html.matchAll(/<(\/?)(nav|ul|li)[\s>]/g)) {
		if (close) expect(open.pop()).toBe(tag);
		else open.push(tag!);
		deepest = Math.max(deepest, open.length);
	}
	expect(open).toEqual([]);
	return deepest;
}

describe('static outline of deep maps', () => {
	it('nests the first levels and lists deeper ones flat under the last, each with its level', () => {
		const html = outlineHtml(outline(chainMap(NESTED_LEVELS + 1)));
		expect(html).toContain(`<p class="note">${FLAT_LEVELS_NOTE}</p>`);
		// nav, then ul and li for every nested level, then the flat list's ul and li.
		expect(nesting(html)).toBe(1 + 2 * NESTED_LEVELS + 2);
		const item = (i: number) =>
			`<span class="level">level ${i + 1}</span> <span class="rel">supports</span> <span class="kind">claim</span> ` +
			`<a href="?node=s${i}">S${i}</a> <span class="text">Statement ${i}.</span>`;
		expect(html).toContain(
			`<a href="?node=s${NESTED_LEVELS - 1}">S${NESTED_LEVELS - 1}</a> <span class="text">Statement ${NESTED_LEVELS - 1}.</span>` +
				`<ul><li>${item(NESTED_LEVELS)}</li><li>${item(NESTED_LEVELS + 1)}</li></ul></li></ul>`
		);
	});

	it('writes a chain of 10,000 links as shallow, balanced markup with every item', () => {
		const html = outlineHtml(outline(chainMap(10_000)));
		expect(nesting(html)).toBe(1 + 2 * NESTED_LEVELS + 2);
		expect(html.match(/<li>/g)).toHaveLength(10_001);
		expect(html).toContain(
			'<li><span class="level">level 10001</span> <span class="rel">supports</span> <span class="kind">claim</span> <a href="?node=s10000">S10000</a>'
		);
	});

	it('adds nothing for maps within the nesting', () => {
		const html = outlineHtml(outline(chainMap(NESTED_LEVELS - 1)));
		expect(html).not.toContain('class="note"');
		expect(html).not.toContain('class="level"');
		expect(nesting(html)).toBe(1 + 2 * NESTED_LEVELS);
	});
});
