/**
 * Quotes from the dialogue layer: the words that assert each I-node, found
 * through L → YA → I. Taken from the analysed text's span for the L-node
 * where OVA kept one, else from the locution itself, in which case the
 * locutions (in file order) make the source text.
 */
import { htmlText } from '../shared/html-text';
import { splitLocution } from './model';
import type { AifGraph } from './read';
import type { AifIndex } from './graph-index';

export interface Quotes {
	quoteOf: Map<string, string>;
	/** The text the quotes are anchored in, empty when there is nothing to quote. */
	text: string;
	fromHtml: boolean;
}

/** The quote of each asserted I-node, and the text that holds them. */
export function recoverQuotes(graph: AifGraph, index: AifIndex): Quotes {
	const assertedBy = assertingLocutions(graph, index);
	if (assertedBy.size === 0) return { quoteOf: new Map(), text: '', fromHtml: false };
	if (graph.html) {
		const fromHtml = quotesFromAnalysedText(graph.html, assertedBy, index);
		if (fromHtml.quoteOf.size) return fromHtml;
	}
	return quotesFromLocutions(graph, assertedBy, index);
}

/** I-node id → the first L-node that asserts it through a YA-node. */
function assertingLocutions(graph: AifGraph, index: AifIndex): Map<string, string> {
	const assertedBy = new Map<string, string>();
	for (const n of graph.nodes) {
		if (n.type.toUpperCase() !== 'I') continue;
		for (const ya of index.ins(n.id, 'YA')) {
			const said = index.ins(ya, 'L')[0];
			if (said) {
				assertedBy.set(n.id, said);
				break;
			}
		}
	}
	return assertedBy;
}

/** Quotes cut from the analysed HTML: the L-node's span, else its words where the text contains them. */
function quotesFromAnalysedText(
	html: string,
	assertedBy: Map<string, string>,
	index: AifIndex
): Quotes {
	const quoteOf = new Map<string, string>();
	const { text, spans } = htmlText(html);
	for (const [i, l] of assertedBy) {
		const span = spans.get(l);
		const words = span
			? text.slice(span[0], span[1]).trim()
			: splitLocution(index.byId.get(l)?.text ?? '').words.trim();
		if (words && text.includes(words)) quoteOf.set(i, words);
	}
	return { quoteOf, text, fromHtml: true };
}

/** Quotes from the locutions' own words, anchored in a text made of the locutions. */
function quotesFromLocutions(
	graph: AifGraph,
	assertedBy: Map<string, string>,
	index: AifIndex
): Quotes {
	const quoteOf = new Map<string, string>();
	const lines: string[] = [];
	for (const n of graph.nodes)
		if (n.type.toUpperCase() === 'L' && n.text.trim()) lines.push(n.text.trim());
	for (const [i, l] of assertedBy) {
		const words = splitLocution(index.byId.get(l)?.text ?? '').words.trim();
		if (words) quoteOf.set(i, words);
	}
	return { quoteOf, text: lines.join('\n\n') + '\n', fromHtml: false };
}
