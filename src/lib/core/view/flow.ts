/**
 * A debate flow sheet, as a policy debater keeps one: one sheet per position,
 * columns going rightward (the position, its reasons and objections, the
 * responses to those, the responses to the responses, …), each response in
 * the row of what it answers. Dropped arguments (unanswered objections) and
 * turns (an attack on an attacker) are marked, and cells carry the evaluation.
 */
import { adjacency, type Adjacency } from '../graph/adjacency';
import type { EdgeKind, GraphShape } from '../model';

/** What a sheet reads of an evaluation; any part may be missing. */
export interface FlowEvaluation {
	grounded?: Readonly<Record<string, 'in' | 'out' | 'undecided'>>;
	strength?: Readonly<Record<string, number>>;
	/** Unanswered objections per position (the core's `unanswered`). */
	unanswered?: readonly {
		position: string;
		against: readonly { edge: string }[];
		for: readonly { edge: string }[];
	}[];
}

export interface FlowCell {
	node: string;
	/** How it bears on the cell to its left; null in the position's own column. */
	relation: EdgeKind | null;
	edge: string | null;
	/** The side it takes on the sheet's position. */
	side: 'for' | 'against';
	/** An objection nothing answers: a dropped argument. */
	dropped: boolean;
	/** An attack on an attacker: it answers an objection (shown as "answer", not a debate "turn"). */
	turn: boolean;
	/** Already on this sheet (a cycle, or a node answering two things): not expanded again. */
	repeat: boolean;
	/** It has responses past the sheet's last column. */
	cut: boolean;
	label?: 'in' | 'out' | 'undecided';
	strength?: number;
}

export interface FlowSheet {
	position: string;
	columns: number;
	/** Rows of `columns` cells; null where a row has nothing in that column. */
	rows: (FlowCell | null)[][];
}

export interface FlowOptions {
	/** Columns at most (the position's included); deeper responses are marked `cut`. */
	maxColumns?: number;
	/** The adjacency of the map, when the caller has one already. */
	links?: Adjacency;
}

const ATTACKING = new Set<EdgeKind>(['attacks', 'undercuts', 'contradicts']);

/** The flow sheet of one position of `map`. */
export function flowSheet(
	map: Pick<GraphShape, 'edges'>,
	position: string,
	evaluation: FlowEvaluation = {},
	options: FlowOptions = {}
): FlowSheet {
	const links = options.links ?? adjacency(map);
	const maxColumns = Math.max(1, options.maxColumns ?? 12);
	const report = evaluation.unanswered?.find((u) => u.position === position);
	const dropped = new Set([...(report?.against ?? []), ...(report?.for ?? [])].map((o) => o.edge));
	const seen = new Set<string>();
	const rows: (FlowCell | null)[][] = [];
	let columns = 1;

	const put = (row: number, col: number, cell: FlowCell) => {
		while (rows.length <= row) rows.push([]);
		rows[row]![col] = cell;
		columns = Math.max(columns, col + 1);
	};
	// Depth first, so each response lands in the row of what it answers; the next response
	// to the same cell takes the next free row. An explicit stack: a deep chain must not
	// overflow the call stack.
	type Task = {
		node: string;
		col: number;
		parent: FlowCell | null;
		edge: string | null;
		kind: EdgeKind | null;
	};
	let nextRow = 0;
	const stack: { task: Task; row: number }[] = [
		{ task: { node: position, col: 0, parent: null, edge: null, kind: null }, row: 0 }
	];
	while (stack.length) {
		const entry = stack.pop()!;
		const { task } = entry;
		const row = entry.row >= 0 ? entry.row : nextRow;
		const { node, col, parent, kind } = task;
		const attacking = kind !== null && ATTACKING.has(kind);
		const repeat = seen.has(node);
		seen.add(node);
		const responses = repeat ? [] : links.incoming(node).filter((s) => s.edge.id !== task.edge);
		const cell: FlowCell = {
			node,
			relation: kind,
			edge: task.edge,
			side: !parent ? 'for' : attacking === (parent.side === 'for') ? 'against' : 'for',
			dropped: task.edge !== null && dropped.has(task.edge),
			turn:
				attacking && parent !== null && parent.relation !== null && ATTACKING.has(parent.relation),
			repeat,
			cut: col + 1 >= maxColumns && responses.length > 0
		};
		const label = evaluation.grounded?.[node];
		if (label) cell.label = label;
		const strength = evaluation.strength?.[node];
		if (strength !== undefined) cell.strength = strength;
		put(row, col, cell);
		nextRow = Math.max(nextRow, row + 1);
		if (cell.cut || responses.length === 0) continue;
		// The first response shares its row; the others start below everything placed by then
		// (row -1, read when they come off the stack). Pushed in reverse, to come off in map order.
		const children = responses.map((s) => ({
			node: s.other,
			col: col + 1,
			parent: cell,
			edge: s.edge.id,
			kind: s.edge.kind
		}));
		for (let i = children.length - 1; i >= 0; i--)
			stack.push({ task: children[i]!, row: i === 0 ? row : -1 });
	}
	return {
		position,
		columns,
		rows: rows.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? null))
	};
}
