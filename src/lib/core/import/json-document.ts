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
import { error, type Diagnostic, type Place, type Staged } from '../diagnostics';

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

/** Strict JSON (no comments, no trailing commas); every syntax error becomes a diagnostic. */
export function parseJsonDocument(text: string, file: string): Staged<JsonDocument | null> {
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, {
		disallowComments: true,
		allowTrailingComma: false,
		allowEmptyContent: false
	});
	const starts = lineStarts(text);
	const diagnostics: Diagnostic[] = errors.slice(0, 20).map((e) => {
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
