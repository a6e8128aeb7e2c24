/** The node and source panels rendered on the server, for what they say and what they link. */
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { referenceMap } from '$test/reference-map';
import type { ArgumentMap } from '$lib/core/model';
import { toViewerMap } from '$lib/core/view/viewer-map';
import { ViewerState } from '../state.svelte';
import NodePanel from './NodePanel.svelte';
import SourcePanel from './SourcePanel.svelte';
import PanelTabs from './PanelTabs.svelte';

const viewerOf = (map: ArgumentMap, selected: string | null = null) => {
	const viewer = new ViewerState(toViewerMap(map), () => Promise.reject(new Error('unused')));
	viewer.selected = selected;
	return viewer;
};
const noop = () => {};

// The panels run in a browser, where the page has an address (notes are filed under it).
beforeAll(() => {
	vi.stubGlobal('location', new URL('http://localhost/maps/japan-nato/'));
	return () => vi.unstubAllGlobals();
});

/** The text of the list under a heading of the panel, tags stripped. */
function listUnder(html: string, heading: string): string {
	const at = html.search(new RegExp(`<h3[^>]*>${heading}</h3>`));
	if (at < 0) return '';
	const end = html.indexOf('</ul>', at);
	return html
		.slice(at, end)
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');
}

describe('NodePanel', () => {
	const map = referenceMap();

	it('lists the other positions a position bears on, never the position itself', () => {
		const html = render(NodePanel, {
			props: {
				viewer: viewerOf(map, 'japan-first'),
				mapPath: '/maps/japan-nato/',
				onselect: noop,
				onshow: noop
			}
		}).body;
		const bears = listUnder(html, 'Bears on');
		expect(bears).not.toMatch(/\bfor\b[^·]*Japan first/);
		expect(bears).not.toContain('Japan first');
		// It attacks "global Japan", so it does bear on the other camps.
		expect(bears).toMatch(/against/);
	});

	it('lists a claim’s bearing on its own position', () => {
		const html = render(NodePanel, {
			props: {
				viewer: viewerOf(map, 'distant-missions-waste-resources'),
				mapPath: '/maps/japan-nato/',
				onselect: noop,
				onshow: noop
			}
		}).body;
		expect(listUnder(html, 'Bears on')).toMatch(/for .*Japan first/);
	});
});

describe('SourcePanel', () => {
	it('heads each source with its title, author, publisher and a safe link to it', () => {
		const html = render(SourcePanel, {
			props: { viewer: viewerOf(referenceMap()), mapPath: '/maps/japan-nato/', onselect: noop }
		}).body;
		expect(html).toContain('Tsuruoka Michito · Nippon.com · 2024');
		expect(html).toMatch(
			/<a href="https:\/\/www\.nippon\.com\/en\/in-depth\/d01034\/" rel="noopener noreferrer external" target="_blank"/
		);
	});

	it('never links a javascript: URL from a stranger’s map', () => {
		// The Argdown front matter refuses such a URL; a map read from another format in the
		// browser reaches the panel without that check, so the panel makes its own.
		const map = referenceMap();
		const hostile: ArgumentMap = {
			...map,
			sources: map.sources.map((s) => ({
				...s,
				author: 'Someone <b>bold</b>',
				url: 'javascript:alert(document.cookie)'
			}))
		};
		const html = render(SourcePanel, {
			props: { viewer: viewerOf(hostile), mapPath: '/maps/japan-nato/', onselect: noop }
		}).body;
		expect(html).toContain('Someone &lt;b>bold&lt;/b>');
		expect(html).not.toMatch(/href="\s*javascript:/i);
		expect(html).not.toMatch(/<a [^>]*javascript/i);
		expect(html).toContain('<code>javascript:alert(document.cookie)</code>');
	});
});

describe('a viewer without the reader’s notes (an embed)', () => {
	const map = referenceMap();
	const props = (personal: boolean) => ({
		viewer: viewerOf(map, 'japan-first'),
		mapPath: '/maps/japan-nato/',
		onselect: noop,
		onshow: noop,
		personal
	});

	it('has no Notes tab, and a link to it opens Details', () => {
		const viewer = viewerOf(map, 'japan-first');
		viewer.view = 'notes';
		const html = render(PanelTabs, { props: { ...props(false), viewer } }).body;
		expect(html).not.toContain('id="tab-notes"');
		expect(html).toMatch(
			/id="tab-details"[^>]*aria-selected="true"|aria-selected="true"[^>]*id="tab-details"/
		);
		expect(render(PanelTabs, { props: props(true) }).body).toContain('id="tab-notes"');
	});

	it('shows no note editor in Details and no highlight tool in Source', () => {
		expect(render(NodePanel, { props: props(false) }).body).not.toContain('note-editor');
		expect(render(NodePanel, { props: props(true) }).body).toContain('note-editor');
		expect(render(SourcePanel, { props: props(false) }).body).not.toContain('class="tool');
		expect(render(SourcePanel, { props: props(true) }).body).toContain('class="tool');
	});
});
