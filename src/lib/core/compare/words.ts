/**
 * The words of a node as search indexes them: the map language's tokenizer
 * (lunr's, or the Japanese segmenter), then lunr's trimmer, stop-word filter
 * and stemmer. Reusing the search pipeline means "deterrence" and "deter",
 * or 抑止 inside a longer Japanese phrase, compare as search finds them.
 */
import { isJapanese, lunr, tokenizerFor, withJapanese } from '../search/lunr-setup';

export type Stems = (text: string) => string[];

/** A function from text to stemmed, stop-word-free terms, for one language. */
export function stemmerFor(language: string): Stems {
	const tokenize = tokenizerFor(language);
	const pipeline = new lunr.Pipeline();
	if (isJapanese(language)) {
		const ja = withJapanese().ja as unknown as Record<string, lunr.PipelineFunction>;
		pipeline.add(ja.trimmer!, ja.stopWordFilter!, ja.stemmer!);
	} else pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
	// The pipeline treats each token on its own, and a map says the same words many times over:
	// each word goes through it once (per stemmer, so per comparison), which halves the cost.
	const known = new Map<string, string[]>();
	const termsOf = (token: lunr.Token): string[] => {
		const word = token.toString();
		let terms = known.get(word);
		if (!terms) {
			terms = pipeline
				.run([token])
				.map((t) => t.toString())
				.filter((t) => t.length > 0 && /[\p{L}\p{N}]/u.test(t));
			known.set(word, terms);
		}
		return terms;
	};
	// "Russia's" and "Russia" are one word to a reader; lunr's stemmer keeps the apostrophe.
	return (text) => tokenize(text.replace(/['’]s\b/g, '')).flatMap(termsOf);
}

/** Plain words of a quote, lower-cased and with typographic quotes evened out: for overlap, not meaning. */
export function plainWords(text: string): string[] {
	return normalizeQuote(text)
		.split(/[^\p{L}\p{N}']+/u)
		.filter(Boolean);
}

/** Lower case, straight apostrophes and quotes, single spaces: two copies of a sentence compare equal. */
export function normalizeQuote(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’ʼ]/g, "'")
		.replace(/[“”„]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}
