import { describe, expect, it } from 'vitest';
import type { GraphData } from '$lib/core/view/elements';
import { referenceMap, REFERENCE_THESIS } from '$test/reference-map';
import { toElements } from '$lib/core/view/elements';
import { BATCH_FROM } from '../batches';
import { POSITION_SCREEN_FONT } from '../graph-style';
import { NO_HIGHLIGHT, type Highlight } from '../highlight';
import { CyView, type CyHost, type DrawProgress, type Pointed } from './cy-view';

/** Elements lit by class with the rest dimmed, as a trace lights its trees. */
const lit = (ids: string[], cls = 'trace-support'): Highlight => ({
	dimRest: true,
	lit: new Map(ids.map((id) => [id, cls]))
});

/** A chain of claims laid out in rows, each supporting the one before. */
function chain(count: number): GraphData {
	const elements: GraphData['elements'] = [];
	const parents: Record<string, string> = {};
	for (let i = 0; i < count; i++) {
		elements.push({
			group: 'nodes',
			data: { id: `n${i}`, kind: i === 0 ? 'position' : 'claim', label: `N${i}` },
			position: { x: (i % 40) * 220, y: Math.floor(i / 40) * 120 }
		});
		if (i === 0) continue;
		parents[`n${i}`] = `n${i - 1}`;
		elements.push({
			group: 'edges',
			data: {
				id: `e${i}`,
				source: `n${i}`,
				target: `n${i - 1}`,
				kind: 'supports',
				origin: 'relation',
				cross: false
			}
		});
	}
	return { elements, parents };
}

/** A headless view whose frames and tasks run when the test says so. */
function headless() {
	const marks: Record<string, string> = {};
	const queue: { frame: boolean; run: () => void }[] = [];
	const progress: DrawProgress[] = [];
	const selected: (string | null)[] = [];
	const host: CyHost = {
		container: null,
		width: 1280,
		height: 800,
		mark: (key, value) => (marks[key] = value),
		afterFrame: (run) => queue.push({ frame: true, run }),
		later: (run) => queue.push({ frame: false, run })
	};
	const pointed: (Pointed | null)[] = [];
	const view = new CyView(host, {
		onselect: (id) => selected.push(id),
		onprogress: (p) => progress.push(p),
		onpoint: (p) => pointed.push(p)
	});
	const drain = () => {
		while (queue.length) queue.shift()!.run();
	};
	const step = () => queue.shift()?.run();
	/** The next frame, or the next task: what is waiting for the other is left waiting. */
	const next = (frame: boolean) => {
		const at = queue.findIndex((q) => q.frame === frame);
		expect(at, frame ? 'a frame waiting' : 'a task waiting').toBeGreaterThanOrEqual(0);
		queue.splice(at, 1)[0]!.run();
	};
	const waiting = (frame: boolean) => queue.filter((q) => q.frame === frame).length;
	return {
		view,
		marks,
		progress,
		selected,
		pointed,
		drain,
		step,
		frame: () => next(true),
		task: () => next(false),
		waiting
	};
}

const everything = { passes: () => true, focus: null, collapsed: new Set<string>() };

describe('CyView', () => {
	it('draws a small map in one batch and reports when it is ready', async () => {
		const { view, marks, progress, drain } = headless();
		// Five nodes in a row: the whole map fits the canvas at a readable zoom.
		await view.open(chain(5));
		expect(progress.at(-1)?.status).toBe('loading');
		drain();
		expect(view.instance?.nodes().length).toBe(5);
		expect(progress.at(-1)).toMatchObject({ status: 'ready', pending: 0, startsZoomedIn: false });
		expect(marks).toMatchObject({ ready: 'true', complete: 'true', batches: '1' });
	});

	it('draws what lies around the opening view of a small map first, the rest a task later', async () => {
		const { view, marks, step, drain } = headless();
		await view.open(chain(200));
		step(); // the first frame
		const first = view.instance!.nodes().length;
		expect(first).toBeGreaterThan(0);
		expect(first).toBeLessThan(200);
		drain();
		expect(view.instance!.nodes().length).toBe(200);
		expect(marks).toMatchObject({ complete: 'true', batches: '2' });
	});

	it('is complete only once the frame after the last batch is drawn', async () => {
		const { view, marks, progress, frame, task, waiting } = headless();
		await view.open(chain(200));
		frame(); // the first frame
		expect(progress.at(-1)).toMatchObject({ status: 'ready', complete: false });
		// Nothing more runs in that frame: the rest waits for a task, so the frame paints first.
		expect(marks.batches).toBeUndefined();
		task(); // the later batches set out
		task(); // the last batch
		expect(view.instance!.nodes().length).toBe(200);
		expect(waiting(false)).toBe(0);
		expect(marks.complete).toBeUndefined();
		frame(); // the frame that draws it
		expect(marks.complete).toBe('true');
		expect(progress.at(-1)).toMatchObject({ pending: 0, complete: true });
	});

	it('reports an error in a later batch as a failure, not silently', async () => {
		const { view, progress, step } = headless();
		await view.open(chain(200));
		step(); // the first frame
		step(); // the later batches set out
		view.instance!.add = () => {
			throw new Error('a broken batch');
		};
		step(); // the batch
		expect(progress.at(-1)).toMatchObject({
			status: 'failed',
			message: 'The map could not be drawn: a broken batch'
		});
	});

	it('keeps positions titled at any zoom, and marks the titles it shows legibly', async () => {
		const { view, marks, drain } = headless();
		await view.open(toElements(referenceMap()));
		drain();
		const cy = view.instance!;
		const thesis = cy.getElementById(REFERENCE_THESIS);
		// The opening view: the three positions and at least ten titles besides.
		expect(Number(marks.legiblePositions)).toBe(3);
		expect(Number(marks.legible) - 3).toBeGreaterThanOrEqual(10);
		for (const zoom of [1, 0.3, 0.05]) {
			cy.zoom(zoom);
			const onScreen = parseFloat(thesis.style('font-size')) * cy.zoom();
			expect(onScreen).toBeGreaterThanOrEqual(POSITION_SCREEN_FONT - 0.01);
			expect(thesis.style('label')).toContain('Cross-regional deterrence');
		}
		// Zoomed out, other titles are not even measured.
		expect(cy.nodes('.labelled').length).toBeGreaterThan(0);
		cy.emit('viewport');
		await new Promise((done) => setTimeout(done, 200));
		expect(cy.nodes('.labelled').length).toBe(0);
	});

	it('reports a graph that cannot be loaded instead of throwing', async () => {
		const { view, progress } = headless();
		await view.open('http://127.0.0.1:9/nothing.json');
		expect(progress.at(-1)?.status).toBe('failed');
		expect(progress.at(-1)?.message).toMatch(/could not be drawn/);
	});

	it('selects, highlights and hides as the viewer asks, before and after drawing', async () => {
		const { view, marks, drain } = headless();
		view.select('n3');
		view.highlight(lit(['n1', 'n2']));
		view.showHits(['n4', 'gone']);
		await view.open(chain(10));
		drain();
		const cy = view.instance!;
		expect(cy.$(':selected').map((n) => n.id())).toEqual(['n3']);
		expect(cy.nodes('.trace-support').map((n) => n.id())).toEqual(['n1', 'n2']);
		expect(cy.getElementById('n5').hasClass('dim')).toBe(true);
		expect(marks.traced).toBe('2');
		// Search hits change no element's classes: they are drawn over the graph.
		expect(marks.matches).toBe('1');
		expect(cy.getElementById('n4').classes()).not.toContain('match');

		view.highlight(NO_HIGHLIGHT);
		view.showHits([]);
		expect(cy.elements('.dim, .trace-support').length).toBe(0);
		expect(marks.matches).toBe('0');

		view.show({ ...everything, collapsed: new Set(['n5']) });
		expect(cy.nodes('.hidden').map((n) => n.id())).toEqual(['n6', 'n7', 'n8', 'n9']);
		expect(cy.getElementById('n5').hasClass('collapsed')).toBe(true);
		expect(cy.getElementById('n5').data('folded')).toBe('N5\n⊕ 4 folded');

		view.show({ ...everything, collapsed: new Set(['n3', 'n5']) });
		expect(cy.getElementById('n3').data('folded')).toBe('N3\n⊕ 6 folded');

		view.show({ ...everything, focus: { id: 'n2', depth: 1 } });
		expect(cy.nodes(':visible').map((n) => n.id())).toEqual(['n1', 'n2', 'n3']);

		view.show({ ...everything, passes: (id) => id !== 'n0' });
		expect(cy.nodes('.hidden').map((n) => n.id())).toEqual(['n0']);

		view.select(null);
		expect(cy.$(':selected').length).toBe(0);
	});

	it('applies a layer set before the map is drawn, once per frame or batch, and takes it off', async () => {
		const { view, step, drain } = headless();
		const applied: number[] = [];
		let removed = 0;
		view.show({ ...everything, collapsed: new Set(['n1']) });
		view.setLayer('probe', {
			apply: (cy) => applied.push(cy.nodes('.hidden').length),
			remove: () => removed++
		});
		await view.open(chain(BATCH_FROM * 3));
		step(); // the first frame: the layer comes after the visibility it may depend on
		expect(applied.length).toBe(1);
		expect(applied[0]).toBeGreaterThan(0);
		drain();
		expect(applied.length).toBeGreaterThan(1); // again for each later batch
		view.setLayer('probe', null);
		expect(removed).toBe(1);
		const before = applied.length;
		view.show(everything);
		expect(applied.length).toBe(before);
	});

	it('draws a large map in batches, applying the state to each batch as it arrives', async () => {
		const count = BATCH_FROM * 3;
		const { view, marks, progress, step, drain } = headless();
		await view.open(chain(count));
		step(); // the first frame
		step(); // the later batches set out
		const cy = view.instance!;
		const first = cy.nodes().length;
		expect(first).toBeLessThan(count);
		expect(progress.at(-1)?.startsZoomedIn).toBe(true);
		expect(Number(marks.batches)).toBeGreaterThan(1);
		expect(marks.complete).toBeUndefined();

		// Asked for while the node is not drawn yet: applied when its batch arrives.
		const far = `n${count - 1}`;
		expect(cy.getElementById(far).empty()).toBe(true);
		view.select(far);
		view.highlight(lit([far]));
		view.showHits([far]);
		view.show({ ...everything, passes: (id) => id !== `n${count - 2}` });
		drain();
		expect(cy.nodes().length).toBe(count);
		// A large map's edges are drawn apart from Cytoscape, once both their nodes are shown:
		// the hidden node's two edges are not.
		expect(cy.edges().length).toBe(0);
		const whole = { x1: -1e9, y1: -1e9, x2: 1e9, y2: 1e9 };
		const drawn = view.ownEdges!.within(whole).map((l) => l.id);
		expect(drawn.length).toBe(count - 3);
		expect(drawn).not.toContain(`e${count - 2}`);
		expect(drawn).not.toContain(`e${count - 1}`);
		expect(cy.$(':selected').map((n) => n.id())).toEqual([far]);
		expect(cy.getElementById(far).hasClass('trace-support')).toBe(true);
		expect(marks.matches).toBe('1');
		expect(cy.getElementById(`n${count - 3}`).hasClass('dim')).toBe(true);
		expect(cy.getElementById(`n${count - 2}`).hasClass('hidden')).toBe(true);
		expect(marks.complete).toBe('true');
		expect(progress.at(-1)?.pending).toBe(0);
	});

	it('stops adding batches once destroyed', async () => {
		const { view, marks, step, drain } = headless();
		await view.open(chain(BATCH_FROM * 3));
		step();
		view.destroy();
		drain();
		expect(view.instance).toBeNull();
		expect(marks.complete).toBeUndefined();
	});

	it('emits a selection when a node is tapped, and none when the background is', async () => {
		const { view, selected, drain } = headless();
		await view.open(chain(5));
		drain();
		const cy = view.instance!;
		cy.getElementById('n2').emit('tap');
		cy.emit('tap');
		expect(selected).toEqual(['n2', null]);
	});

	it('walks the graph with the keyboard: a focus ring, arrows to related nodes, Enter to open', async () => {
		const { view, selected, pointed, drain } = headless();
		await view.open(chain(5));
		drain();
		const cy = view.instance!;
		view.focusCursor(null);
		expect(view.cursorId).toBe('n0');
		expect(cy.nodes('.cursor').map((n) => n.id())).toEqual(['n0']);
		expect(pointed.at(-1)).toMatchObject({ id: 'n0', by: 'keyboard' });
		expect(view.key('ArrowRight')).toBe(true);
		expect(view.key('ArrowRight')).toBe(true);
		expect(view.cursorId).toBe('n2');
		expect(view.key('ArrowLeft')).toBe(true);
		expect(view.cursorId).toBe('n1');
		expect(view.key('ArrowUp')).toBe(true); // nothing above: the cursor stays
		expect(view.cursorId).toBe('n1');
		expect(view.key('Enter')).toBe(true);
		expect(selected).toEqual(['n1']);
		expect(view.key('q')).toBe(false);
		view.blurCursor();
		expect(cy.nodes('.cursor').length).toBe(0);
		expect(pointed.at(-1)).toBeNull();
		// Focus comes back to the selection.
		view.focusCursor('n3');
		expect(view.cursorId).toBe('n3');
		expect(view.key('Home')).toBe(true);
		expect(view.cursorId).toBe('n0');
	});

	it('walks a large map along its edges, which are not Cytoscape’s', async () => {
		// b is related to a and lies below it; c lies nearer below but is not related.
		const data = chain(BATCH_FROM * 3);
		const place = (id: string, x: number, y: number) => {
			const n = data.elements.find((e) => e.data.id === id)!;
			if (n.group === 'nodes') n.position = { x, y };
		};
		place('n0', 0, 0);
		place('n1', 0, 400);
		place('n2', 0, 130);
		for (const e of data.elements)
			if (e.group === 'edges' && e.data.id === 'e2') e.data.target = 'n5';
		const { view, drain } = headless();
		await view.open(data);
		drain();
		expect(view.instance!.edges().length).toBe(0);
		view.focusCursor('n0');
		expect(view.key('ArrowDown')).toBe(true);
		expect(view.cursorId).toBe('n1');
	});

	it('points at the node under the mouse, for its tooltip', async () => {
		const { view, pointed, drain } = headless();
		await view.open(chain(3));
		drain();
		view.instance!.getElementById('n2').emit('mouseover');
		expect(pointed.at(-1)).toMatchObject({ id: 'n2', by: 'mouse' });
		view.instance!.getElementById('n2').emit('mouseout');
		expect(pointed.at(-1)).toBeNull();
	});
});
