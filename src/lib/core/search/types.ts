/** The shapes shared by building an index (at build time) and querying it (in the browser). */
import type lunr from 'lunr';
import type { NodeKind } from '../model';
import type { Bearing } from '../graph/bearing';

export interface SearchDoc {
	id: string;
	kind: NodeKind;
	title: string;
	text: string;
	quote?: string;
	/** The sentence of the source the quote stands in, when it says more than the quote. */
	context?: string;
	tags: string[];
	/** The positions the node bears on, with its stance. */
	positions: Bearing[];
}

export interface SearchIndex {
	language: string;
	index: lunr.Index;
	docs: Map<string, SearchDoc>;
}

export interface SerializedSearchIndex {
	version: 1;
	language: string;
	index: object;
	docs: SearchDoc[];
}

export interface SearchHit extends SearchDoc {
	score: number;
}

export interface SearchOptions {
	limit?: number;
	/** Also match words that start with the last term, for results as you type. */
	prefix?: boolean;
}
