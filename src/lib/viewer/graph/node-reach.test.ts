import { describe, expect, it } from 'vitest';
import { NODE_HEIGHT, NODE_WIDTH } from '$lib/core/view/layout';
import { FONT_SIZE } from '../graph-style';
import { nodeReach, reachOf, type Placeable } from './node-reach';

const width = (b: { x1: number; x2: number }) => b.x2 - b.x1;
const height = (b: { y1: number; y2: number }) => b.y2 - b.y1;

describe('the box sure to hold a node', () => {
	it('holds the node’s box with room for its rings, centred on it', () => {
		const b = nodeReach(100, 50, 'A short claim');
		expect(b.x1).toBeLessThan(100 - NODE_WIDTH / 2 - 20);
		expect(b.x2).toBeGreaterThan(100 + NODE_WIDTH / 2 + 20);
		expect(b.y1).toBeLessThan(50 - NODE_HEIGHT / 2 - 20);
		expect((b.x1 + b.x2) / 2).toBe(100);
		expect((b.y1 + b.y2) / 2).toBe(50);
	});

	it('widens for a word that cannot wrap, as a label without spaces is drawn', () => {
		const plain = nodeReach(0, 0, 'A short claim');
		// Japanese has no spaces: 30 characters on one line.
		const japanese = nodeReach(0, 0, '日本の安全保障政策における欧州と大西洋の関係性について');
		expect(width(japanese)).toBeGreaterThan(width(plain));
		expect(width(japanese)).toBeGreaterThanOrEqual(30 * FONT_SIZE);
	});

	it('grows taller with every line a label may wrap to', () => {
		const one = nodeReach(0, 0, 'word');
		const many = nodeReach(0, 0, 'a b c d e f g h i j k l m n o p');
		expect(height(many)).toBeGreaterThan(height(one) + 12 * FONT_SIZE);
	});

	it('leaves positions and edges to be measured', () => {
		const element = (kind: string, node = true): Placeable => ({
			isNode: () => node,
			position: () => ({ x: 10, y: 20 }),
			data: (key: string) => ({ kind, label: 'A claim' })[key]
		});
		expect(reachOf(element('position'))).toBeNull();
		expect(reachOf(element('supports', false))).toBeNull();
		expect(reachOf(element('claim'))).toEqual(nodeReach(10, 20, 'A claim'));
	});
});
