/**
 * What a map's text holds, read from Argdown's tokens rather than its model:
 * the titles it writes, whether it holds any statement at all, and how deep it
 * nests. The compiler checks the model against this, so that nothing written
 * can vanish between the text and the map without a diagnostic.
 */
import * as lexer from '@argdown/core';
import type { IArgdownResponse } from '@argdown/core';
import { error, type Diagnostic, type Place } from '../diagnostics';

export type Token = NonNullable<IArgdownResponse['tokens']>[number];
type TokenType = Token['tokenType'];

/**
 * How deep relations, lists and bold or italic markup may nest. Argdown's
 * parser recurses once per level and, when the JavaScript stack runs out,
 * returns nothing and reports nothing: in Node it gave up at 271 levels of
 * relations on a cold start (337 of markup), and sooner on smaller stacks.
 * A hundred levels leaves room for any engine and for whoever calls us.
 */
export const MAX_NESTING = 100;

export interface WrittenText {
	/** Statement titles (`[T]`, `[T]:`) and the token where each first occurs (see placeOf). */
	statements: Map<string, Token>;
	/** Argument titles (`<T>`, `<T>:`) and the token where each first occurs. */
	arguments: Map<string, Token>;
	/** Where the first statement or argument starts, titled or not; none when the text holds none. */
	firstStatement?: Place;
	/** The first place where nesting passes MAX_NESTING. */
	tooDeep?: { place: Place; depth: number; by: 'relations' | 'markup' };
}

/** Tokens that hold no statement: front matter and line structure. */
const STRUCTURE = new Set<TokenType>([
	lexer.Newline,
	lexer.Emptyline,
	lexer.Indent,
	lexer.Dedent,
	lexer.FrontMatter,
	lexer.EOF
]);
const MARKUP_START = new Set<TokenType>([
	lexer.AsteriskBoldStart,
	lexer.UnderscoreBoldStart,
	lexer.AsteriskItalicStart,
	lexer.UnderscoreItalicStart
]);
const MARKUP_END = new Set<TokenType>([
	lexer.AsteriskBoldEnd,
	lexer.UnderscoreBoldEnd,
	lexer.AsteriskItalicEnd,
	lexer.UnderscoreItalicEnd
]);

/**
 * Reads titles, statements and nesting from Argdown's tokens in one pass.
 * Token types are compared by identity: a map of 20,000 statements has over
 * 100,000 tokens, and this pass must cost little next to the parse.
 */
export function readTokens(tokens: readonly Token[]): WrittenText {
	const written: WrittenText = { statements: new Map(), arguments: new Map() };
	let indent = 0;
	let markup = 0;
	let inHeading = false;
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i] as Token;
		const type = token.tokenType;
		if (type === lexer.Indent) indent++;
		else if (type === lexer.Dedent) indent = Math.max(0, indent - 1);
		else if (MARKUP_START.has(type)) markup++;
		else if (MARKUP_END.has(type)) markup = Math.max(0, markup - 1);
		// Markup left open ends with its paragraph, where the parser leaves the statement.
		else if (type === lexer.Emptyline) markup = 0;

		if (indent + markup > MAX_NESTING && !written.tooDeep) {
			const by = type === lexer.Indent ? 'relations' : 'markup';
			// An indent has no text of its own: point at the relation or list item it opens.
			const at = by === 'relations' ? (tokens[i + 1] ?? token) : token;
			written.tooDeep = { place: placeOf(at), depth: indent + markup, by };
		}

		if (type === lexer.HeadingStart) inHeading = true;
		else if (type === lexer.Newline || type === lexer.Emptyline) inHeading = false;
		else if (!inHeading && !written.firstStatement && !STRUCTURE.has(type))
			written.firstStatement = placeOf(token);

		// Tokens, not places, are kept: most titles are never missing and need no place.
		let into: Map<string, Token> | undefined;
		let title: string | undefined;
		if (type === lexer.StatementDefinition || type === lexer.StatementReference) {
			into = written.statements;
			title = titleOf(token.image);
		} else if (type === lexer.ArgumentDefinition || type === lexer.ArgumentReference) {
			into = written.arguments;
			title = titleOf(token.image);
		}
		if (into && title !== undefined && !into.has(title)) into.set(title, token);
	}
	return written;
}

/** The title as Argdown's model reads it: everything between the brackets (`[T]`, `[T]:`, `<T>`, `<T>:`). */
const titleOf = (image: string) => image.slice(1, image.endsWith(':') ? -2 : -1);

/** A place at the token's first visible character (relation tokens include their indentation). */
export function placeOf(token: Token): Place {
	const lead = token.image.length - token.image.trimStart().length;
	const line = token.startLine ?? 1;
	const column = (token.startColumn ?? 1) + (token.image.includes('\n') ? 0 : lead);
	return { line, column, offset: token.startOffset + lead };
}

/** The error for nesting deeper than MAX_NESTING, at the line where it passes the limit. */
export function tooDeepDiagnostic(
	tooDeep: NonNullable<WrittenText['tooDeep']>,
	file: string
): Diagnostic {
	const { place, depth, by } = tooDeep;
	const what = by === 'relations' ? 'Relations and lists' : 'Bold and italic markup';
	return error(
		'too-deep',
		file,
		place,
		`${what} nest ${depth} levels deep here; a map may nest at most ${MAX_NESTING} levels.`,
		by === 'relations'
			? 'Declare the deeper statements at top level and relate them by title: write "[Title]" on a line of its own and indent its relations below it.'
			: 'Close the bold and italic markers (** __ * _) that are still open here, or escape them with a backslash.'
	);
}
