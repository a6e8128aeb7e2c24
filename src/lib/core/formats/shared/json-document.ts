/**
 * JSON parsed with positions kept, so that a problem found deep in a document
 * can be reported at its line and column as well as its JSON path.
 */
import {
	findNodeAtLocation,
	parseTree,
	printParseErrorCode,
	type JSONPath,
	type Node,
	type ParseError
} from 'jsonc-parser';
import { error, type Diagnostic, type Place, type Staged } from '../../diagnostics';

export interface JsonDocument {
	value: unknown;
	/** Line and column of the value at a path (or of its nearest existing parent). */
	placeOf(path: JSONPath): Place;
}

export function jsonPath(path: readonly (string | number)[]): string {
	return (
		'$' +
		path
			.map((p) =>
				typeof p === 'number'
					? `[${p}]`
					: /^[A-Za-z_$][\w$]*$/.test(p)
						? `.${p}`
						: `[${JSON.stringify(p)}]`
			)
			.join('')
	);
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return starts;
}

export function placeAt(starts: number[], offset: number): { line: number; column: number } {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if ((starts[mid] as number) <= offset) lo = mid;
		else hi = mid - 1;
	}
	return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

const HINTS: Record<string, string> = {
	InvalidSymbol: 'Remove the character, or put the text in double quotes.',
	PropertyNameExpected: 'Property names must be in double quotes; remove a trailing comma.',
	CommaExpected: 'Separate items with commas.',
	ColonExpected: 'Put a colon between a property name and its value.',
	ValueExpected: 'A value is missing here; remove a trailing comma.',
	CloseBraceExpected: 'An object is not closed with }.',
	CloseBracketExpected: 'A list is not closed with ].',
	EndOfFileExpected: 'There is more text after the JSON value ended.',
	UnexpectedEndOfString: 'A string is not closed with a double quote.',
	InvalidEscapeCharacter:
		'Only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX escapes are allowed in JSON.'
};

/**
 * How deeply objects and lists may nest. AIF needs five levels at most; the
 * limit leaves room for any metadata a tool adds, and keeps the parser (which
 * recurses once per level) far from the stack's end, in a browser tab too.
 */
export const MAX_JSON_DEPTH = 256;

/** Where the text first opens an object or list deeper than the limit. */
export interface ExcessDepth {
	/** Offset of the `{` or `[` that goes one level too deep. */
	offset: number;
	/** JSON path of the value it opens. */
	path: (string | number)[];
}

interface Frame {
	list: boolean;
	/** Index of the current item in a list. */
	index: number;
	/** The current key of an object, as the offsets of its quoted text. */
	key?: [number, number];
	expectKey: boolean;
}

/**
 * Finds nesting past `limit` in one pass without recursion, so that text of
 * any depth can be refused before a recursive parser sees it. It reads only
 * strings and brackets: syntax errors are left to the parser.
 */
export function findExcessDepth(text: string, limit = MAX_JSON_DEPTH): ExcessDepth | undefined {
	const frames: Frame[] = [];
	let stringStart = -1;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (stringStart >= 0) {
			if (c === BACKSLASH) i++;
			else if (c === QUOTE) {
				const top = frames.at(-1);
				if (top?.expectKey) {
					top.key = [stringStart, i + 1];
					top.expectKey = false;
				}
				stringStart = -1;
			}
			continue;
		}
		if (c === QUOTE) stringStart = i;
		else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
			if (frames.length >= limit) return { offset: i, path: frames.map((f) => step(text, f)) };
			frames.push({ list: c === OPEN_BRACKET, index: 0, expectKey: c === OPEN_BRACE });
		} else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) frames.pop();
		else if (c === COMMA) {
			const top = frames.at(-1);
			if (top) {
				top.index++;
				top.expectKey = !top.list;
			}
		}
	}
	return undefined;
}

const [QUOTE, BACKSLASH, COMMA] = [0x22, 0x5c, 0x2c];
const [OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET] = [0x7b, 0x7d, 0x5b, 0x5d];

function step(text: string, frame: Frame): string | number {
	if (frame.list) return frame.index;
	if (!frame.key) return '';
	const quoted = text.slice(...frame.key);
	try {
		return JSON.parse(quoted) as string;
	} catch {
		return quoted.slice(1, -1);
	}
}

/** Strict JSON (no comments, no trailing commas); every syntax error becomes a diagnostic. */
export function parseJsonDocument(text: string, file: string): Staged<JsonDocument | null> {
	// Said as it is: the parser's "value expected, remove a trailing comma" fits no empty file.
	if (!text.trim())
		return {
			value: null,
			diagnostics: [
				error(
					'invalid-json',
					file,
					{ line: 1, column: 1 },
					'The file is empty.',
					'Choose the file again: this one holds no JSON at all.'
				)
			]
		};
	const deep = findExcessDepth(text);
	if (deep) {
		const place = { ...placeAt(lineStarts(text), deep.offset), offset: deep.offset };
		return {
			value: null,
			diagnostics: [
				error(
					'too-deep',
					file,
					{ ...place, path: jsonPath(deep.path) },
					`Objects and lists are nested more than ${MAX_JSON_DEPTH} levels deep here.`,
					'Remove or flatten the nested value at this place: a map or annotation file needs only a few levels.'
				)
			]
		};
	}
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, {
		disallowComments: true,
		allowTrailingComma: false,
		allowEmptyContent: false
	});
	const starts = lineStarts(text);
	// Only the first: the parser goes on past it, and each bracket it then finds out of place
	// (one stray comma gave three errors at one place) is an echo of the same mistake.
	const diagnostics: Diagnostic[] = errors.slice(0, 1).map((e) => {
		const code = printParseErrorCode(e.error);
		return error(
			'invalid-json',
			file,
			{ ...placeAt(starts, e.offset), offset: e.offset },
			`The file is not valid JSON: ${code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}.`,
			HINTS[code] ?? 'Check the JSON syntax at this place.'
		);
	});
	if (!root || diagnostics.length) return { value: null, diagnostics };
	const placeOf = (path: JSONPath): Place => {
		for (let n = path.length; n >= 0; n--) {
			const node: Node | undefined = findNodeAtLocation(root, path.slice(0, n));
			if (node)
				return { ...placeAt(starts, node.offset), offset: node.offset, path: jsonPath(path) };
		}
		return { line: 1, column: 1, path: jsonPath(path) };
	};
	return { value: { value: JSON.parse(text) as unknown, placeOf }, diagnostics: [] };
}
