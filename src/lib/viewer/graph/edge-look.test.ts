import { describe, expect, it } from 'vitest';
import type { GraphData } from '$lib/core/view/elements';
import { edgeLines } from './edge-lines';
import { arrowsOf, edgeLook } from './edge-look';

describe('how an edge line looks', () => {
	it('follows the stylesheet: kind, cross-link, trace and dimming', () => {
		expect(edgeLook('attacks', false, '')).toMatchObject({
			color: '#c14d00',
			dash: [6, 3],
			width: 2,
			opacity: 1,
			halo: null,
			arrow: 'tee',
			sourceArrow: null
		});
		expect(edgeLook('supports', true, '').opacity).toBe(0.55);
		expect(edgeLook('supports', true, 'dim').opacity).toBe(0.15);
		expect(edgeLook('contradicts', false, '')).toMatchObject({
			width: 5,
			arrow: 'diamond',
			sourceArrow: 'diamond'
		});
		// Cytoscape strokes an edge's underlay twice its padding wide.
		expect(edgeLook('contradicts', false, 'trace-attack')).toMatchObject({
			width: 4,
			opacity: 1,
			halo: { color: '#c14d00', width: 16, opacity: 0.35 }
		});
	});

	it('puts the arrow’s tip where the line ends, pointing the way it runs, and a diamond back at the source of a contradiction', () => {
		const data: GraphData = {
			elements: [
				{ group: 'nodes', data: { id: 'a', kind: 'claim', label: 'a' }, position: { x: 0, y: 0 } },
				{
					group: 'nodes',
					data: { id: 'b', kind: 'claim', label: 'b' },
					position: { x: 0, y: 400 }
				},
				{
					group: 'edges',
					data: {
						id: 'e',
						source: 'a',
						target: 'b',
						kind: 'contradicts',
						origin: 'relation',
						cross: false
					}
				}
			],
			parents: {}
		};
		const [line] = edgeLines(data);
		const look = edgeLook('contradicts', false, '');
		const [target, source] = arrowsOf(line!, look);
		const end = line!.points.slice(-2);
		// A diamond's tip is its first point after (0, 0)… its outline is tip-last: (0, 0) last.
		expect(target!.slice(-2)).toEqual(end);
		const ys = target!.filter((_, i) => i % 2 === 1);
		expect(Math.max(...ys)).toBeCloseTo(end[1]!);
		expect(Math.min(...ys)).toBeCloseTo(end[1]! - 0.3 * look.arrowSize);
		expect(source!.slice(-2)).toEqual(line!.points.slice(0, 2));
		const back = source!.filter((_, i) => i % 2 === 1);
		expect(Math.max(...back)).toBeCloseTo(line!.points[1]! + 0.3 * look.arrowSize);
	});
});
