/** Long edges cut to the view, against a stand-in for Cytoscape's renderer and a recording canvas. */
import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { clipLongEdges } from './clipped-edges';

/** A canvas context that keeps what it was asked to stroke. */
class Recording {
	lineDashOffset = 3;
	dash: number[] = [];
	strokes: { dash: number[]; offset: number; points: number[] }[] = [];
	private path: number[] = [];
	setLineDash(d: number[]) {
		this.dash = d;
	}
	beginPath() {
		this.path = [];
	}
	moveTo(x: number, y: number) {
		this.path.push(x, y);
	}
	lineTo(x: number, y: number) {
		this.path.push(x, y);
	}
	stroke() {
		this.strokes.push({ dash: this.dash, offset: this.lineDashOffset, points: this.path });
	}
}

function edge(edgeType: string, style: Record<string, unknown> = {}, isRound = false) {
	return {
		_private: { rscratch: { edgeType, isRound } },
		pstyle: (name: string) => ({ pfValue: style[name] })
	};
}

function setUp(view = { x1: 0, y1: 0, x2: 1000, y2: 800 }, zoom = 1) {
	const screen = new Recording();
	const texture = new Recording();
	const whole: unknown[][] = [];
	const renderer = {
		data: { contexts: [screen] },
		drawEdgePath(...args: unknown[]) {
			whole.push(args);
		}
	};
	const cy = { renderer: () => renderer, extent: () => view, zoom: () => zoom } as unknown as Core;
	clipLongEdges(cy);
	const draw = renderer.drawEdgePath as (
		e: ReturnType<typeof edge>,
		c: Recording,
		pts: number[],
		type: string
	) => void;
	return { screen, texture, whole, draw };
}

describe('clipLongEdges', () => {
	it('strokes a long dashed edge only across the view, its dashes where the whole edge has them', () => {
		const { screen, whole, draw } = setUp();
		const dashed = edge('segments', { 'line-dash-pattern': [6, 3], 'line-dash-offset': 2 });
		// Down from far above the view, across it, and on far below.
		draw(dashed, screen, [500, -20_000, 500, 20_000], 'dashed');
		expect(whole).toEqual([]);
		expect(screen.strokes).toHaveLength(1);
		const [stroke] = screen.strokes;
		expect(stroke!.dash).toEqual([6, 3]);
		// The piece starts 64 px above the view: 19,936 px along the edge.
		const [x0, y0, x1, y1] = stroke!.points;
		expect([x0, x1]).toEqual([500, 500]);
		expect(y0).toBeCloseTo(-64, 6);
		expect(y1).toBeCloseTo(864, 6);
		expect(stroke!.offset).toBeCloseTo(2 + 19_936, 6);
		// The canvas is left as Cytoscape expects it.
		expect(screen.dash).toEqual([]);
		expect(screen.lineDashOffset).toBe(3);
	});

	it('strokes a bent edge that leaves the view and comes back as two pieces', () => {
		const { screen, draw } = setUp();
		draw(edge('segments'), screen, [100, 100, 100, 5000, 900, 5000, 900, 100], 'solid');
		expect(screen.strokes.map((s) => s.points)).toEqual([
			[100, 100, 100, 864],
			[900, 864, 900, 100]
		]);
		expect(screen.strokes.every((s) => s.dash.length === 0)).toBe(true);
	});

	it('leaves to Cytoscape an edge within the view, curves, rounded bends and drawing off screen', () => {
		const { screen, texture, whole, draw } = setUp();
		draw(edge('straight'), screen, [10, 10, 900, 700], 'solid');
		draw(edge('bezier'), screen, [0, -9000, 500, 0, 0, 9000], 'solid');
		draw(edge('segments', {}, true), screen, [500, -9000, 500, 9000], 'solid');
		draw(edge('straight'), texture, [500, -9000, 500, 9000], 'solid');
		expect(whole).toHaveLength(4);
		expect(screen.strokes).toEqual([]);
		expect(texture.strokes).toEqual([]);
	});

	it('keeps its margin on screen when zoomed out', () => {
		const { screen, draw } = setUp({ x1: 0, y1: 0, x2: 100_000, y2: 80_000 }, 0.01);
		draw(edge('straight'), screen, [500, -1_000_000, 500, 1_000_000], 'solid');
		// 64 screen px at zoom 0.01 are 6,400 graph px.
		expect(screen.strokes[0]!.points).toEqual([500, -6400, 500, 86_400]);
	});
});
