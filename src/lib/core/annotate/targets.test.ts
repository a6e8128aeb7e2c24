import { describe, expect, it } from 'vitest';
import { nodeIri, readIri, sourceIri } from './targets';

describe('readIri', () => {
	it('reads the ids back from the addresses it writes, on any host', () => {
		for (const site of ['https://example.org/sub/maps/m/', 'file:///home/me/maps/m/'])
			expect(readIri(nodeIri(site, 'a b'))).toEqual({ map: 'm', node: 'a b' });
		expect(readIri(sourceIri('http://localhost:4173/maps/m/', 's1'))).toEqual({
			map: 'm',
			source: 's1'
		});
	});

	it('refuses an address that names no page, whatever its path reads', () => {
		for (const iri of [
			'javascript:alert(1)//maps/japan-nato/?node=japan-first',
			'data:text/html,<script>1</script>?node=x',
			'not an address'
		])
			expect(readIri(iri)).toBeNull();
	});
});
