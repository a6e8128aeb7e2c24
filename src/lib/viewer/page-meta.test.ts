import { describe, expect, it } from 'vitest';
import { referenceMap } from '$test/reference-map';
import { toViewerMap } from '$lib/core/view/viewer-map';
import { mapMeta, metaTags, shorten, STATIC_PAGES, viewTitle } from './page-meta';

const keys = (tags: ReturnType<typeof metaTags>) => tags.map((t) => `${t.attribute}:${t.key}`);

describe('viewTitle', () => {
	it('names the selected node first, and the map alone when nothing is selected', () => {
		expect(viewTitle('NATO and Japan', 'Japan first')).toBe(
			'Japan first — NATO and Japan · Ronten'
		);
		expect(viewTitle('NATO and Japan', null)).toBe('NATO and Japan · Ronten');
		expect(viewTitle('NATO and Japan')).toBe('NATO and Japan · Ronten');
	});
});

describe('metaTags', () => {
	const meta = { title: 'T · Ronten', description: 'D', type: 'website' as const };

	it('writes the description and the Open Graph tags', () => {
		expect(keys(metaTags(meta))).toEqual([
			'name:description',
			'property:og:title',
			'property:og:description',
			'property:og:type',
			'property:og:site_name'
		]);
		expect(metaTags(meta).find((t) => t.key === 'og:title')?.content).toBe('T · Ronten');
	});

	it('writes og:url only for an absolute web address', () => {
		const url = 'https://example.org/maps/japan-nato/';
		expect(metaTags({ ...meta, url }).find((t) => t.key === 'og:url')?.content).toBe(url);
		for (const bad of ['/maps/japan-nato/', 'maps/x/', 'javascript:alert(1)', ''])
			expect(keys(metaTags({ ...meta, url: bad })), bad).not.toContain('property:og:url');
	});
});

describe('mapMeta', () => {
	it('describes the reference map by its question and its source', () => {
		const meta = mapMeta(toViewerMap(referenceMap()));
		expect(meta.title).toBe(
			'NATO and Japan — Getting Serious About Cross-regional Deterrence · Ronten'
		);
		expect(meta.description.startsWith('Should Japan spend its scarce resources')).toBe(true);
		expect(meta.description.length).toBeLessThanOrEqual(200);
		// The source does not fit whole after this question: it is left out, not cut.
		expect(meta.description).toBe(referenceMap().question);
		expect(meta.type).toBe('website');
	});

	it('counts the nodes of a map that asks no question, and names its source', () => {
		const meta = mapMeta({
			title: 'M',
			sources: [{ id: 's', title: 'An essay', author: 'A. Author', text: '' }],
			nodes: [{}, {}] as never
		});
		expect(meta.description).toBe(
			'An argument map of 2 claims, arguments and pieces of evidence. From An essay by A. Author.'
		);
	});
});

describe('shorten', () => {
	it('cuts at a word boundary with an ellipsis', () => {
		expect(shorten('one two three four', 12)).toBe('one two…');
		expect(shorten('  short   text ')).toBe('short text');
	});
});

describe('STATIC_PAGES', () => {
	it('gives the index and the Open page a description', () => {
		for (const id of ['/', '/open'])
			expect(STATIC_PAGES[id]?.description.length).toBeGreaterThan(40);
	});
});
