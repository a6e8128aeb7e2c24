import { describe, expect, it } from 'vitest';
import { frameLayout, frameSvg, legendEntries, wrap, type Measure, type Used } from './image-frame';

/** Every character 7 px wide (8 in bold), whatever the size: enough to test breaking lines. */
const measure: Measure = (text, font) => text.length * (font.bold ? 8 : 7);

const about = {
	title: 'NATO and Japan — Getting Serious About Cross-regional Deterrence',
	sources: [
		{
			title: 'NATO and Japan',
			author: 'Tsuruoka Michito',
			publisher: 'Nippon.com',
			date: '2024',
			url: 'https://www.nippon.com/en/in-depth/d01034/'
		}
	],
	page: 'https://example.org/maps/japan-nato/?node=japan-first',
	date: '2026-11-30'
};
const used: Used = {
	kinds: new Set(['position', 'claim', 'evidence']),
	relations: new Set(['supports', 'attacks']),
	thesis: true
};

describe('legendEntries', () => {
	it('lists only the kinds and relations the view shows, in the legend’s order', () => {
		expect(legendEntries(used).map((e) => e.label)).toEqual([
			'position',
			'claim',
			'evidence (quote)',
			'thesis',
			'supports',
			'attacks'
		]);
		const none = legendEntries({ kinds: new Set(), relations: new Set(), thesis: false });
		expect(none).toEqual([]);
	});

	it('draws relations as the graph does: attacks dashed, contradictions heavy', () => {
		const all = legendEntries({
			kinds: new Set(),
			relations: new Set(['attacks', 'contradicts']),
			thesis: false
		});
		expect(all).toMatchObject([
			{ type: 'edge', label: 'attacks', dash: [6, 4], width: 2 },
			{ type: 'edge', label: 'contradicts', dash: [], width: 4 }
		]);
	});
});

describe('wrap', () => {
	it('breaks between words and cuts a word longer than the line', () => {
		expect(wrap('one two three', 9 * 7, { size: 13 }, measure)).toEqual(['one two', 'three']);
		expect(wrap('https://example.org/long', 10 * 7, { size: 13 }, measure)).toEqual([
			'https://ex',
			'ample.org/',
			'long'
		]);
	});
});

describe('frameLayout', () => {
	const layout = frameLayout(about, used, { width: 640, height: 400 }, measure);
	const text = layout.lines.map((l) => l.text).join(' ');

	it('puts the title and the source above the graph, the page and date below', () => {
		expect(text).toContain('NATO and Japan — Getting Serious');
		expect(text).toContain('Tsuruoka Michito · Nippon.com · 2024');
		expect(text.replace(/ /g, '')).toContain('https://www.nippon.com/en/in-depth/d01034/');
		expect(text).toContain('2026-11-30');
		const above = layout.lines.filter((l) => l.y < layout.graph.y);
		const below = layout.lines.filter((l) => l.y > layout.graph.y + layout.graph.height);
		expect(above[0]!.font.bold).toBe(true);
		expect(above.map((l) => l.text).join(' ')).toContain('Source:');
		expect(below.map((l) => l.text).join('')).toContain('japan-nato/?node=japan-first');
	});

	it('keeps every line and legend entry inside the image, nothing overlapping the graph', () => {
		expect(layout.width).toBe(640);
		expect(layout.graph).toMatchObject({ width: 640, height: 400 });
		for (const l of layout.lines) {
			expect(l.x + measure(l.text, l.font)).toBeLessThanOrEqual(layout.width);
			expect(l.y).toBeLessThan(layout.height);
		}
		expect(layout.legend).toHaveLength(6);
		for (const item of layout.legend) {
			expect(item.y).toBeGreaterThan(layout.graph.y + layout.graph.height);
			expect(item.x + 28).toBeLessThan(layout.width);
		}
	});

	it('wraps the legend on a narrow image (a phone)', () => {
		const narrow = frameLayout(about, used, { width: 360, height: 500 }, measure);
		const rows = new Set(narrow.legend.map((i) => i.y));
		expect(rows.size).toBeGreaterThan(1);
		expect(narrow.height).toBeGreaterThan(layout.height - 400 + 500);
	});
});

describe('frameSvg', () => {
	it('places the graph in its box and escapes every text of the map', () => {
		const hostile = {
			...about,
			title: '<script>alert(1)</script> & co',
			sources: [{ title: 'A "source"', url: 'javascript:alert(1)' }]
		};
		const layout = frameLayout(hostile, used, { width: 640, height: 300 }, measure);
		const svg = frameSvg(
			layout,
			'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="300"><rect/></svg>'
		);
		expect(svg).not.toContain('<script');
		expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
		expect(svg).toContain('A &quot;source&quot;');
		expect(svg).not.toContain('<?xml');
		expect(svg).toContain(`<svg x="0" y="${layout.graph.y}" xmlns=`);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg.match(/<svg/g)).toHaveLength(2);
		expect(svg.match(/<line /g)).toHaveLength(2 + 2); // two rules, two relations in the legend
		expect(svg.match(/<\/svg>/g)).toHaveLength(2);
	});
});
