import { describe, expect, it } from 'vitest';
import golden from './golden/collection.jsonld?raw';
import fc from 'fast-check';
import { exportAnnotations, toW3cCollection } from './export';
import { readAnnotations } from './read';
import { importAnnotations } from './import';
import { cleanTags, type Annotation } from './model';

const NOW = '2026-01-01T00:00:00.000Z';

const MAP = {
	id: 'car-free',
	title: 'Car-free centres',
	url: 'https://example.org/ronten/maps/car-free/'
};

const note: Annotation = {
	kind: 'node',
	id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
	map: 'car-free',
	node: 'cleaner-air',
	created: '2025-01-02T10:00:00.000Z',
	modified: '2025-01-03T09:30:00.000Z',
	note: 'I doubt the figures.\nSee the 2019 study.',
	tags: ['figures', 'to check'],
	stance: 'disagree'
};
const highlight: Annotation = {
	kind: 'highlight',
	id: 'urn:uuid:00000000-0000-4000-8000-000000000002',
	map: 'car-free',
	source: 'speech',
	anchor: {
		exact: 'cleaner air',
		prefix: 'Fewer cars mean ',
		suffix: ' for the people',
		start: 16,
		end: 27
	},
	created: '2025-01-04T08:00:00.000Z',
	modified: '2025-01-04T08:00:00.000Z',
	note: '',
	tags: [],
	linked: 'cleaner-air'
};

describe('W3C Web Annotation mapping', () => {
	it('writes the golden collection', async () => {
		await expect(exportAnnotations([note, highlight], MAP)).toMatchFileSnapshot(
			'golden/collection.jsonld'
		);
	});

	it('writes the W3C terms the issue names', () => {
		const c = toW3cCollection([note, highlight], MAP);
		expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
		const [h, n] = c.first.items;
		expect(n?.type).toBe('Annotation');
		expect(n?.target).toBe('https://example.org/ronten/maps/car-free/?node=cleaner-air');
		expect(n?.body).toContainEqual({
			type: 'TextualBody',
			value: 'disagree',
			purpose: 'assessing'
		});
		expect(n?.body).toContainEqual({ type: 'TextualBody', value: 'figures', purpose: 'tagging' });
		expect(h?.target).toEqual({
			source: 'https://example.org/ronten/maps/car-free/?view=source&source=speech',
			selector: [
				{
					type: 'TextQuoteSelector',
					exact: 'cleaner air',
					prefix: 'Fewer cars mean ',
					suffix: ' for the people'
				},
				{ type: 'TextPositionSelector', start: 16, end: 27 }
			]
		});
	});

	it('reads the golden file back to the same annotations', () => {
		const read = readAnnotations(golden, 'golden.jsonld');
		expect(read.diagnostics).toEqual([]);
		expect(read.value).toEqual([highlight, note]);
	});

	it('matches by map and node ids, not by the host or base path', () => {
		const text = exportAnnotations([note], { ...MAP, url: 'http://localhost:4173/maps/car-free/' });
		const moved = importAnnotations(text, 'f.jsonld', 'car-free', new Map(), NOW);
		expect(moved.summary.added).toBe(1);
		expect(moved.changed[0]).toEqual(note);
		const other = importAnnotations(text, 'f.jsonld', 'another-map', new Map(), NOW);
		expect(other.changed).toEqual([]);
		expect(other.summary.otherMap).toBe(1);
		expect(other.diagnostics.map((d) => d.code)).toEqual(['other-map']);
	});

	it('reads a single annotation, a page and a bare list, and W3C shorthands', () => {
		const one = {
			'@context': 'http://www.w3.org/ns/anno.jsonld',
			id: 'https://other.tool/a/1',
			type: 'Annotation',
			bodyValue: 'plain note',
			target: ['https://x.test/a/b/maps/m/?node=n1']
		};
		for (const doc of [one, [one], { type: 'AnnotationPage', items: [one] }]) {
			const read = readAnnotations(JSON.stringify(doc), 'x.json');
			expect(read.diagnostics).toEqual([]);
			expect(read.value).toMatchObject([
				{ kind: 'node', map: 'm', node: 'n1', note: 'plain note' }
			]);
		}
	});
});

/** Arbitrary annotations as export writes them: times in ISO form, tags already clean. */
const time = fc
	.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
	.map((d) => d.toISOString());
const id = fc.string({ minLength: 1, maxLength: 30 });
const tag = fc
	.string({ minLength: 1, maxLength: 20 })
	.map((t) => cleanTags([t])[0] ?? '')
	.filter((t) => t.length > 0);
const common = {
	id: fc.uuid().map((u) => `urn:uuid:${u}`),
	map: fc.constant(MAP.id),
	created: time,
	modified: time,
	note: fc.string({ maxLength: 200, unit: 'binary' }),
	tags: fc.uniqueArray(tag, { maxLength: 5 })
};
const nodeAnnotation = fc.record(
	{
		...common,
		kind: fc.constant('node' as const),
		node: id,
		stance: fc.constantFrom('agree', 'disagree', 'unsure') as fc.Arbitrary<'agree'>
	},
	{ requiredKeys: ['id', 'map', 'created', 'modified', 'note', 'tags', 'kind', 'node'] }
);
const highlightAnnotation = fc.record(
	{
		...common,
		kind: fc.constant('highlight' as const),
		source: id,
		anchor: fc
			.record({
				exact: fc.string({ minLength: 1, maxLength: 80, unit: 'binary' }),
				prefix: fc.string({ maxLength: 32 }),
				suffix: fc.string({ maxLength: 32 }),
				start: fc.integer({ min: -1, max: 10_000 })
			})
			.map((a) => ({ ...a, end: a.start < 0 ? -1 : a.start + a.exact.length })),
		linked: id
	},
	{ requiredKeys: ['id', 'map', 'created', 'modified', 'note', 'tags', 'kind', 'source', 'anchor'] }
);

describe('export → import', () => {
	it('gives back every annotation', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.oneof(nodeAnnotation, highlightAnnotation), {
					selector: (a) => a.id,
					maxLength: 8
				}),
				(list) => {
					const text = exportAnnotations(list, MAP);
					const back = importAnnotations(text, 'round.jsonld', MAP.id, new Map(), NOW);
					expect(back.diagnostics).toEqual([]);
					const byId = (x: Annotation[]) => [...x].sort((a, b) => (a.id < b.id ? -1 : 1));
					expect(byId(back.changed)).toEqual(byId(list));
					expect(back.summary.added).toBe(list.length);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
