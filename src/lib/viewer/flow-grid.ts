/** Moves of the keyboard cursor in the flow sheet's grid (arrows, Home, End), as pure functions. */

export interface GridCursor {
	row: number;
	col: number;
}

/** Where `key` takes the cursor in a grid of `rows` × `cols`; null when the key is not a move. */
export function moveInGrid(
	at: GridCursor,
	key: string,
	rows: number,
	cols: number,
	ctrl = false
): GridCursor | null {
	const clamp = (v: number, n: number) => Math.min(Math.max(v, 0), Math.max(n - 1, 0));
	switch (key) {
		case 'ArrowRight':
			return { row: at.row, col: clamp(at.col + 1, cols) };
		case 'ArrowLeft':
			return { row: at.row, col: clamp(at.col - 1, cols) };
		case 'ArrowDown':
			return { row: clamp(at.row + 1, rows), col: at.col };
		case 'ArrowUp':
			return { row: clamp(at.row - 1, rows), col: at.col };
		// As in a data grid: Home and End along the row, with Ctrl to the grid's corners.
		case 'Home':
			return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
		case 'End':
			return ctrl
				? { row: clamp(rows - 1, rows), col: clamp(cols - 1, cols) }
				: { row: at.row, col: clamp(cols - 1, cols) };
		case 'PageDown':
			return { row: clamp(at.row + 10, rows), col: at.col };
		case 'PageUp':
			return { row: clamp(at.row - 10, rows), col: at.col };
		default:
			return null;
	}
}
