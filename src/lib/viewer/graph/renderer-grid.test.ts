/**
 * The grid against a stand-in for Cytoscape's canvas renderer that does what
 * its routines do: test every element it is handed. Cytoscape's own renderer
 * needs a canvas; the e2e flows run it on large maps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import type { Box } from './box-grid';
import { gridTheRenderer } from './renderer-grid';

class Ele {
	/** How often its box was asked for. */
	asked = 0;
	/** Whether Cytoscape has its rendered style up to date, where a test follows that. */
	_private?: { styleDirty?: boolean; rstyle: { clean: boolean; cleanConnected: boolean } };
	/** Called on the first measuring, which Cytoscape reports as a change of the box. */
	onFirstMeasure?: (e: Ele) => void;
	constructor(
		readonly id: number,
		public box: Box
	) {}
	boundingBox() {
		this.asked++;
		if (this.asked === 1) this.onFirstMeasure?.(this);
		return this.box;
	}
}
const meets = (a: Box, b: Box) => !(a.x1 > b.x2 || b.x1 > a.x2 || a.y1 > b.y2 || b.y1 > a.y2);
const box = (x: number, y: number, w = 120, h = 40): Box => ({
	x1: x,
	y1: y,
	x2: x + w,
	y2: y + h
});

/** Cytoscape's routines as they behave, reduced to what the grid must keep. */
class StandIn {
	drawn: number[] = [];
	layeredAsked = 0;
	private pending: Ele[] = [];
	private readonly listeners: ((willDraw: boolean, eles: Ele[]) => void)[] = [];
	list: Ele[] & { interactive?: Ele[] };

	constructor(eles: Ele[]) {
		this.list = this.order(eles);
	}
	order(eles: Ele[]) {
		const list: Ele[] & { interactive?: Ele[] } = [...eles];
		list.interactive = list.filter((e) => e.id % 7 !== 0);
		return list;
	}
	getCachedZSortedEles() {
		return this.list;
	}
	onUpdateEleCalcs(fn: (willDraw: boolean, eles: Ele[]) => void) {
		this.listeners.push(fn);
	}
	flushRenderedStyleQueue() {
		for (const fn of this.listeners) fn(true, this.pending);
		this.pending = [];
	}
	/** A batch added: a new list, and its elements reported before the next frame. */
	add(eles: Ele[]) {
		this.list = this.order([...this.list, ...eles]);
		this.pending.push(...eles);
	}
	/** Reports an element before the next frame, as Cytoscape's events do. */
	report(ele: Ele) {
		this.pending.push(ele);
	}
	/** An element changed: Cytoscape hears of it at once and reports it before it draws. */
	move(ele: Ele, to: Box) {
		ele.box = to;
		this.pending.push(ele);
	}
	drawCachedElement(_c: unknown, ele: Ele, _r: number, extent: Box) {
		if (meets(ele.boundingBox(), extent)) this.drawn.push(ele.id);
	}
	drawCachedElements(c: unknown, eles: Ele[], r: number, extent: Box) {
		for (const ele of eles) this.drawCachedElement(c, ele, r, extent);
	}
	drawLayeredElements(c: unknown, eles: Ele[], r: number, extent: Box) {
		this.layeredAsked++;
		this.drawCachedElements(c, eles, r, extent);
	}
	/** The topmost element whose box holds the point, give or take 8 px. */
	findNearestElements(x: number, y: number, interactiveOnly: boolean) {
		const all = this.getCachedZSortedEles();
		const eles = interactiveOnly ? all.interactive! : all;
		const reach = 8 / zoom;
		for (let i = eles.length - 1; i >= 0; i--)
			if (
				meets(eles[i]!.boundingBox(), {
					x1: x - reach,
					y1: y - reach,
					x2: x + reach,
					y2: y + reach
				})
			)
				return [eles[i]!];
		return [];
	}
	/** A frame: the changes reported, then the elements drawn. */
	frame(extent: Box) {
		this.flushRenderedStyleQueue();
		this.drawn = [];
		this.drawLayeredElements(null, this.list, 1, extent);
		return this.drawn;
	}
}

let zoom = 1;
function setUp(eles: Ele[], reach?: (e: Ele) => Box | null) {
	const gridded = new StandIn(eles);
	const plain = new StandIn(eles);
	const cy = { renderer: () => gridded, zoom: () => zoom } as unknown as Core;
	gridTheRenderer(cy, reach as ((e: unknown) => Box | null) | undefined);
	/** Moves element `id` in both, and both report it as Cytoscape would. */
	const move = (id: number, to: Box) => {
		for (const r of [gridded, plain])
			r.move(
				r.list.find((e) => e.id === id)!,
				to
			);
	};
	return { gridded, plain, move };
}

/**
 * Follows, in `gridded`, Cytoscape's working out of rendered styles: a change marks an element
 * out of date and reports it; before each frame, each element reported and out of date is worked
 * out. The first measuring of a box counts as a change, as it does in Cytoscape.
 */
function workingOut(gridded: StandIn) {
	const out = { workedOut: [] as Ele[], changed: (e: Ele) => change(e) };
	const change = (e: Ele) => {
		const rstyle = e._private!.rstyle;
		rstyle.clean = rstyle.cleanConnected = false;
		gridded.report(e);
	};
	const follow = (e: Ele) => {
		e._private ??= { rstyle: { clean: false, cleanConnected: false } };
		e.onFirstMeasure = change;
	};
	gridded.list.forEach(follow);
	const add = gridded.add.bind(gridded);
	gridded.add = (eles) => {
		eles.forEach(follow);
		add(eles);
	};
	gridded.onUpdateEleCalcs((_willDraw, eles) => {
		for (const e of eles) {
			const rstyle = e._private!.rstyle;
			if (rstyle.clean) continue;
			out.workedOut.push(e);
			rstyle.clean = rstyle.cleanConnected = true;
		}
	});
	return out;
}

/** A large map's boxes: rows of nodes and some edges across them. */
function mapOf(n: number): Ele[] {
	const eles: Ele[] = [];
	for (let i = 0; i < n; i++)
		eles.push(
			i % 5 === 4
				? new Ele(i, box((i % 50) * 200, Math.floor(i / 50) * 100, 40, (i % 40) * 150))
				: new Ele(i, box((i % 50) * 200, Math.floor(i / 50) * 100))
		);
	return eles;
}

const view = fc
	.tuple(fc.integer({ min: -2000, max: 12_000 }), fc.integer({ min: -2000, max: 6000 }))
	.map(([x, y]) => box(x, y, 1280, 800));

describe('gridTheRenderer', () => {
	it('draws, in order, exactly what Cytoscape would draw of a large map', () => {
		zoom = 1;
		const { gridded, plain } = setUp(mapOf(2500));
		fc.assert(
			fc.property(view, (extent) => {
				expect(gridded.frame(extent)).toEqual(plain.frame(extent));
			}),
			{ numRuns: 100 }
		);
	});

	it('takes a box that holds an element’s own instead of measuring it, and draws the same', () => {
		zoom = 1;
		const eles = mapOf(2500);
		// Every other element is placed by a box larger than its own, as node-reach.ts does.
		const reach = (e: Ele) =>
			e.id % 2
				? null
				: { x1: e.box.x1 - 90, y1: e.box.y1 - 60, x2: e.box.x2 + 90, y2: e.box.y2 + 60 };
		const { gridded, plain } = setUp(eles, reach);
		const extent = box(3000, 1000, 1280, 800);
		const drawn = gridded.frame(extent);
		// (The stand-in without the grid shares the elements: its asking comes after.)
		const asked = eles.map((e) => e.asked);
		expect(drawn).toEqual(plain.frame(extent));
		// Measured only where they may be in view, by Cytoscape's own test: not by the grid.
		const far = eles.filter((e) => e.id % 2 === 0 && e.box.x1 > 6000);
		expect(far.length).toBeGreaterThan(400);
		expect(far.every((e) => asked[e.id] === 0)).toBe(true);
		expect(eles.filter((e) => e.id % 2 === 1).every((e) => asked[e.id]! > 0)).toBe(true);
		fc.assert(
			fc.property(view, (v) => {
				expect(gridded.frame(v)).toEqual(plain.frame(v));
			}),
			{ numRuns: 50 }
		);
	});

	it('draws an element that moved into view since the grid was made, and its new place only', () => {
		zoom = 1;
		const eles = mapOf(2500);
		const { gridded, plain, move } = setUp(eles);
		const extent = box(0, 0, 1280, 800);
		gridded.frame(extent);
		const far = eles[2400]!;
		expect(gridded.frame(extent)).not.toContain(far.id);
		move(far.id, box(100, 100));
		expect(gridded.frame(extent)).toContain(far.id);
		expect(gridded.frame(extent)).toEqual(plain.frame(extent));
		// Moved out again, past the view.
		move(far.id, box(50_000, 50_000));
		expect(gridded.frame(extent)).toEqual(plain.frame(extent));
	});

	it('makes a new grid when many elements change, and stays right', () => {
		zoom = 1;
		const eles = mapOf(2500);
		const { gridded, plain, move } = setUp(eles);
		const extent = box(2000, 1000, 1280, 800);
		gridded.frame(extent);
		for (let i = 0; i < 1000; i++)
			move(i, box(2100 + (i % 10) * 30, 1100 + Math.floor(i / 10) * 5));
		expect(gridded.frame(extent)).toEqual(plain.frame(extent));
	});

	it('asks only a new batch for its boxes, not the elements drawn before it', () => {
		zoom = 1;
		const eles = mapOf(5000);
		const first = eles.slice(0, 2500);
		const { gridded, plain, move } = setUp(first);
		plain.add(eles.slice(2500).map((e) => new Ele(e.id, e.box)));
		const extent = box(0, 0, 1280, 800);
		gridded.frame(extent);
		for (const e of first) e.asked = 0;
		gridded.add(eles.slice(2500));
		const drawn = gridded.frame(extent);
		// Elements far from the view, already in the grid, were not asked again.
		const far = first.filter((e) => !meets(e.box, box(-3000, -3000, 7280, 6800)));
		expect(far.length).toBeGreaterThan(1000);
		expect(far.filter((e) => e.asked > 0)).toEqual([]);
		expect(drawn).toEqual(plain.frame(extent));
		// Moved since, an element is asked again and drawn where it is now.
		move(2000, box(200, 200));
		expect(gridded.frame(extent)).toEqual(plain.frame(extent));
	});

	it('finds the element under the pointer as Cytoscape does, moved elements included', () => {
		const eles = mapOf(2500);
		const { gridded, plain, move } = setUp(eles);
		// Its grid made; then an element moves, and the pointer comes before any frame.
		zoom = 1;
		gridded.findNearestElements(0, 0, true);
		move(3, box(20_000, 2000));
		expect(gridded.findNearestElements(20_010, 2010, true).map((e) => e.id)).toEqual([3]);
		fc.assert(
			fc.property(
				fc.integer({ min: -500, max: 20_500 }),
				fc.integer({ min: -500, max: 5500 }),
				fc.constantFrom(0.05, 0.5, 1, 3),
				fc.boolean(),
				(x, y, z, interactiveOnly) => {
					zoom = z;
					const ids = (r: StandIn) => r.findNearestElements(x, y, interactiveOnly).map((e) => e.id);
					expect(ids(gridded)).toEqual(ids(plain));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('asks for layers only when a layer could hold the graph', () => {
		const { gridded } = setUp(mapOf(2500));
		// 10,000 × 5,000 at zoom 1: past the layers' 4,000 × 4,000 limit.
		zoom = 1;
		gridded.frame(box(0, 0, 1280, 800));
		expect(gridded.layeredAsked).toBe(0);
		zoom = 0.1;
		gridded.frame(box(0, 0, 12_800, 8000));
		expect(gridded.layeredAsked).toBe(1);
	});

	it('does not make Cytoscape work out again a batch it has just drawn', () => {
		zoom = 1;
		const eles = mapOf(5000);
		const { gridded } = setUp(eles.slice(0, 2500));
		const cytoscape = workingOut(gridded);
		const extent = box(0, 0, 1280, 800);
		gridded.frame(extent);
		const batch = eles.slice(2500);
		gridded.add(batch);
		gridded.frame(extent);
		expect(cytoscape.workedOut.filter((e) => batch.includes(e))).toHaveLength(2500);
		// The next frame: the grid measured the batch, which Cytoscape hears of as a change.
		cytoscape.workedOut = [];
		gridded.frame(extent);
		expect(cytoscape.workedOut).toEqual([]);
		// A real change is still worked out.
		const moved = eles[4000]!;
		gridded.move(moved, box(300, 300));
		cytoscape.changed(moved);
		gridded.frame(extent);
		expect(cytoscape.workedOut).toEqual([moved]);
	});

	it('leaves an element marked out of date when it was, or when its new style is still to apply', () => {
		zoom = 1;
		const eles = mapOf(2500);
		const { gridded } = setUp(eles);
		workingOut(gridded);
		const stale = eles[0]!;
		stale._private = { rstyle: { clean: false, cleanConnected: false } };
		// Worked out, but with a new style not applied yet: measuring applies it.
		const restyled = eles[1]!;
		restyled._private = { styleDirty: true, rstyle: { clean: true, cleanConnected: true } };
		gridded.findNearestElements(0, 0, false);
		for (const e of [stale, restyled])
			expect(e._private!.rstyle).toEqual({ clean: false, cleanConnected: false });
	});

	it('leaves a small map to Cytoscape', () => {
		zoom = 1;
		const eles = mapOf(500);
		const { gridded } = setUp(eles);
		let visited = 0;
		const draw = gridded.drawCachedElement.bind(gridded);
		gridded.drawCachedElement = (c, ele, r, extent) => {
			visited++;
			draw(c, ele, r, extent);
		};
		gridded.frame(box(0, 0, 1280, 800));
		expect(visited).toBe(500);
	});
});
