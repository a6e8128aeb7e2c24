/**
 * The Argdown stage: text → Argdown response (equivalence classes, arguments,
 * relations, front matter), with lexer, parser and YAML errors as diagnostics.
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
	type IArgdownRequest,
	type IArgdownResponse
} from '@argdown/core';
import { error, type Diagnostic, type Staged } from '../diagnostics';
import { tolerant, yamlDiagnostic, type YamlFailure } from './yaml';

export type ArgdownResponse = IArgdownResponse;

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
	return app;
}

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
export function parseArgdown(text: string, file: string): Staged<ArgdownResponse> {
	const yamlFailures: YamlFailure[] = [];
	const app = createApplication(yamlFailures);
	const diagnostics: Diagnostic[] = [];
	try {
		const parsed = app.run(request(text, ['parse-input']));
		diagnostics.push(...syntaxDiagnostics(parsed, file));
		if (!parsed.ast) return { value: parsed, diagnostics };
		const built = app.run(request(text, ['build-model']), parsed);
		diagnostics.push(...yamlFailures.map((f) => yamlDiagnostic(f, file)));
		for (const e of built.exceptions ?? []) diagnostics.push(exceptionDiagnostic(e, file));
		return { value: built, diagnostics };
	} catch (e) {
		diagnostics.push(exceptionDiagnostic(e, file));
		return { value: {} as ArgdownResponse, diagnostics };
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
