/**
 * A uniform grid over boxes, to find the few that may meet a rectangle without
 * testing every one. Built once for a set of boxes; answers with their indices
 * in ascending order, so that a caller drawing in that order keeps its z-order.
 *
 * The answer is a superset: every box that meets the rectangle is in it, some
 * that only share a cell with it may be too. Boxes it cannot place (not finite,
 * or spanning a large part of the grid) are in every answer.
 */
/** A part of the graph, in its own coordinates. */
export interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** `b` grown by `by` on every side. */
export function grown(b: Box, by: number): Box {
	return { x1: b.x1 - by, y1: b.y1 - by, x2: b.x2 + by, y2: b.y2 + by };
}

/** As Cytoscape tests boxes: edges touching meet, and a side not a number meets anything. */
export function meets(a: Box, b: Box): boolean {
	return !(a.x1 > b.x2 || b.x1 > a.x2 || a.y1 > b.y2 || b.y1 > a.y2);
}

/** About this many boxes to a cell, on average over the grid's area. */
const BOXES_PER_CELL = 2;
/**
 * The grid holds at most this many entries a box, on average: a box that spans many cells (a
 * long edge) is entered in each. Past that, the boxes spanning the most cells are kept aside.
 */
const ENTRIES_PER_BOX = 16;
/** The grid never has more cells than this, however many boxes. */
const MAX_CELLS = 1 << 18;

type Span = [number, number, number, number];

export class BoxGrid {
	/** Indices of the boxes in each cell: cell c holds `members[start[c] .. start[c + 1])`. */
	private readonly start: Uint32Array;
	private readonly members: Uint32Array;
	/** Boxes in every answer, ascending. */
	private readonly always: number[];
	/** The query that last saw each box, so that a box over several cells is answered once. */
	private readonly seen: Uint32Array;
	private query = 0;

	private constructor(
		private readonly x0: number,
		private readonly y0: number,
		private readonly cell: number,
		private readonly cols: number,
		private readonly rows: number,
		boxes: ArrayLike<Box>
	) {
		const n = boxes.length;
		this.seen = new Uint32Array(n);
		const spans: (Span | null)[] = Array.from({ length: n }, (_, i) => this.spanOf(boxes[i]!));
		const admitted = admit(spans, ENTRIES_PER_BOX * n);
		const count = new Uint32Array(cols * rows + 1);
		for (let i = 0; i < n; i++) {
			const span = admitted[i];
			if (!span) continue;
			for (let row = span[1]; row <= span[3]; row++)
				for (let col = span[0]; col <= span[2]; col++) count[row * cols + col + 1]!++;
		}
		for (let c = 1; c < count.length; c++) count[c]! += count[c - 1]!;
		this.start = count.slice();
		this.members = new Uint32Array(count[count.length - 1]!);
		// Filled in index order, so each cell lists its boxes ascending.
		const always: number[] = [];
		for (let i = 0; i < n; i++) {
			const span = admitted[i];
			if (!span) {
				always.push(i);
				continue;
			}
			for (let row = span[1]; row <= span[3]; row++)
				for (let col = span[0]; col <= span[2]; col++) this.members[count[row * cols + col]!++] = i;
		}
		this.always = always;
	}

	/** A grid over `boxes`, sized to them. */
	static of(boxes: ArrayLike<Box>): BoxGrid {
		let x1 = Infinity;
		let y1 = Infinity;
		let x2 = -Infinity;
		let y2 = -Infinity;
		for (let i = 0; i < boxes.length; i++) {
			const b = boxes[i]!;
			if (!placeable(b)) continue;
			x1 = Math.min(x1, b.x1);
			y1 = Math.min(y1, b.y1);
			x2 = Math.max(x2, b.x2);
			y2 = Math.max(y2, b.y2);
		}
		if (x1 > x2) return new BoxGrid(0, 0, 1, 1, 1, boxes);
		const width = Math.max(x2 - x1, 1);
		const height = Math.max(y2 - y1, 1);
		const cells = Math.min(MAX_CELLS, Math.max(1, boxes.length / BOXES_PER_CELL));
		const cell = Math.sqrt((width * height) / cells);
		const cols = Math.min(Math.ceil(width / cell), MAX_CELLS);
		const rows = Math.min(Math.ceil(height / cell), Math.floor(MAX_CELLS / cols));
		// The cell grows to the grid's extent where the caps cut the columns or rows.
		const size = Math.max(cell, width / cols, height / rows);
		return new BoxGrid(x1, y1, size, cols, rows, boxes);
	}

	/** The boxes that may meet `area` (edges touching count), ascending. */
	near(area: Box): number[] {
		// A rectangle with no place (not a number, say) meets whatever it is tested against.
		if (!placeable(area)) return Array.from(this.seen, (_, i) => i);
		const out = this.always.slice();
		const span = this.spanOf(area);
		if (!span) return out;
		if (this.query === 0xffffffff) {
			this.seen.fill(0);
			this.query = 0;
		}
		const stamp = ++this.query;
		for (let row = span[1]; row <= span[3]; row++)
			for (let col = span[0]; col <= span[2]; col++) {
				const cell = row * this.cols + col;
				for (let k = this.start[cell]!; k < this.start[cell + 1]!; k++) {
					const i = this.members[k]!;
					if (this.seen[i] === stamp) continue;
					this.seen[i] = stamp;
					out.push(i);
				}
			}
		return out.sort((a, b) => a - b);
	}

	/** The cells a box covers, clamped to the grid: [col1, row1, col2, row2]; null if none. */
	private spanOf(b: Box): Span | null {
		if (!placeable(b)) return null;
		const col1 = Math.floor((b.x1 - this.x0) / this.cell);
		const row1 = Math.floor((b.y1 - this.y0) / this.cell);
		const col2 = Math.floor((b.x2 - this.x0) / this.cell);
		const row2 = Math.floor((b.y2 - this.y0) / this.cell);
		if (col2 < 0 || row2 < 0 || col1 >= this.cols || row1 >= this.rows) return null;
		return [
			Math.max(col1, 0),
			Math.max(row1, 0),
			Math.min(col2, this.cols - 1),
			Math.min(row2, this.rows - 1)
		];
	}
}

const cellsOf = (s: Span) => (s[2] - s[0] + 1) * (s[3] - s[1] + 1);

/**
 * The spans the grid enters, within `budget` entries in all: every one if they fit, else the
 * smallest first. The others (and boxes with no place) are null: they go in every answer.
 */
function admit(spans: (Span | null)[], budget: number): (Span | null)[] {
	let total = 0;
	for (const s of spans) if (s) total += cellsOf(s);
	if (total <= budget) return spans;
	const order = spans
		.map((s, i) => ({ i, cells: s ? cellsOf(s) : Infinity }))
		.sort((a, b) => a.cells - b.cells);
	const admitted: (Span | null)[] = spans.map(() => null);
	let used = 0;
	for (const { i, cells } of order) {
		if (used + cells > budget) break;
		used += cells;
		admitted[i] = spans[i]!;
	}
	return admitted;
}

/** A box the grid can place: finite, corners in order. */
function placeable(b: Box): boolean {
	return (
		Number.isFinite(b.x1) &&
		Number.isFinite(b.y1) &&
		Number.isFinite(b.x2) &&
		Number.isFinite(b.y2) &&
		b.x1 <= b.x2 &&
		b.y1 <= b.y2
	);
}
