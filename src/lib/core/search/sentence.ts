/**
 * The sentence a quote stands in, so that a search finds evidence by the
 * words the source uses around the quoted ones.
 */

/** Longest stretch taken on either side of a quote, for sources without sentence ends. */
const REACH = 400;
// A sentence ends at . ! ? (with closing quotes or brackets after them) before white space,
// at a Japanese full stop, or at a line break.
const END = /[.!?]["'”’)\]]*(?=\s)|[。！？]|\n/g;

/** The whole sentence or sentences that the span [start, end) of `text` lies in. */
export function sentenceAround(text: string, start: number, end: number): string {
	if (start < 0 || end > text.length || start >= end) return '';
	const from = Math.max(0, start - REACH);
	let begin = from;
	END.lastIndex = from;
	for (let m = END.exec(text); m && m.index + m[0].length <= start; m = END.exec(text))
		begin = m.index + m[0].length;
	// A quote that takes its sentence's full stop (and closing quotes) along ends that sentence:
	// the end is looked for from inside the quote, not after it, or it would be the next one's.
	const inner = innerEnd(text, start, end);
	END.lastIndex = inner;
	const next = END.exec(text);
	const stop =
		next && next.index < inner + REACH
			? Math.max(end, next.index + next[0].length)
			: Math.min(text.length, Math.max(end, inner + REACH));
	return text.slice(begin, stop).replace(/\s+/g, ' ').trim();
}

/** Where the quote's words end: before any white space, sentence end or closing marks it ends with. */
function innerEnd(text: string, start: number, end: number): number {
	let inner = end;
	while (inner > start + 1 && /[\s.!?。！？"'”’)\]]/.test(text[inner - 1]!)) inner--;
	return inner;
}
