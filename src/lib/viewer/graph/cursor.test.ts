import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { KeyboardCursor, type Pointed } from './cursor';

function cursorOnTwoNodes() {
	const cy = cytoscape({
		headless: true,
		styleEnabled: true,
		elements: [
			{ data: { id: 'a', kind: 'position' }, position: { x: 0, y: 0 } },
			{ data: { id: 'b', kind: 'claim' }, position: { x: 0, y: 200 } },
			{ data: { id: 'e', source: 'b', target: 'a' } }
		]
	});
	const pointed: (Pointed | null)[] = [];
	const cursor = new KeyboardCursor(() => cy, {
		neighbours: (id) => ({ a: ['b'], b: ['a'] })[id] ?? [],
		onselect: () => {},
		onpoint: (p) => pointed.push(p),
		zoom: () => {}
	});
	return { cursor, pointed };
}

describe('the keyboard cursor’s tooltip', () => {
	it('follows the view while the graph has focus', () => {
		const { cursor, pointed } = cursorOnTwoNodes();
		cursor.focus('b');
		pointed.length = 0;
		cursor.follow();
		expect(pointed.map((p) => p?.id)).toEqual(['b']);
	});

	it('stays away once the graph has lost focus, though the cursor is remembered', () => {
		const { cursor, pointed } = cursorOnTwoNodes();
		cursor.focus('b');
		cursor.blur();
		expect(pointed.at(-1)).toBeNull();
		pointed.length = 0;
		// The view moves to a node selected from outside the graph.
		cursor.follow();
		expect(pointed).toEqual([]);
		expect(cursor.id).toBe('b');
		cursor.focus(null);
		expect(pointed.map((p) => p?.id)).toEqual(['b']);
	});
});
