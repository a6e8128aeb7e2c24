import { describe, expect, it } from 'vitest';
import { readWhatIfUrl, writeWhatIfUrl, type WhatIfUrl } from './what-if-url';

function write(state: WhatIfUrl): string {
	const params = new URLSearchParams();
	writeWhatIfUrl((k, v) => params.set(k, v), state);
	return params.toString();
}

describe('what-if in the URL', () => {
	it('round-trips the layer, rejections and base scores', () => {
		const state = { evaluate: true, reject: ['b', 'a'], base: { x: 0.8, 'y:z': 0.25 } };
		const query = write(state);
		expect(decodeURIComponent(query)).toBe('evaluate=1&reject=a,b&base=x:0.8,y:z:0.25');
		expect(readWhatIfUrl(new URLSearchParams(query))).toEqual({
			evaluate: true,
			reject: ['a', 'b'],
			base: { x: 0.8, 'y:z': 0.25 }
		});
	});

	it('writes nothing when nothing is supposed', () => {
		expect(write({})).toBe('');
		expect(write({ evaluate: false, reject: [], base: {} })).toBe('');
	});

	it('drops malformed entries and clamps scores into [0, 1]', () => {
		const read = readWhatIfUrl(
			new URLSearchParams('evaluate=yes&reject=,a,,a&base=a:2,b:-1,c:,:0.5,d:x,e')
		);
		expect(read).toEqual({ reject: ['a'], base: { a: 1, b: 0 } });
	});

	it('rounds scores to hundredths, as the slider sets them', () => {
		expect(write({ base: { a: 0.123456 } })).toBe('base=a%3A0.12');
	});
});
