import { describe, expect, it } from 'vitest';
import { parseQuery, phraseText } from './query-syntax';
import { sentenceAround } from './sentence';

describe('parseQuery', () => {
	it('reads words, phrases and exclusions', () => {
		expect(parseQuery('air  "artillery shells" -Russia -"cuts both" power')).toEqual({
			words: ['air', 'power'],
			phrases: ['artillery shells'],
			excluded: ['Russia', 'cuts both']
		});
	});

	it('takes typographic quotes, an unclosed quote to the end, and a lone dash as a word', () => {
		expect(parseQuery('“East Asia” - 「東アジア」 "open end')).toEqual({
			words: ['-'],
			phrases: ['East Asia', '東アジア', 'open end'],
			excluded: []
		});
	});

	it('drops empty phrases and reads hyphenated words whole', () => {
		expect(parseQuery('"" cross-regional -')).toEqual({
			words: ['cross-regional', '-'],
			phrases: [],
			excluded: []
		});
	});
});

describe('phraseText', () => {
	it('folds case, white space, typographic quotes and dashes', () => {
		expect(phraseText('  Japan’s  “Global”\nRole — now ')).toBe(`japan's "global" role - now`);
	});
});

describe('sentenceAround', () => {
	const text = 'First one. The quick brown fox jumps. Last “one.” Next\nline here';
	const at = (words: string) => [text.indexOf(words), text.indexOf(words) + words.length] as const;

	it('widens a quote to the sentence it stands in', () => {
		expect(sentenceAround(text, ...at('brown fox'))).toBe('The quick brown fox jumps.');
	});

	it('takes closing quotes with the full stop, and stops at line breaks', () => {
		expect(sentenceAround(text, ...at('Last'))).toBe('Last “one.”');
		expect(sentenceAround(text, ...at('Next'))).toBe('Next');
	});

	it('ends with the sentence a quote ends, when the quote takes its full stop along', () => {
		expect(sentenceAround(text, ...at('quick brown fox jumps.'))).toBe(
			'The quick brown fox jumps.'
		);
		expect(sentenceAround(text, ...at('Last “one.”'))).toBe('Last “one.”');
		expect(sentenceAround(text, ...at('First one. '))).toBe('First one.');
		expect(sentenceAround('前の文。東アジアは重要だ。後の文。', 4, 13)).toBe('東アジアは重要だ。');
	});

	it('spans every sentence a quote crosses', () => {
		expect(sentenceAround(text, ...at('one. The'))).toBe('First one. The quick brown fox jumps.');
	});

	it('reads Japanese full stops and gives nothing for an unanchored quote', () => {
		expect(sentenceAround('前の文。東アジアは重要だ。後の文。', 5, 8)).toBe('東アジアは重要だ。');
		expect(sentenceAround(text, -1, -1)).toBe('');
	});
});
