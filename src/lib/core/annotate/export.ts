/** Annotations out, as a W3C Web Annotation collection (JSON-LD). */
import { newestFirst, type Annotation } from './model';
import { nodeIri, sourceIri, type MapUrl } from './targets';
import {
	ANNO_CONTEXT,
	type W3cAnnotation,
	type W3cBody,
	type W3cCollection,
	type W3cSelector
} from './w3c-types';

/** One annotation in W3C terms; its history and tombstone state stay with the reader. */
export function toW3c(a: Annotation, mapUrl: MapUrl): W3cAnnotation {
	const body: W3cBody[] = [];
	if (a.note)
		body.push({ type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' });
	if (a.kind === 'node' && a.stance)
		body.push({ type: 'TextualBody', value: a.stance, purpose: 'assessing' });
	for (const tag of a.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
	if (a.kind === 'highlight' && a.linked !== undefined)
		body.push({ type: 'SpecificResource', source: nodeIri(mapUrl, a.linked), purpose: 'linking' });
	const base = {
		id: a.id,
		type: 'Annotation' as const,
		motivation: motivation(a),
		created: a.created,
		modified: a.modified,
		...(body.length ? { body } : {})
	};
	if (a.kind === 'node') return { ...base, target: nodeIri(mapUrl, a.node) };
	const selector: W3cSelector[] = [
		{
			type: 'TextQuoteSelector',
			exact: a.anchor.exact,
			prefix: a.anchor.prefix,
			suffix: a.anchor.suffix
		}
	];
	if (a.anchor.start >= 0)
		selector.push({ type: 'TextPositionSelector', start: a.anchor.start, end: a.anchor.end });
	return { ...base, target: { source: sourceIri(mapUrl, a.source), selector } };
}

/** The W3C motivation that says best what the reader did. */
function motivation(a: Annotation): string {
	if (a.note) return 'commenting';
	if (a.kind === 'highlight') return a.linked !== undefined ? 'linking' : 'highlighting';
	return a.stance ? 'assessing' : 'tagging';
}

/** The map's live annotations, newest first, as one collection of one page. */
export function toW3cCollection(
	list: readonly Annotation[],
	map: { id: string; title: string; url: MapUrl }
): W3cCollection {
	const items = newestFirst(list)
		.filter((a) => a.map === map.id)
		.map((a) => toW3c(a, map.url));
	return {
		'@context': ANNO_CONTEXT,
		id: `${map.url.endsWith('/') ? map.url : map.url + '/'}?view=notes`,
		type: 'AnnotationCollection',
		label: `Annotations of ${map.title}`,
		total: items.length,
		first: { type: 'AnnotationPage', startIndex: 0, items }
	};
}

/** The collection as the text of a `.jsonld` file. */
export function exportAnnotations(
	list: readonly Annotation[],
	map: { id: string; title: string; url: MapUrl }
): string {
	return JSON.stringify(toW3cCollection(list, map), null, '\t') + '\n';
}
