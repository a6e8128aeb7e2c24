/**
 * The map laid out as an outline in newspaper columns, at build time, so that
 * it reads at first sight on a landscape screen.
 *
 * The positions stand in one row at the top, the main one (the author's
 * thesis) in the middle. Under them, each position's direct children head
 * columns, in the order of the row; a column lists its head's subtree in
 * reading order, one row per node, indented a level per step (up to a cap), as
 * an outline does. A column longer than the target height continues in the
 * next one, like newspaper text, and the target height is chosen so the whole
 * map comes near a screen's proportions. Where a position has more children
 * than fit side by side, small subtrees share a column. Trees that reach no
 * position form a last group of their own.
 *
 * Linear in the number of nodes (the height is searched in a bounded number
 * of passes), and the same on every build: the tree is in source order. A
 * little over 300 lines: the flow, the search for its height and the
 * placement share one set of measures, and read best together.
 */
import type { SpanningTree, TreeLink } from './spanning-tree';

export interface Point {
	x: number;
	y: number;
}

/** Node boxes, as the graph style draws them. */
export const NODE_WIDTH = 170;
export const NODE_HEIGHT = 64;
export const POSITION_WIDTH = 260;
export const POSITION_HEIGHT = 84;
/** Vertical distance between the rows of a column. */
export const ROW_HEIGHT = 84;
/** Indentation per level, and the deepest level that is indented further. */
export const INDENT = 20;
export const MAX_LEVEL = 4;
/**
 * Where an indented edge (routes.ts) meets its parent, from the parent's centre: the foot of its
 * box, half an indentation in from the left. The stylesheet and a large map's own edge lines
 * both end there.
 */
export const INDENT_FOOT = { x: INDENT / 2 - NODE_WIDTH / 2, y: NODE_HEIGHT / 2 };
/** A column's own width: the widest box at the deepest indentation. */
export const COLUMN_WIDTH = NODE_WIDTH + MAX_LEVEL * INDENT;
/** The gutter between columns, where edges that leave a column run. */
export const COLUMN_GAP = 48;
/** Extra room between the columns of two positions. */
export const GROUP_GAP = 96;
/** Extra room above a subtree that shares its column with the one before. */
export const HEAD_GAP = 28;
/** Distance between the centres of neighbouring positions in the top row, at the least. */
export const POSITION_SPACING = 420;
/** The band between the top row and the columns: at least room for its edges, at most this. */
const MIN_BAND = 100;
const MAX_BAND = 360;
/** The width-to-height ratio the map aims for. */
export const TARGET_ASPECT = 1.6;

/** How far back a full column looks for a better place to break, in rows. */
const BREAK_LOOKBACK = 8;
/** What a row left empty by an earlier break costs, against one edge cut by the break. */
const WASTED_ROW_COST = 0.3;
/** A map this many columns wide keeps one column per subtree, whatever its proportions. */
const FEW_COLUMNS = 4;
/** Passes of the search for the column height: enough for any map, and a constant. */
const SEARCH_PASSES = 24;

/** Where a node sits: its centre, and where it is in the outline. */
export interface Placed extends Point {
	/** Index into `columns`; -1 for the top row. */
	column: number;
	/** Place within its column (or the top row). */
	row: number;
	/** Indentation level, capped at MAX_LEVEL. */
	level: number;
}

export interface OutlineLayout {
	points: Map<string, Placed>;
	/** The left edge of each column. */
	columns: number[];
	/** The upper edge of the columns' first row. */
	top: number;
	/** Where edges that cross columns run: between the top row and the columns. */
	band: number;
	/** The top row, left to right. */
	row: string[];
}

interface Entry {
	id: string;
	/** Levels below the column's head. */
	depth: number;
	/** Edges a column break just before this entry would cut. */
	cut: number;
	/** For a head: the rows its subtree takes. */
	size: number;
}

interface Group {
	first: number;
	end: number;
	/** Whether small subtrees may share a column. */
	pack: boolean;
}

/** The top row's order: the main position in the middle, the others around it in source order. */
export function rowOrder(positions: readonly string[], main?: string): string[] {
	if (!main || !positions.includes(main)) return [...positions];
	const others = positions.filter((p) => p !== main);
	const left = Math.ceil(others.length / 2);
	return [...others.slice(0, left), main, ...others.slice(left)];
}

/** A head's subtree in reading order, by an explicit stack: trees may be thousands of levels deep. */
function flatten(head: TreeLink, out: Entry[]) {
	const start = out.length;
	const stack = [{ link: head, depth: 0, later: 0 }];
	while (stack.length > 0) {
		const { link, depth, later } = stack.pop()!;
		// Breaking before a node cuts its own edge and those of every later sibling of it and of
		// its ancestors, which all come after it; a head's edge is never cut.
		out.push({ id: link.node, depth, cut: depth === 0 ? 0 : 1 + later, size: 0 });
		const n = link.children.length;
		for (let i = n - 1; i >= 0; i--)
			stack.push({ link: link.children[i]!, depth: depth + 1, later: later + (n - 1 - i) });
	}
	out[start]!.size = out.length - start;
}

const boxBottom = (rows: number) => (rows - 1) * ROW_HEIGHT + NODE_HEIGHT;

/** Offsets of a column's entries from its top, and where the next one would go. */
function offsetsOf(entries: readonly Entry[], column: readonly number[]): number[] {
	const out: number[] = [];
	for (let i = 0; i < column.length; i++) {
		const gap = i > 0 && entries[column[i]!]!.depth === 0 ? HEAD_GAP : 0;
		out.push(i === 0 ? 0 : out[i - 1]! + ROW_HEIGHT + gap);
	}
	return out;
}

interface Flowed {
	columns: number[][];
	groupOf: number[];
	/** The tallest column, from its top to its last box's lower edge. */
	height: number;
}

/** Pours the entries into columns no taller than `limit`. */
function flow(entries: readonly Entry[], groups: readonly Group[], limit: number): Flowed {
	const columns: number[][] = [];
	const groupOf: number[] = [];
	let height = 0;
	groups.forEach((g, gi) => {
		let column: number[] = [];
		let next = 0;
		const close = () => {
			if (column.length === 0) return;
			columns.push(column);
			groupOf.push(gi);
			height = Math.max(height, next - ROW_HEIGHT + NODE_HEIGHT);
			column = [];
			next = 0;
		};
		for (let i = g.first; i < g.end; i++) {
			const e = entries[i]!;
			if (e.depth === 0 && column.length > 0) {
				const fits = next + HEAD_GAP + boxBottom(e.size) <= limit;
				if (g.pack && fits) next += HEAD_GAP;
				else close();
			} else if (column.length > 0 && next + NODE_HEIGHT > limit) {
				// Full: break where the fewest edges are cut, within the last few rows.
				let best = column.length;
				let bestCost = e.cut;
				for (let k = column.length - 1; k >= Math.max(1, column.length - BREAK_LOOKBACK); k--) {
					const cost = entries[column[k]!]!.cut + WASTED_ROW_COST * (column.length - k);
					if (cost < bestCost) [best, bestCost] = [k, cost];
				}
				const moved = column.slice(best);
				column.length = best;
				next = offsetsOf(entries, column).at(-1)! + ROW_HEIGHT;
				close();
				column = moved;
				const offsets = offsetsOf(entries, column);
				next = offsets.length > 0 ? offsets.at(-1)! + ROW_HEIGHT : 0;
			}
			column.push(i);
			next += ROW_HEIGHT;
		}
		close();
	});
	return { columns, groupOf, height };
}

/** Left edges of the columns, with extra room between groups; and the columns' total width. */
function columnEdges(flowed: Flowed): { edges: number[]; width: number } {
	const edges: number[] = [];
	let x = 0;
	flowed.groupOf.forEach((g, i) => {
		if (i > 0 && g !== flowed.groupOf[i - 1]) x += GROUP_GAP;
		edges.push(x);
		x += COLUMN_WIDTH + COLUMN_GAP;
	});
	return { edges, width: Math.max(0, x - COLUMN_GAP) };
}

const rowWidth = (n: number, spacing = POSITION_SPACING) =>
	n > 0 ? (n - 1) * spacing + POSITION_WIDTH : 0;
/** The band's height before the fans are known: for choosing the column height only. */
const BAND_GUESS = 180;

function aspectOf(flowed: Flowed, positions: number): number {
	const top = positions > 0 ? POSITION_HEIGHT + BAND_GUESS : 0;
	const width = Math.max(columnEdges(flowed).width, rowWidth(positions));
	return width / Math.max(1, top + flowed.height);
}

/** The column height that brings the map nearest the target proportions. */
function chooseFlow(entries: Entry[], groups: Group[], positions: number): Flowed {
	const tallest = Math.max(NODE_HEIGHT, ...groups.map((g) => tallestHead(entries, g)));
	const whole = flow(entries, groups, tallest);
	const aspect = aspectOf(whole, positions);
	// Every subtree in one column of its own reads best: keep it unless it is far off the
	// target, and always on a map a few columns wide, which a screen shows whole anyway.
	const narrow = whole.columns.length <= FEW_COLUMNS && aspect >= TARGET_ASPECT / 1.6;
	if (narrow || (aspect <= TARGET_ASPECT * 1.25 && aspect >= TARGET_ASPECT / 1.6)) return whole;
	if (aspect > TARGET_ASPECT) for (const g of groups) g.pack = true;
	const rows = aspect > TARGET_ASPECT ? entries.length : Math.ceil(tallest / ROW_HEIGHT);
	const at = (r: number) => flow(entries, groups, boxBottom(r));
	let lo = 1;
	let hi = Math.max(1, rows);
	for (let pass = 0; pass < SEARCH_PASSES && lo < hi; pass++) {
		const mid = Math.floor((lo + hi) / 2);
		if (aspectOf(at(mid), positions) <= TARGET_ASPECT) hi = mid;
		else lo = mid + 1;
	}
	const found = at(lo);
	if (lo === 1) return found;
	const shorter = at(lo - 1);
	const off = (f: Flowed) => Math.abs(Math.log(aspectOf(f, positions) / TARGET_ASPECT));
	return off(shorter) < off(found) ? shorter : found;
}

function tallestHead(entries: readonly Entry[], g: Group): number {
	let rows = 0;
	for (let i = g.first; i < g.end; i++)
		if (entries[i]!.depth === 0) rows = Math.max(rows, entries[i]!.size);
	return boxBottom(Math.max(1, rows));
}

/**
 * Lays the spanning tree out. `positions` tells which roots stand in the top row; `main` is the
 * one in its middle (the thesis), if any.
 */
export function outlineLayout(
	spanning: SpanningTree,
	positions: ReadonlySet<string>,
	main?: string
): OutlineLayout {
	const byId = new Map(spanning.roots.map((r) => [r.node, r]));
	const row = rowOrder(
		spanning.roots.filter((r) => positions.has(r.node)).map((r) => r.node),
		main
	);
	const entries: Entry[] = [];
	const groups: Group[] = [];
	const groupOfRow = new Map<string, number>();
	for (const id of row) {
		const first = entries.length;
		for (const child of byId.get(id)!.children) flatten(child, entries);
		if (entries.length === first) continue;
		groupOfRow.set(id, groups.length);
		groups.push({ first, end: entries.length, pack: false });
	}
	// Trees that reach no position: their roots head columns of a group of their own, packed
	// (no edge leaves these columns for the top row).
	const first = entries.length;
	for (const r of spanning.roots) if (!positions.has(r.node)) flatten(r, entries);
	if (entries.length > first) groups.push({ first, end: entries.length, pack: true });

	const flowed = chooseFlow(entries, groups, row.length);
	const { edges, width: columnsWidth } = columnEdges(flowed);
	// Each group's columns span from the first one's left edge to the last one's right edge.
	const spans: [number, number][] = [];
	flowed.groupOf.forEach((g, i) => {
		spans[g] = [spans[g]?.[0] ?? edges[i]!, edges[i]! + COLUMN_WIDTH];
	});
	const span = (g: number | undefined) => (g === undefined ? undefined : spans[g]);

	// The row stands over the main position's columns (or over the middle of all of them), within
	// the map's width; a row wider than the columns moves the columns under its middle instead.
	const mainIndex = main && row.includes(main) ? row.indexOf(main) : -1;
	const mainSpan = mainIndex >= 0 ? span(groupOfRow.get(main!)) : undefined;
	const place = (spacing: number) => {
		const rowW = rowWidth(row.length, spacing);
		const width = Math.max(columnsWidth, rowW);
		const shift = Math.round((width - columnsWidth) / 2);
		const centre = shift + (mainSpan ? (mainSpan[0] + mainSpan[1]) / 2 : columnsWidth / 2);
		const offset = mainIndex >= 0 ? mainIndex * spacing + POSITION_WIDTH / 2 : rowW / 2;
		const left = Math.round(Math.min(Math.max(0, centre - offset), width - rowW));
		const xs = row.map((_, i) => left + i * spacing + POSITION_WIDTH / 2);
		// The band between the row and the columns is deep enough for the widest fan of edges from
		// a position to its columns to reach it from below, not through its neighbours: at the
		// row's lower edge, an edge is still nearer its own position than the next one.
		let fan = 0;
		row.forEach((id, i) => {
			const s = span(groupOfRow.get(id));
			if (!s) return;
			fan = Math.max(fan, Math.abs(s[0] + shift - COLUMN_GAP / 2 - xs[i]!));
			fan = Math.max(fan, Math.abs(s[1] + shift - COLUMN_WIDTH + NODE_WIDTH / 2 - xs[i]!));
		});
		const reach = spacing - POSITION_WIDTH / 2;
		const band = Math.ceil(
			(POSITION_HEIGHT / 2) * (fan / reach) + COLUMN_GAP - POSITION_HEIGHT / 2
		);
		return { shift, xs, band: Math.max(MIN_BAND, band) };
	};
	// A compact row, unless its fans would need a band so deep that the columns leave the first
	// view: then the positions spread out towards their columns.
	let spacing = POSITION_SPACING;
	let placed = place(spacing);
	while (placed.band > MAX_BAND && spacing * row.length < columnsWidth) {
		spacing *= 1.25;
		placed = place(spacing);
	}
	const { shift, xs } = placed;
	const bandHeight = Math.min(MAX_BAND, placed.band);
	const top = row.length > 0 ? POSITION_HEIGHT + bandHeight : 0;

	const points = new Map<string, Placed>();
	row.forEach((id, i) =>
		points.set(id, { x: xs[i]!, y: POSITION_HEIGHT / 2, column: -1, row: i, level: 0 })
	);
	const columns = edges.map((x) => x + shift);
	flowed.columns.forEach((column, c) => {
		const offsets = offsetsOf(entries, column);
		column.forEach((i, r) => {
			const e = entries[i]!;
			const level = Math.min(e.depth, MAX_LEVEL);
			points.set(e.id, {
				x: columns[c]! + level * INDENT + NODE_WIDTH / 2,
				y: top + offsets[r]! + NODE_HEIGHT / 2,
				column: c,
				row: r,
				level
			});
		});
	});
	return { points, columns, top, band: top - COLUMN_GAP / 2, row };
}
