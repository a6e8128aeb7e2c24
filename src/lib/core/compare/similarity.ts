/**
 * How alike a reference node and a student node are, from what each says:
 * the quote (the same sentence of the same source is the strongest sign),
 * the words of title, text and quote, and the kinds. Structure is added on
 * top of this by `structure.ts`. The weights are tuned on the maps in
 * tests/fixtures/compare (docs/compare.md gives the figures).
 */
import { quoteOf, type NodeKind, type NodeWithoutLocation } from '../model';
import { sentenceAround } from '../search/sentence';
import type { ComparableMap, MatchReason } from './types';
import { normalizeQuote, plainWords, stemmerFor } from './words';

/** Every weight of the comparison, so that tuning and tests can vary them. */
export interface Tuning {
	sameSentence: number;
	minQuoteWords: number;
	titleWords: number;
	quoteWords: number;
	sameTitle: number;
	kind: Record<string, number>;
	/** Added when both nodes are positions: a map has few, and each side's positions are its anchors. */
	bothPositions: number;
	/** Rounds of raising pairs by their matched neighbours (each round spreads the matches a step further). */
	structureRounds: number;
	/** Structure: the most a pair gains when all its neighbours are matched to each other. */
	structureGain: number;
	/** Pairs scoring less than this from what they say gain nothing from their neighbours. */
	structureFloor: number;
	/** A pair scoring less than this is not a match. */
	threshold: number;
}

export const WEIGHTS: Tuning = {
	/** A quote from the sentence the other quote stands in scores at least this. */
	sameSentence: 0.9,
	/** Quotes with fewer plain words than this are too short for their overlap to mean anything. */
	minQuoteWords: 4,
	/** Words of a title count this many times: a title is the node's own summary. */
	titleWords: 2,
	/** Words of a quote count this much in the word bag (a claim may paraphrase the quote under it). */
	quoteWords: 0.5,
	/** Raised for two nodes with the same title, so that a map compared with itself pairs every node with itself. */
	sameTitle: 0.1,
	/** What a score is multiplied by when the kinds differ; same kind is 1. */
	kind: {
		'claim/argument': 0.9,
		'claim/evidence': 0.8,
		'claim/position': 0.85,
		'argument/evidence': 0.6,
		'argument/position': 0.7,
		'evidence/position': 0.6
	},
	bothPositions: 0.2,
	structureRounds: 2,
	structureGain: 0.35,
	structureFloor: 0.1,
	threshold: 0.25
};

/** What a node is compared by, computed once per node. */
export interface NodeFeatures {
	id: string;
	kind: NodeKind;
	/** Term → weight (tf times idf once `weighTerms` has run). */
	terms: Map<string, number>;
	norm: number;
	title: string;
	/** Normalised text, to recognise a node copied as it is. */
	text: string;
	quote?: { words: Set<string>; text: string; sentence: string };
}

/** The features of every node of a map, in map order. */
export function featuresOf(map: ComparableMap, tuning: Tuning = WEIGHTS): NodeFeatures[] {
	const stems = stemmerFor(map.language);
	const sourceText = new Map(map.sources.map((s) => [s.id, s.text]));
	return map.nodes.map((node: NodeWithoutLocation) => {
		const terms = new Map<string, number>();
		const add = (text: string, weight: number) => {
			for (const t of stems(text)) terms.set(t, (terms.get(t) ?? 0) + weight);
		};
		add(node.title, tuning.titleWords);
		add(node.text, 1);
		const q = quoteOf(node);
		let quote: NodeFeatures['quote'];
		if (q && q.exact.trim()) {
			add(q.exact, tuning.quoteWords);
			const text = normalizeQuote(q.exact);
			const source = sourceText.get(q.source);
			const around = source && q.start >= 0 ? sentenceAround(source, q.start, q.end) : '';
			quote = {
				words: new Set(plainWords(q.exact)),
				text,
				sentence: normalizeQuote(around) || text
			};
		}
		return {
			id: node.id,
			kind: node.kind,
			terms,
			norm: 0,
			title: normalizeQuote(node.title),
			text: normalizeQuote(node.text),
			...(quote ? { quote } : {})
		};
	});
}

/**
 * Weighs every term by its rarity across both maps (inverse document
 * frequency), so that "Japan" and "NATO", which are everywhere in a map of
 * this article, count for less than "Senkaku".
 */
export function weighTerms(...sides: NodeFeatures[][]): void {
	const all = sides.flat();
	const df = new Map<string, number>();
	for (const f of all) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
	for (const f of all) {
		let sum = 0;
		for (const [t, tf] of f.terms) {
			const w = tf * Math.log(1 + all.length / df.get(t)!);
			f.terms.set(t, w);
			sum += w * w;
		}
		f.norm = Math.sqrt(sum);
	}
}

/** Cosine similarity of the weighted term bags. */
export function wordSimilarity(a: NodeFeatures, b: NodeFeatures): number {
	if (!a.norm || !b.norm) return 0;
	const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
	let dot = 0;
	for (const [t, w] of small.terms) dot += w * (large.terms.get(t) ?? 0);
	return dot / (a.norm * b.norm);
}

/**
 * How far two quotes are the same evidence: 1 for the same words; at least
 * `sameSentence` when one stands in the sentence the other was taken from (a
 * student often quotes part of the sentence, or a little more of it);
 * otherwise the share of the shorter quote's words the other has.
 */
export function quoteSimilarity(
	a: NodeFeatures,
	b: NodeFeatures,
	tuning: Tuning = WEIGHTS
): number {
	const qa = a.quote;
	const qb = b.quote;
	if (!qa || !qb) return 0;
	if (qa.text === qb.text) return 1;
	const small = qa.words.size <= qb.words.size ? qa.words : qb.words;
	const large = small === qa.words ? qb.words : qa.words;
	let shared = 0;
	for (const w of small) if (large.has(w)) shared++;
	const overlap = small.size >= tuning.minQuoteWords ? shared / small.size : 0;
	// A quote of a word or two stands in many sentences: only a real quote places the other.
	const long = (q: { words: Set<string> }) => q.words.size >= tuning.minQuoteWords;
	const sameSentence =
		qa.sentence === qb.sentence ||
		(long(qb) && qa.sentence.includes(qb.text)) ||
		(long(qa) && qb.sentence.includes(qa.text));
	return sameSentence ? tuning.sameSentence + (1 - tuning.sameSentence) * overlap : overlap;
}

export function kindFactor(a: NodeKind, b: NodeKind, tuning: Tuning = WEIGHTS): number {
	if (a === b) return 1;
	// The key names the two kinds in alphabetical order (called for every pair: no array sorted).
	return tuning.kind[a < b ? `${a}/${b}` : `${b}/${a}`] ?? 0.5;
}

export interface Similarity {
	score: number;
	reasons: MatchReason[];
}

/** The similarity of two nodes from what they say, before structure is taken into account. */
export function similarity(
	a: NodeFeatures,
	b: NodeFeatures,
	tuning: Tuning = WEIGHTS,
	/** The word similarity, when the caller has summed it already. */
	known?: number
): Similarity {
	const quote = quoteSimilarity(a, b, tuning);
	// A node copied as it is scores as the same words, even when it has no words that count.
	const copied = a.title === b.title && a.text === b.text;
	const words = copied ? 1 : (known ?? wordSimilarity(a, b));
	const reasons: MatchReason[] = [];
	if (quote >= tuning.sameSentence) reasons.push('same-sentence');
	else if (quote > 0) reasons.push('shared-quote');
	if (words > 0) reasons.push('words');
	if (quote > 0 && words > quote) reasons.reverse();
	const title = a.title && a.title === b.title ? tuning.sameTitle : 0;
	const positions = a.kind === 'position' && b.kind === 'position' ? tuning.bothPositions : 0;
	const score = (Math.max(quote, words) + title) * kindFactor(a.kind, b.kind, tuning) + positions;
	return { score, reasons };
}
