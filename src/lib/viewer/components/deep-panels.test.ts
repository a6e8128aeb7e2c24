/** The outline and trace panels on a map 10,000 links deep, rendered on the server. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { chainMap } from '$test/deep-chain';
import { compileText } from '$test/compile-text';
import { outline } from '$lib/core/view/outline';
import { ViewerState } from '../state.svelte';
import { FLAT_LEVELS_NOTE, NESTED_LEVELS } from '../../core/view/tree-view';
import { toViewerMap } from '../../core/view/viewer-map';
import OutlineTree from './OutlineTree.svelte';
import TracePanel from './TracePanel.svelte';

const LINKS = 10_000;

/** How deep lists nest in the markup, checking that every list and item is closed in order. */
function nesting(html: string): number {
	const open: string[] = [];
	let deepest = 0;
	for (const [, close, tag] of html.matchAll(/<(\/?)(ul|ol|li)[\s>]/g)) {
		if (close) expect(open.pop()).toBe(tag);
		else open.push(tag!);
		deepest = Math.max(deepest, open.length);
	}
	expect(open).toEqual([]);
	return deepest;
}

const viewerOf = (map: Parameters<typeof toViewerMap>[0], selected: string) => {
	const viewer = new ViewerState(toViewerMap(map), () => Promise.reject(new Error('unused')));
	viewer.selected = selected;
	return viewer;
};

describe('OutlineTree', () => {
	it('nests the first levels of a deep map and lists the rest as treeitems that carry their place', () => {
		const html = render(OutlineTree, {
			props: { items: outline(chainMap(LINKS)), mapPath: '/maps/chain/' }
		}).body;
		expect(html).toContain(FLAT_LEVELS_NOTE);
		// A list and an item for each nested level, and for the flat list under the last.
		expect(nesting(html)).toBe(2 * NESTED_LEVELS + 2);
		expect(html.match(/role="treeitem"/g)).toHaveLength(LINKS + 1);
		expect(html).toMatch(
			new RegExp(
				`<li role="treeitem" data-id="s${LINKS}" aria-level="${LINKS + 1}" aria-setsize="1" aria-posinset="1"`
			)
		);
		expect(html).toContain(`level ${LINKS + 1}</span>`);
	});

	it('leaves ordinary maps nested all the way, without notes or levels in the text', () => {
		const { map } = compileText('[P]: P. #position\n  + [A]: A.\n    - [B]: B.\n  + [C]: C.\n');
		const html = render(OutlineTree, { props: { items: outline(map), mapPath: '/m/' } }).body;
		expect(html).not.toContain(FLAT_LEVELS_NOTE);
		expect(html).not.toContain('aria-setsize');
		expect(nesting(html)).toBe(6);
		expect(html).toMatch(/data-id="b" aria-level="3"/);
	});
});

describe('TracePanel', () => {
	it('shows the support tree of a deep map with bounded nesting', () => {
		const html = render(TracePanel, {
			props: { viewer: viewerOf(chainMap(LINKS), 's0'), onselect: () => {} }
		}).body;
		expect(html).toContain(`Support tree (${LINKS})`);
		expect(html).toContain(FLAT_LEVELS_NOTE);
		expect(html).toContain(`level ${LINKS}</span>`);
		expect(html.match(/<li class="for/g)).toHaveLength(LINKS + 1);
		// A list and an item for each nested level, and for the flat list under the last.
		expect(nesting(html)).toBe(2 * NESTED_LEVELS + 2);
	});

	it('lists the chain from the far end to the position, and says that the search was cut', () => {
		const html = render(TracePanel, {
			props: { viewer: viewerOf(chainMap(LINKS), `s${LINKS}`), onselect: () => {} }
		}).body;
		expect(html.match(/→ <span class="via/g)).toHaveLength(LINKS);
		expect(html).toContain('The search for chains stopped at a limit');
		expect(html).not.toContain('no chain');
	});
});
