/**
 * The Argdown stage: text → Argdown response (equivalence classes, arguments,
 * relations, front matter), with lexer, parser and YAML errors as diagnostics,
 * and what the tokens say the text holds, so that later stages can check that
 * nothing written went missing (see tokens.ts).
 *
 * Only the parser, data and model plugins are used: the ready-made app also
 * pulls in map, export and Graphviz plugins that we neither need nor want in
 * the browser bundle.
 */
import {
	ArgdownApplication,
	DataPlugin,
	ModelPlugin,
	ParserPlugin,
	RuleNames,
	type IArgdownPlugin,
	type IArgdownRequest,
	type IArgdownResponse
} from '@argdown/core';
import { error, type Diagnostic, type Staged } from '../diagnostics';
import { readTokens, tooDeepDiagnostic, type WrittenText } from './tokens';
import { unclosedProblem } from './unclosed';
import { tolerant, yamlDiagnostic, type YamlFailure } from './yaml';

export type ArgdownResponse = IArgdownResponse;

export interface ParsedArgdown {
	response: ArgdownResponse;
	/** What the text holds according to Argdown's tokens, for checking the model against. */
	written: WrittenText;
	/** True when Argdown read the text without a syntax error and it nests within the limit. */
	clean: boolean;
}

function createApplication(yamlFailures: YamlFailure[]): ArgdownApplication {
	const app = new ArgdownApplication();
	const data = new DataPlugin();
	for (const kind of ['Data', 'FrontMatter'] as const) {
		const listener = data.tokenListeners[kind];
		if (listener) data.tokenListeners[kind] = tolerant(kind, listener, yamlFailures);
	}
	app.addPlugin(new ParserPlugin(), 'parse-input');
	app.addPlugin(data, 'build-model');
	app.addPlugin(new ModelPlugin(), 'build-model');
	app.addPlugin(titleIndexes(), 'build-model');
	return app;
}

/**
 * Argdown files statements, arguments and tags in plain objects keyed by title,
 * where `constructor`, `toString` or `__proto__` find Object.prototype's
 * property instead of an empty slot: the statement is lost and the model
 * builder stops. Objects without a prototype hold only what is put in them.
 * Listeners run in the order plugins were added, so these replace the model
 * plugin's objects before the first title is filed.
 */
function titleIndexes(): IArgdownPlugin {
	return {
		name: 'TitleIndexes',
		ruleListeners: {
			[RuleNames.ARGDOWN + 'Entry']: (_request, response) => {
				response.statements = Object.create(null);
				response.arguments = Object.create(null);
				response.tags = Object.create(null);
			}
		}
	};
}

/**
 * Argdown's patterns match titles, comments and text with `.`, which stops at
 * U+2028 and U+2029: a title holding one is read as text and a comment holding
 * one breaks. Argdown shows them as spaces in statement text anyway; turning
 * them into spaces beforehand keeps every offset where it was.
 */
const lineSeparatorsAsSpaces = (text: string) =>
	/[\u2028\u2029]/.test(text) ? text.replace(/[\u2028\u2029]/g, ' ') : text;

function request(input: string, process: string[]): IArgdownRequest {
	return {
		input,
		process,
		throwExceptions: false,
		logLevel: 'none',
		// Our conventions read relations as support and attack (loose mode);
		// a file may still choose strict mode in its front matter.
		model: { removeTagsFromText: true }
	} as IArgdownRequest;
}

/** Parses Argdown text and builds its model. Never throws. */
export function parseArgdown(text: string, file: string): Staged<ParsedArgdown> {
	const yamlFailures: YamlFailure[] = [];
	const app = createApplication(yamlFailures);
	const diagnostics: Diagnostic[] = [];
	const input = lineSeparatorsAsSpaces(text);
	let written: WrittenText = { statements: new Map(), arguments: new Map() };
	const unclosed = unclosedProblem(input, file);
	if (unclosed)
		return {
			value: { response: {} as ArgdownResponse, written, clean: false },
			diagnostics: [unclosed]
		};
	try {
		const parsed = app.run(request(input, ['parse-input']));
		written = readTokens(parsed.tokens ?? []);
		const syntax = syntaxDiagnostics(parsed, file);
		// Argdown's grammar wants a statement after front matter or a blank line; a text
		// without any is an empty map (the compiler warns), not a syntax error.
		diagnostics.push(
			...(written.firstStatement ? syntax : syntax.filter((d) => d.code !== 'argdown-syntax'))
		);
		if (written.tooDeep) diagnostics.push(tooDeepDiagnostic(written.tooDeep, file));
		const clean = diagnostics.length === 0;
		if (!parsed.ast) return { value: { response: parsed, written, clean }, diagnostics };
		const built = app.run(request(input, ['build-model']), parsed);
		diagnostics.push(...yamlFailures.map((f) => yamlDiagnostic(f, file)));
		for (const e of built.exceptions ?? []) diagnostics.push(exceptionDiagnostic(e, file));
		return { value: { response: built, written, clean }, diagnostics };
	} catch (e) {
		diagnostics.push(exceptionDiagnostic(e, file));
		return { value: { response: {} as ArgdownResponse, written, clean: false }, diagnostics };
	}
}

type RecognitionError = NonNullable<ArgdownResponse['parserErrors']>[number] & {
	previousToken?: { endLine?: number; endColumn?: number };
};

function syntaxDiagnostics(response: ArgdownResponse, file: string): Diagnostic[] {
	const out: Diagnostic[] = [];
	for (const e of response.lexerErrors ?? []) {
		out.push(
			error(
				'argdown-lexer',
				file,
				{ line: e.line ?? 1, column: e.column ?? 1, offset: e.offset },
				e.message,
				'Check the characters at this place; escape special characters ([ ] < > #) with a backslash.'
			)
		);
	}
	for (const e of (response.parserErrors ?? []) as RecognitionError[]) {
		const token = e.token;
		const usable = token && Number.isFinite(token.startLine);
		const fallback = e.previousToken ?? token;
		const line = usable ? token.startLine : (fallback?.endLine ?? 1);
		const column = usable ? token.startColumn : (fallback?.endColumn ?? 0) + 1;
		const [message, hint] = splitParserMessage(e.message);
		out.push(
			error(
				'argdown-syntax',
				file,
				{ line: line ?? 1, column: column ?? 1, offset: token?.startOffset },
				message,
				hint
			)
		);
	}
	return out;
}

/** Argdown's messages often carry the advice after the first sentence. */
function splitParserMessage(message: string): [string, string] {
	const flat = message.replace(/\s+/g, ' ').trim();
	const cut = flat.search(/\. [A-Z]/);
	if (cut > 0 && cut < flat.length - 2) return [flat.slice(0, cut + 1), flat.slice(cut + 2)];
	return [flat, 'See the Argdown syntax guide for this construct.'];
}

function exceptionDiagnostic(e: unknown, file: string): Diagnostic {
	const message = e instanceof Error ? e.message : String(e);
	return error(
		'argdown-exception',
		file,
		{ line: 1, column: 1 },
		`Argdown could not build a model: ${message}`,
		'Fix the syntax errors reported for this file first.'
	);
}
