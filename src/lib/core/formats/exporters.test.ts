import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { exporterFor, exportFormats } from './registry';
import { toAif } from './aif/export';
import { sampleMap } from '$test/sample-map';
import aifSchema from './aif/aif.schema.json';

const { map } = sampleMap();
const now = new Date('2024-05-01T12:00:00Z');

describe('exporter registry', () => {
	it('has one exporter per format, each with a distinct name', () => {
		expect(exportFormats()).toEqual(['json', 'argdown', 'aif', 'graphml', 'dot']);
	});

	it.each(['json', 'aif', 'graphml', 'dot'])(
		'writes the sample map in %s as the golden file',
		async (format) => {
			const exporter = exporterFor(format)!;
			const ext =
				format === 'aif' ? 'aif.json' : format === 'json' ? 'map.json' : exporter.extension;
			await expect(exporter.export(map, { now })).toMatchFileSnapshot(`golden/sample.${ext}`);
		}
	);
});

describe('aif exporter', () => {
	const aif = toAif(map, { now });
	const type = (id: string) => aif.nodes.find((n) => n.nodeID === id)?.type;
	const into = (id: string) => aif.edges.filter((e) => e.toID === id).map((e) => e.fromID);
	const outOf = (id: string) => aif.edges.filter((e) => e.fromID === id).map((e) => e.toID);
	const count = (t: string) => aif.nodes.filter((n) => n.type === t).length;

	it('writes the AIFdb nodeset shape', () => {
		const validate = new Ajv2020({ allErrors: true }).compile(aifSchema);
		expect(validate(aif), JSON.stringify(validate.errors)).toBe(true);
	});

	it('makes statements I-nodes, supports RA and attacks CA', () => {
		// 6 statements and the sketched argument; the reconstructed one is its RA.
		expect(count('I')).toBe(7);
		// jump→fox, and the reconstruction of Agile.
		expect(count('RA')).toBe(2);
		// slow→fox, exception _ slow, dogs _ agile, and the contradiction both ways.
		expect(count('CA')).toBe(5);
		for (const n of aif.nodes.filter((n) => n.type === 'RA' || n.type === 'CA')) {
			expect(into(n.nodeID).length, n.nodeID).toBeGreaterThan(0);
			expect(outOf(n.nodeID).length, n.nodeID).toBe(1);
		}
	});

	it('aims an undercut at the RA of the argument it undercuts', () => {
		const undercut = aif.nodes.filter(
			(n) => n.type === 'RA' && into(n.nodeID).some((id) => type(id) === 'CA')
		);
		// The RA of <Agile>, with its two premises beside the conflict.
		expect(undercut).toHaveLength(1);
		expect(into(undercut[0]!.nodeID).map(type).sort()).toEqual(['CA', 'I', 'I']);
	});

	it('keeps evidence quotes as locutions asserting the statement', () => {
		const quotes = aif.nodes.filter((n) => n.type === 'L').map((n) => n.text);
		expect(quotes).toEqual(['text: jumps over', 'text: Foxes & dogs <rarely> meet.']);
		expect(aif.locutions).toHaveLength(2);
		for (const l of aif.locutions) expect(type(outOf(l.nodeID)[0]!)).toBe('YA');
	});
});
