import { describe, expect, it } from 'vitest';
import { nextNode, nodeInDirection } from './keyboard';

const at = (id: string, x: number, y: number) => ({ id, x, y });
const centre = at('c', 0, 0);
const ring = [
	at('n', 0, -100),
	at('s', 0, 100),
	at('e', 100, 0),
	at('w', -100, 0),
	at('ne', 80, -90)
];

describe('nodeInDirection', () => {
	it('takes the node most squarely in the direction', () => {
		expect(nodeInDirection(centre, ring, 'up')).toBe('n');
		expect(nodeInDirection(centre, ring, 'down')).toBe('s');
		expect(nodeInDirection(centre, ring, 'left')).toBe('w');
		expect(nodeInDirection(centre, ring, 'right')).toBe('e');
	});

	it('prefers a near node a little off the line to a far one on it', () => {
		expect(nodeInDirection(centre, [at('far', 500, 0), at('near', 100, 30)], 'right')).toBe('near');
	});

	it('finds nothing beyond 60 degrees of the arrow, nor the node itself', () => {
		expect(nodeInDirection(centre, [at('side', 10, -100), centre], 'right')).toBeNull();
		expect(nodeInDirection(centre, [], 'up')).toBeNull();
	});
});

describe('nextNode', () => {
	it('prefers a related node, and falls back to any node in that direction', () => {
		const related = [at('r', 300, 20)];
		const all = [...related, at('x', 100, 0)];
		expect(nextNode(centre, related, all, 'right')).toBe('r');
		expect(nextNode(centre, related, all, 'left')).toBeNull();
		expect(nextNode(centre, [], all, 'right')).toBe('x');
	});
});
