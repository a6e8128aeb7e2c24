/**
 * Openers that are never closed, before Argdown's lexer meets them. The lexer tries each `{`
 * as the start of a data block, reading on (across lines) to a closing `}`, and each `[` and
 * `<` as the start of a title, reading to the end of its line. An opener that is never closed
 * is read to the end every time it is tried, so a run of them costs the square of its length:
 * 25,000 `{` took 2 s and 100,000 took 36 s, a tab frozen as long. The work is counted in
 * characters read; past a limit the file is refused, where it starts, before it is parsed.
 */
import { error, type Diagnostic } from '../diagnostics';

/** Characters read in vain, at most: about a fifth of a second of the lexer's time. */
export const MAX_UNCLOSED_WORK = 30_000_000;

interface Opener {
	open: string;
	close: string;
	/** Read to the end of the line (titles), or of the file (data blocks). */
	toLineEnd: boolean;
}

const OPENERS: Opener[] = [
	{ open: '{', close: '}', toLineEnd: false },
	{ open: '[', close: ']', toLineEnd: true },
	{ open: '<', close: '>', toLineEnd: true }
];

/** The refusal of a text whose unclosed openers would take the lexer too long, or null. */
export function unclosedProblem(text: string, file: string): Diagnostic | null {
	for (const o of OPENERS) {
		let work = 0;
		let first = -1;
		let count = 0;
		const unclosed = (pos: number, end: number) => {
			work += end - pos;
			count++;
			if (first < 0) first = pos;
		};
		if (o.toLineEnd) {
			for (let start = 0; start < text.length;) {
				let end = text.indexOf('\n', start);
				if (end < 0) end = text.length;
				const closed = text.lastIndexOf(o.close, end - 1);
				let p = text.indexOf(o.open, Math.max(start, closed + 1));
				for (; p >= 0 && p < end; p = text.indexOf(o.open, p + 1)) unclosed(p, end);
				start = end + 1;
			}
		} else {
			const closed = text.lastIndexOf(o.close);
			for (let p = text.indexOf(o.open, closed + 1); p >= 0; p = text.indexOf(o.open, p + 1))
				unclosed(p, text.length);
		}
		if (work > MAX_UNCLOSED_WORK) return refusal(text, file, o, first, count);
	}
	return null;
}

function refusal(text: string, file: string, o: Opener, at: number, count: number): Diagnostic {
	const before = text.slice(0, at);
	const line = before.split('\n').length;
	const column = at - before.lastIndexOf('\n');
	const where = o.toLineEnd ? 'its line' : 'the file';
	return error(
		'unclosed-brackets',
		file,
		{ line, column, offset: at },
		`${count.toLocaleString('en')} “${o.open}” from here on are never closed: Argdown would read to the end of ${where} for each, far too long to wait for.`,
		`Close each “${o.open}” with “${o.close}”, or write a “${o.open}” meant as text with a backslash: \\${o.open}`
	);
}
