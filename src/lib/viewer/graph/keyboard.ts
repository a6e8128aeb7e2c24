/**
 * Moving through the graph with the arrow keys: from the node in focus, the
 * next one is the node that lies most squarely in the arrow's direction,
 * preferring the nodes it is related to, so a reader can walk the argument
 * without a mouse.
 */
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Placed {
	id: string;
	x: number;
	y: number;
}

const VECTORS: Record<Direction, [number, number]> = {
	up: [0, -1],
	down: [0, 1],
	left: [-1, 0],
	right: [1, 0]
};

/** The arrow keys' directions, by `KeyboardEvent.key`. */
export const ARROWS: Record<string, Direction> = {
	ArrowUp: 'up',
	ArrowDown: 'down',
	ArrowLeft: 'left',
	ArrowRight: 'right'
};

/**
 * The candidate lying in `direction` from `from`: within 60° of the arrow, nearest along
 * it, with sideways distance weighing double. Null when none lies that way.
 */
export function nodeInDirection(
	from: Placed,
	candidates: readonly Placed[],
	direction: Direction
): string | null {
	const [dx, dy] = VECTORS[direction];
	let best: string | null = null;
	let bestScore = Infinity;
	for (const c of candidates) {
		if (c.id === from.id) continue;
		const along = (c.x - from.x) * dx + (c.y - from.y) * dy;
		const across = Math.abs((c.x - from.x) * dy - (c.y - from.y) * dx);
		// tan 60° ≈ 1.73: a node further sideways than that is not "in" this direction.
		if (along <= 0 || across > 1.73 * along) continue;
		const score = along + 2 * across;
		if (score < bestScore) {
			bestScore = score;
			best = c.id;
		}
	}
	return best;
}

/** The next node: a related one in that direction if there is one, else any node that way. */
export function nextNode(
	from: Placed,
	related: readonly Placed[],
	all: readonly Placed[],
	direction: Direction
): string | null {
	return nodeInDirection(from, related, direction) ?? nodeInDirection(from, all, direction);
}
