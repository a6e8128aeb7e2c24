import { describe, expect, it } from 'vitest';
import { titleResolver, whySegments } from './why-segments';

const nodes = [
	{ id: 'a', title: 'It cuts both ways' },
	{ id: 'b', title: 'Division of labour' },
	{ id: 'c', title: 'Same' },
	{ id: 'd', title: 'Same' }
];

describe('why segments', () => {
	it('turns each quoted title into a run naming its node', () => {
		const resolve = titleResolver(nodes);
		expect(
			whySegments('Out: attacked by «It cuts both ways», which stands unanswered.', resolve)
		).toEqual([
			{ text: 'Out: attacked by ' },
			{ text: 'It cuts both ways', id: 'a' },
			{ text: ', which stands unanswered.' }
		]);
		expect(whySegments('«Division of labour» by «It cuts both ways»', resolve)).toEqual([
			{ text: 'Division of labour', id: 'b' },
			{ text: ' by ' },
			{ text: 'It cuts both ways', id: 'a' }
		]);
	});

	it('keeps an unknown title as text, quotes and all, and markup as text', () => {
		const resolve = titleResolver(nodes);
		expect(whySegments('In: «the reader» and <b>«nobody»</b>.', resolve)).toEqual([
			{ text: 'In: «the reader» and <b>«nobody»</b>.' }
		]);
	});

	it('prefers the node near the one explained when titles repeat', () => {
		expect(titleResolver(nodes)('Same')).toBe('c');
		expect(titleResolver(nodes, ['d'])('Same')).toBe('d');
	});
});
