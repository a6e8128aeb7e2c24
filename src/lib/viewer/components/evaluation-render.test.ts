/** The evaluation's panels rendered on the server: what they say and what they link. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { referenceMap, REFERENCE_THESIS } from '$test/reference-map';
import { toViewerMap } from '$lib/core/view/viewer-map';
import { ViewerState } from '../state.svelte';
import NodeEvaluation from './NodeEvaluation.svelte';
import PositionVerdict from './PositionVerdict.svelte';
import FlowPanel from './FlowPanel.svelte';

const viewer = () =>
	new ViewerState(toViewerMap(referenceMap()), () => Promise.reject(new Error('unused')));
const noop = () => {};

describe('NodeEvaluation', () => {
	it('says why a node is out, each title a link to its node', async () => {
		const v = viewer();
		await v.evaluation.update('competition-for-assets');
		const html = render(NodeEvaluation, {
			props: { viewer: v, node: 'competition-for-assets', onselect: noop }
		}).body.replace(/<!--.*?-->/g, '');
		expect(html).toContain('✗');
		expect(html).toMatch(
			/Out: attacked by «<a[^>]+href="\?node=complementarity"[^>]*>Complementarity<\/a>», which/
		);
		expect(html).toContain('Suppose this is rejected');
		expect(html).not.toContain('hypothetical view');
	});

	it('shows no explanation of another node while its own is on the way', async () => {
		const v = viewer();
		await v.evaluation.update('complementarity');
		const html = render(NodeEvaluation, {
			props: { viewer: v, node: REFERENCE_THESIS, onselect: noop }
		}).body;
		expect(html).not.toContain('data-testid="why-label"');
	});

	it('says the view is hypothetical under a what-if', async () => {
		const v = viewer();
		v.evaluation.toggleReject('complementarity');
		await v.evaluation.update('complementarity');
		const html = render(NodeEvaluation, {
			props: { viewer: v, node: 'complementarity', onselect: noop }
		}).body;
		expect(html).toContain('in this hypothetical view');
		expect(html).toContain('Out: rejected in this what-if.');
		expect(html).toMatch(/aria-pressed="true"[^>]*>Supposed rejected/);
	});
});

describe('PositionVerdict', () => {
	it('gives a position’s verdict, strength and acceptance once evaluated', async () => {
		const v = viewer();
		expect(
			render(PositionVerdict, { props: { viewer: v, id: REFERENCE_THESIS } }).body
		).not.toContain('verdict');
		await v.evaluation.update(null);
		const text = render(PositionVerdict, { props: { viewer: v, id: REFERENCE_THESIS } })
			.body.replace(/<[^>]+>/g, '')
			.replace(/\s+/g, ' ');
		expect(text).toMatch(/✓ in · strength 0\.\d\d in every preferred extension/);
	});
});

describe('FlowPanel', () => {
	it('draws the thesis’s sheet as a grid whose first cell takes the keyboard', async () => {
		const v = viewer();
		await v.evaluation.update(null);
		const html = render(FlowPanel, {
			props: { viewer: v, mapPath: '/maps/japan-nato/', onselect: noop, onshow: noop }
		}).body.replace(/<!--.*?-->/g, '');
		expect(html).toMatch(/role="grid"[^>]*aria-label="Flow sheet of Cross-regional deterrence"/);
		// One cell in the tab order (a roving tabindex): the position's own.
		expect(html.match(/tabindex="0"/g)).toHaveLength(1);
		expect(html).toMatch(/tabindex="0" data-cell="0:0"/);
		expect(html).toContain('↩ answer');
		expect(html).toContain('>dropped<');
		expect(html).toContain('Reasons and objections');
	});
});
