/**
 * A passage the reader selected, as an anchor, and the Argdown that proposes
 * it as evidence for a node, ready to paste into the map.
 */
import { escapeText, safeTitle, yamlString } from '../argdown/escape';
import type { PassageAnchor } from './model';

/** How much text around a passage is kept to find it again; as much as the compiler keeps. */
const CONTEXT = 32;

/** The passage from `start` to `end` of a source text, with its context. */
export function passageAt(text: string, start: number, end: number): PassageAnchor | null {
	const from = Math.max(0, Math.min(start, end));
	const to = Math.min(text.length, Math.max(start, end));
	const exact = text.slice(from, to);
	if (!exact.trim()) return null;
	return {
		exact,
		prefix: text.slice(Math.max(0, from - CONTEXT), from),
		suffix: text.slice(to, to + CONTEXT),
		start: from,
		end: to
	};
}

/**
 * The evidence line for a passage that bears on a node, as the map writes it:
 * `+ [Title]: text {source: …, quote: "…"}` under the node's title. White space
 * inside the quote is folded, which the compiler allows.
 */
export function evidenceArgdown(
	passage: { exact: string; source: string; note: string },
	node: { title: string; kind: string },
	relation: '+' | '-' = '+'
): string {
	const quote = passage.exact.replace(/\s+/g, ' ').trim();
	const title = safeTitle(
		quote.length > 60 ? `${quote.slice(0, 57).trimEnd()}…` : quote,
		'statement'
	);
	const text = escapeText((passage.note.trim() || quote).replace(/[{}]/g, ' '));
	const ref =
		node.kind === 'argument'
			? `<${safeTitle(node.title)}>`
			: `[${safeTitle(node.title, 'statement')}]`;
	return `${ref}\n    ${relation} [${title}]: ${text} {source: ${yamlString(passage.source)}, quote: ${yamlString(quote)}}`;
}
