import { describe, expect, it } from 'vitest';
import { chainMap } from '$test/deep-chain';
import { traceNode } from '$lib/core/graph/trace';
import { highlightFor } from './highlight';

describe('highlightFor on a chain of 10,000 links', () => {
	it('lights every node and edge of the trace tree', () => {
		const h = highlightFor(traceNode(chainMap(10_000), 's0'));
		expect(h.lit.size).toBe(1 + 2 * 10_000);
		expect(h.lit.get('s10000')).toBe('trace-support');
		expect(h.lit.get('s10000--supports--s9999')).toBe('trace-support');
	});
});
