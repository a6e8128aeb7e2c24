/**
 * Search without the index: what answers the first keystrokes while the full
 * index (lunr, in a worker) is still loading. Every word typed must begin a
 * word of the node's title, text, quote or tags (anywhere, for Japanese, which
 * has no spaces); title hits come first. The hits carry no bearing on the
 * positions: the full search replaces them as soon as the index is in.
 */
import { quoteOf, type NodeKind, type QuoteAnchor } from '../model';
import type { SearchHit } from './types';

export interface QuickNode {
	id: string;
	kind: NodeKind;
	title: string;
	text: string;
	tags: string[];
	quote?: QuoteAnchor;
}

/** A text folded for matching: lower case, each run of non-word characters one space. */
const fold = (s: string) =>
	` ${s
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;

/** Scripts written without spaces between words: a typed word may start anywhere. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

interface Prepared {
	title: string;
	rest: string;
}

/**
 * Folds a map's nodes once; queries then scan the folded texts. The folding (about 60 ms at
 * 10,000 nodes) happens on the first query, or ahead of it in slices through `prepare`.
 */
export function quickSearcher(nodes: readonly QuickNode[]) {
	const prepared: Prepared[] = [];
	const prepareNext = () => {
		const n = nodes[prepared.length]!;
		prepared.push({
			title: fold(n.title),
			rest: fold([n.text, quoteOf(n)?.exact ?? '', ...n.tags].join(' '))
		});
	};
	/** Folds nodes while `more()` says so; true once every node is folded. */
	const prepare = (more: () => boolean = () => true): boolean => {
		while (prepared.length < nodes.length && more()) prepareNext();
		return prepared.length === nodes.length;
	};
	const search = (query: string, limit = 30): SearchHit[] => {
		// Words of the query, without lunr's syntax (+must, -not, field:, wildcards, quotes).
		const words = fold(query.replace(/(^|\s)-\S*/g, ' ').replace(/\b\w+:/g, ' '))
			.split(' ')
			.filter(Boolean);
		if (!words.length) return [];
		prepare();
		const probes = words.map((w) => (UNSPACED.test(w) ? w : ` ${w}`));
		const scored: { index: number; score: number }[] = [];
		prepared.forEach((p, index) => {
			let score = 0;
			for (const probe of probes) {
				if (p.title.includes(probe)) score += 2;
				else if (p.rest.includes(probe)) score += 1;
				else return;
			}
			scored.push({ index, score });
		});
		scored.sort((a, b) => b.score - a.score || a.index - b.index);
		return scored.slice(0, limit).map(({ index, score }) => {
			const n = nodes[index]!;
			const quote = quoteOf(n)?.exact;
			return {
				id: n.id,
				kind: n.kind,
				title: n.title,
				text: n.text,
				tags: n.tags,
				...(quote ? { quote } : {}),
				positions: [],
				score
			};
		});
	};
	return Object.assign(search, { prepare });
}
