/**
 * The parts of the W3C Web Annotation Data Model that Ronten writes and reads
 * (https://www.w3.org/TR/annotation-model/): annotations with textual and
 * linking bodies, targets that are an IRI or a source with selectors, and
 * collections of them in one page.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
	type: 'TextualBody';
	value: string;
	purpose?: string;
	format?: string;
	language?: string;
}

/** A body that points at a resource: here, the node a highlight bears on. */
export interface LinkBody {
	type: 'SpecificResource';
	source: string;
	purpose?: string;
}

export type W3cBody = TextualBody | LinkBody;

export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix?: string;
	suffix?: string;
}

export interface TextPositionSelector {
	type: 'TextPositionSelector';
	start: number;
	end: number;
}

export type W3cSelector = TextQuoteSelector | TextPositionSelector;

export interface PassageTarget {
	source: string;
	selector: W3cSelector[];
}

export interface W3cAnnotation {
	'@context'?: string;
	id: string;
	type: 'Annotation';
	motivation?: string;
	created?: string;
	modified?: string;
	body?: W3cBody[];
	target: string | PassageTarget;
}

export interface W3cCollection {
	'@context': string;
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { type: 'AnnotationPage'; startIndex: number; items: W3cAnnotation[] };
}
