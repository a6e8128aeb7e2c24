/**
 * Loads the declared sources and anchors every evidence quote in its source
 * text, so that a quote the source does not contain is caught at compile time.
 */
import { error, warning, type Diagnostic, type Staged } from '../diagnostics';
import type { EvidenceNode, MapNode, PositionNode, SourceDocument } from '../model';
import { decodeUtf8, normalizeNewlines } from '../text/decode';
import { quoteIndex, type QuoteIndex } from '../text/quote';
import type { PendingEvidence } from './build-graph';
import { locateKey, type SourceDeclaration } from './front-matter';
import {
	SOURCE_LIMIT,
	refusalOf,
	sourcePathProblem,
	type SourceContent,
	type SourceLoader
} from './source-file';

export type { SourceLoader } from './source-file';

const OUTSIDE_HINT =
	"Put the text file inside the map's folder (for example in sources/ beside the map) and name it relative to the map, e.g. sources/article.txt.";
const TOO_LARGE_HINT =
	'Keep only the part of the text that the map quotes, or split the text into several smaller sources.';

export function loadSources(
	declared: SourceDeclaration[],
	load: SourceLoader,
	mapText: string,
	file: string
): Staged<SourceDocument[]> {
	const diagnostics: Diagnostic[] = [];
	const sources: SourceDocument[] = [];
	declared.forEach((decl, i) => {
		const at = locateKey(mapText, ['sources', String(i), 'file']);
		// A source known only by its URL has nothing to load; quoting it is reported at the quote.
		if (!decl.file) {
			sources.push({ ...decl, text: '' });
			return;
		}
		// The path rule is checked before any loader sees the name, so that no loader can forget it.
		const outside = sourcePathProblem(decl.file);
		let raw: SourceContent;
		try {
			raw = outside ? { refused: 'outside-map', detail: outside } : load(decl.file);
		} catch {
			raw = null;
		}
		const refusal = refusalOf(raw);
		let text = '';
		if (refusal) {
			const what = `Source file "${decl.file}" of source "${decl.id}" ${refusal.detail}`;
			diagnostics.push(
				refusal.refused === 'too-large'
					? error(
							'source-too-large',
							file,
							at,
							`${what}; sources are limited to ${SOURCE_LIMIT}.`,
							TOO_LARGE_HINT
						)
					: error('source-outside-map', file, at, `${what}.`, OUTSIDE_HINT)
			);
		} else if (raw === null) {
			diagnostics.push(
				error(
					'source-missing',
					file,
					at,
					`Source file "${decl.file}" of source "${decl.id}" was not found.`,
					'Give its path relative to the map file, e.g. sources/article.txt.'
				)
			);
		} else if (typeof raw === 'string') {
			text = normalizeNewlines(raw);
		} else if (raw instanceof Uint8Array) {
			const decoded = decodeUtf8(raw);
			if (decoded.ok) text = decoded.text;
			else
				diagnostics.push(
					error(
						'source-not-utf8',
						file,
						at,
						`Source file "${decl.file}" is not valid UTF-8 (first bad byte at ${decoded.line}:${decoded.column}).`,
						'Save the source as UTF-8 text.'
					)
				);
		}
		sources.push({ ...decl, text });
	});
	return { value: sources, diagnostics };
}

/** A node that quotes a source. */
type QuotingNode = EvidenceNode | PositionNode;

/** What the anchoring of each quote needs to know. */
interface AnchorContext {
	sources: SourceDocument[];
	file: string;
	/** The declared source ids, for hints. */
	known: string;
	indexOf(source: SourceDocument): QuoteIndex | null;
}

/** Fills in the quote anchor of each evidence node. */
export function anchorEvidence(
	nodes: MapNode[],
	pending: PendingEvidence[],
	sources: SourceDocument[],
	file: string
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	const byId = new Map(nodes.map((n) => [n.id, n]));
	const context: AnchorContext = {
		sources,
		file,
		known: sources.map((s) => s.id).join(', ') || 'none declared',
		indexOf: quoteIndexes()
	};
	for (const p of pending) {
		const node = byId.get(p.nodeId);
		if (!node || (node.kind !== 'evidence' && node.kind !== 'position')) continue;
		const problem = anchorQuote(node, p, context);
		if (problem) diagnostics.push(problem);
	}
	return diagnostics;
}

/** Each source's quote index, built when first asked for; null for a source without text. */
function quoteIndexes(): (source: SourceDocument) => QuoteIndex | null {
	const indexes = new Map<string, QuoteIndex | null>();
	return (s) => {
		if (!indexes.has(s.id)) indexes.set(s.id, s.text ? quoteIndex(s.text) : null);
		return indexes.get(s.id) ?? null;
	};
}

/**
 * Anchors one node's quote in its source and returns what is wrong with it,
 * if anything. A quote that names its source but cannot be anchored keeps
 * an unanchored quote (start -1), so that the node still says what it cites.
 */
function anchorQuote(
	node: QuotingNode,
	p: PendingEvidence,
	context: AnchorContext
): Diagnostic | undefined {
	const citation = readCitation(node, p, context);
	if ('problem' in citation) return citation.problem;
	node.quote = {
		source: citation.source,
		exact: citation.quote,
		prefix: '',
		suffix: '',
		start: -1,
		end: -1
	};
	const source = context.sources.find((s) => s.id === citation.source);
	if (!source || !source.file) return sourceProblem(node, citation.source, source, context);
	const index = context.indexOf(source);
	if (!index) return undefined; // the missing or unreadable source was reported once already
	return matchQuote(node, citation.quote, source, index, context.file);
}

/** The source id and quote the evidence gives, or the error when it lacks either. */
function readCitation(
	node: QuotingNode,
	p: PendingEvidence,
	{ file, known }: AnchorContext
): { source: string; quote: string } | { problem: Diagnostic } {
	if (typeof p.source !== 'string' || !p.source)
		return {
			problem: error(
				'evidence-without-source',
				file,
				node.location,
				`Evidence "${node.title}" names no source.`,
				`Add {source: <id>} with one of: ${known}.`
			)
		};
	if (typeof p.quote !== 'string' || !p.quote.trim())
		return {
			problem: error(
				'evidence-without-quote',
				file,
				node.location,
				`Evidence "${node.title}" has no quote.`,
				'Add {quote: "…"} with the verbatim words of the source.'
			)
		};
	return { source: p.source, quote: p.quote };
}

/** The error for a cited source that is not declared, or that has no text file to quote from. */
function sourceProblem(
	node: QuotingNode,
	cited: string,
	source: SourceDocument | undefined,
	{ file, known }: AnchorContext
): Diagnostic {
	if (!source)
		return error(
			'unknown-source',
			file,
			node.location,
			`Evidence "${node.title}" cites unknown source "${cited}".`,
			`Declare it in the front matter, or use one of: ${known}.`
		);
	return error(
		'source-without-text',
		file,
		node.location,
		`"${node.title}" quotes source "${source.id}", which has no text file.`,
		'Give the source a file with its text, or cite one that has it.'
	);
}

/** Anchors the quote at its first occurrence; an error when it does not occur, a warning when it occurs more than once. */
function matchQuote(
	node: QuotingNode,
	quote: string,
	source: SourceDocument,
	index: QuoteIndex,
	file: string
): Diagnostic | undefined {
	const at = node.location;
	const match = index.find(quote);
	if (!match) {
		const closest = index.closest(quote);
		return error(
			'quote-not-found',
			file,
			at,
			`The quote of "${node.title}" does not occur in source "${source.id}".`,
			closest
				? `The closest passage is: "${closest}"`
				: 'Copy the words verbatim from the source text.'
		);
	}
	node.quote = {
		source: source.id,
		exact: match.exact,
		prefix: match.prefix,
		suffix: match.suffix,
		start: match.start,
		end: match.end
	};
	if (match.occurrences > 1)
		return warning(
			'ambiguous-quote',
			file,
			at,
			`The quote of "${node.title}" occurs ${match.occurrences} times in "${source.id}"; the first is used.`,
			'Quote a few more words so that the passage is unique.'
		);
	return undefined;
}
