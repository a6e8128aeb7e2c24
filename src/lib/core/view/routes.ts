/**
 * How each edge is drawn in the outline layout, so that no edge of the reading
 * tree runs through a box. Straight lines do for most: a column's head up to
 * its position, and a node up to its parent one level less indented (from the
 * node's left side to the foot of the parent, left of every box in between).
 * The rest bend through the gutters between columns: a subtree that shares
 * its column, a node below the indentation cap, a node whose column continues
 * its parent's. Edges between two positions arc over the top row. Cross-links
 * stay straight: they are drawn fainter.
 *
 * Bends are given as Cytoscape's `segments` do: for each bend, a weight along
 * the line from the source's centre to the target's and a distance from it.
 */
import { COLUMN_GAP, COLUMN_WIDTH, INDENT, type OutlineLayout, type Point } from './layout';

export interface EdgeRoute {
	/** Drawn straight from the node's left side to the foot of its parent. */
	indent?: true;
	/** Drawn straight from the top of the node (a column's head, up to its position). */
	up?: true;
	/** Bends, as weights along the line between the two centres… */
	sw?: number[];
	/** …and distances from it. */
	sd?: number[];
	/** A curve over the top row: the control point's distance from the straight line. */
	arc?: number;
}

/** The least rise of an edge arcing over the top row (its control point's distance). */
const ARC_RISE = 24;

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/** Bends through the given points, in the terms of Cytoscape's segment edges. */
export function bends(source: Point, target: Point, via: readonly [number, number][]): EdgeRoute {
	const dx = target.x - source.x;
	const dy = target.y - source.y;
	const length2 = dx * dx + dy * dy;
	if (length2 === 0) return {};
	const length = Math.sqrt(length2);
	return {
		sw: via.map(([x, y]) => round(((x - source.x) * dx + (y - source.y) * dy) / length2, 4)),
		sd: via.map(([x, y]) => round(((y - source.y) * dx - (x - source.x) * dy) / length, 1))
	};
}

/**
 * The route of the edge `from` → `to`; `tree` when it ties `from` to its parent in the reading
 * tree. `reverse` for one of two edges that join the same two nodes both ways.
 */
export function routeOf(
	layout: OutlineLayout,
	from: string,
	to: string,
	tree: boolean,
	reverse = false
): EdgeRoute {
	const c = layout.points.get(from);
	const p = layout.points.get(to);
	if (!c || !p) return {};
	if (c.column === -1 && p.column === -1) {
		// Over the row, low: above is up whichever way the edge runs; of two edges between the
		// same positions, one arcs higher.
		const dx = p.x - c.x;
		return {
			arc: -Math.sign(dx) * Math.round((ARC_RISE + 0.12 * Math.abs(dx)) * (reverse ? 1.6 : 1))
		};
	}
	if (!tree) return {};
	const gutter = layout.columns[c.column]! - COLUMN_GAP / 2;
	if (p.column === -1)
		// A column's head goes straight up from its top, over its neighbours; a subtree lower in
		// the column leaves by the gutter.
		return c.row === 0
			? { up: true }
			: bends(c, p, [
					[gutter, c.y],
					[gutter, layout.band]
				]);
	if (p.column === c.column) {
		if (c.level > p.level) return { indent: true };
		if (c.row === p.row + 1) return {};
		// Below the cap, parent and child are indented alike: pass just left of both.
		const x = layout.columns[c.column]! + c.level * INDENT - INDENT / 2;
		return bends(c, p, [
			[x, c.y],
			[x, p.y]
		]);
	}
	// The column continues its parent's: back through the gutter between them, or over the
	// columns in between and down the gutter right of the parent's column.
	if (p.column === c.column - 1)
		return bends(c, p, [
			[gutter, c.y],
			[gutter, p.y]
		]);
	const back = layout.columns[p.column]! + COLUMN_WIDTH + COLUMN_GAP / 2;
	return bends(c, p, [
		[gutter, c.y],
		[gutter, layout.band],
		[back, layout.band],
		[back, p.y]
	]);
}
