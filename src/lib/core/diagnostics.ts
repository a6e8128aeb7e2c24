/**
 * The one diagnostic shape shared by the compiler, the CLI and the UI.
 * Lines and columns are 1-based; `offset` is a 0-based UTF-16 index into the file text.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
	/** Stable kebab-case identifier, e.g. `quote-not-found`. Tests and tools key on it. */
	code: string;
	severity: Severity;
	/** What is wrong, in one sentence. */
	message: string;
	/** How to fix it. */
	hint: string;
	file: string;
	line: number;
	column: number;
	offset?: number;
	endLine?: number;
	endColumn?: number;
	/** For JSON input: where in the document, as a JSON path (`$.nodes[3].type`). */
	path?: string;
}

/** A stage result: a value plus whatever went wrong on the way. Stages never throw on bad input. */
export interface Staged<T> {
	value: T;
	diagnostics: Diagnostic[];
}

export interface Place {
	line: number;
	column: number;
	offset?: number;
	endLine?: number;
	endColumn?: number;
	path?: string;
}

export function diagnostic(
	severity: Severity,
	code: string,
	file: string,
	place: Place,
	message: string,
	hint: string
): Diagnostic {
	// Parsers sometimes report NaN or 0 for tokens at the end of input; a diagnostic always points somewhere.
	const line = sane(place.line);
	const column = sane(place.column);
	return { code, severity, message, hint, file, ...place, line, column };
}

const sane = (n: number | undefined) =>
	n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;

export const error = (code: string, file: string, place: Place, message: string, hint: string) =>
	diagnostic('error', code, file, place, message, hint);

export const warning = (code: string, file: string, place: Place, message: string, hint: string) =>
	diagnostic('warning', code, file, place, message, hint);

export const hasErrors = (diagnostics: readonly Diagnostic[]) =>
	diagnostics.some((d) => d.severity === 'error');

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file and position, errors before warnings at the same place. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			a.line - b.line ||
			a.column - b.column ||
			severityRank[a.severity] - severityRank[b.severity] ||
			a.code.localeCompare(b.code)
	);
}

/** `file:line:column severity code message` followed by an indented hint line. */
export function formatDiagnostic(d: Diagnostic): string {
	const where = d.path ? ` (at ${d.path})` : '';
	const head = `${visible(d.file)}:${d.line}:${d.column} ${d.severity} ${d.code} ${visible(d.message)}${visible(where)}`;
	return d.hint ? `${head}\n  hint: ${visible(d.hint)}` : head;
}

/**
 * Control characters written as escapes: a message quotes a map's own text (a file name, a
 * title), and a NUL garbled the line, a line break split it, and a terminal escape sequence
 * would act on the reader's terminal.
 */
function visible(text: string): string {
	return text.replace(
		// eslint-disable-next-line no-control-regex -- matching control characters is the point
		/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
