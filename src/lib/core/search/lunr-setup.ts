/**
 * lunr with the language support a map needs. lunr-languages plugs itself
 * into the lunr object it is given; doing that once per lunr object keeps the
 * registration idempotent without a module-level flag.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import tinyseg from 'lunr-languages/tinyseg.js';
import japanese from 'lunr-languages/lunr.ja.js';

type LunrWithJa = typeof lunr & {
	ja?: lunr.Builder.Plugin & {
		tokenizer: (text?: string) => lunr.Token[];
		stemmer: lunr.PipelineFunction;
	};
};

export function withJapanese(): Required<LunrWithJa> {
	const l = lunr as LunrWithJa;
	if (!l.ja) {
		stemmerSupport(lunr);
		tinyseg(lunr);
		japanese(lunr);
	}
	return l as Required<LunrWithJa>;
}

export const isJapanese = (language: string) => /^ja\b/i.test(language);

/** The tokenizer for a map's language: lunr's own, or the Japanese segmenter. */
export function tokenizerFor(language: string): (text: string) => lunr.Token[] {
	return isJapanese(language) ? (t) => withJapanese().ja.tokenizer(t) : (t) => lunr.tokenizer(t);
}

export { lunr };
