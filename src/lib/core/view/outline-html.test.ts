import { describe, expect, it } from 'vitest';
import { outline } from './outline';
import { compileText } from '$test/compile-text';
import { referenceMap } from '$test/reference-map';
import { escapeMarkup } from '../text/markup';
import { outlineHtml } from './outline-html';

describe('static outline', () => {
	const { map } = compileText(`[Thesis]: A \\<b\\>bold\\</b\\> "claim" & more. #position
  + [Reason]: It's \\<script\\>alert(1)\\</script\\> true.
  - <Objection>: An objection.
`);
	const html = outlineHtml(outline(map));

	it('escapes every text', () => {
		expect(escapeMarkup(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('<b>');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('nests each node under what it bears on, with its relation and a permalink', () => {
		expect(
			html.startsWith(
				'<nav class="static-outline" aria-label="Outline of the argument map"><ul><li>'
			)
		).toBe(true);
		expect(html).toContain('<a href="?node=thesis">Thesis</a>');
		expect(html).toMatch(
			/<ul><li><span class="rel">supports<\/span> <span class="kind">claim<\/span> <a href="\?node=reason">/
		);
		expect(html).toContain('<span class="rel">attacks</span> <span class="kind">argument</span>');
		expect(html.match(/<li>/g)).toHaveLength(3);
	});

	it('names the other nodes a node bears on by their titles, linked', () => {
		const html = outlineHtml(outline(referenceMap()));
		expect(html).toContain('also attacks <a href="?node=global-japan">Global Japan</a>');
		// Every node named after "also" is a link, none a bare id.
		for (const also of html.match(/<span class="also">.*?<\/span>/g) ?? [])
			expect(also.replace(/<a [^>]*>[^<]*<\/a>/g, '')).toMatch(
				/^<span class="also">also( \w+ ?,?)+<\/span>$/
			);
	});

	it('links to the map page from a page of its own', () => {
		const elsewhere = outlineHtml(outline(map), '../');
		expect(elsewhere).toContain('<a href="../?node=thesis">Thesis</a>');
		expect(elsewhere.match(/href="/g)).toHaveLength(html.match(/href="/g)!.length);
	});
});
