import { describe, expect, it } from 'vitest';
import { sampleMap } from '$test/sample-map';
import { compileText } from '$test/compile-text';
import { cardSvg, wrapText } from './card-svg';

describe('card SVG', () => {
	it('escapes map text as XML', () => {
		const { map } = compileText(
			'===\ntitle: "A </text><script>x()</script> & title"\n===\n\n[A]: A. #position\n'
		);
		const svg = cardSvg(map, { text: true });
		expect(svg).toContain('&lt;/text&gt;');
		expect(svg).toContain('&amp;');
		expect(svg).not.toMatch(/<script|<\/text><script/);
		expect(svg.match(/<text /g)!.length).toBe(svg.match(/<\/text>/g)!.length);
	});

	it('draws every node of the map, and marks the position in focus', () => {
		const { map } = sampleMap();
		const fox = map.nodes.find((n) => n.title === 'Fox')!;
		const svg = cardSvg(map, { text: true, focus: fox.id });
		expect(svg.match(/<rect [^>]*rx=/g)!.length).toBe(map.nodes.length + 1);
		expect(svg).toContain('stroke="#7a4f00"');
		expect(svg).toContain('>Fox</text>');
	});

	it('draws no text where the renderer has no fonts', () => {
		expect(cardSvg(sampleMap().map, { text: false })).not.toContain('<text');
	});

	it('wraps a title into lines, cutting the last with an ellipsis', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 20, 100, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/…$/);
		expect(wrapText('x'.repeat(50), 20, 100, 9).every((l) => l.length <= 7)).toBe(true);
	});
});
