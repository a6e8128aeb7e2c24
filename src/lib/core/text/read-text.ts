/**
 * The one check every file of ours passes before it is read as text: a map,
 * a file to import, a file opened in the browser. It is not too large, and it
 * is UTF-8. One set of diagnostics, whoever reads the file.
 */
import { error, type Diagnostic, type Staged } from '../diagnostics';
import { decodeUtf8, normalizeNewlines } from './decode';

/** Above this size the parser's memory use grows past what a browser tab should pay. */
export const MAX_MAP_BYTES = 16 * 1024 * 1024;

const MB = 2 ** 20;

/** `file-too-large` for a size over the limit (checked before reading, where a size is known). */
export function sizeProblem(size: number, file: string, max = MAX_MAP_BYTES): Diagnostic | null {
	if (size <= max) return null;
	return error(
		'file-too-large',
		file,
		{ line: 1, column: 1 },
		`The file is ${(size / MB).toFixed(1)} MB; files are limited to ${max / MB} MB.`,
		'Split it into smaller files, or export a smaller part.'
	);
}

/**
 * A file's content as text with `\n` line ends, or null with the diagnostic saying why:
 * too large, or not UTF-8 (at the line and column of the first bad byte).
 */
export function readText(
	content: Uint8Array | string,
	file: string,
	max = MAX_MAP_BYTES
): Staged<string | null> {
	const size = typeof content === 'string' ? content.length : content.byteLength;
	const tooLarge = sizeProblem(size, file, max);
	if (tooLarge) return { value: null, diagnostics: [tooLarge] };
	if (typeof content === 'string') return { value: normalizeNewlines(content), diagnostics: [] };
	const decoded = decodeUtf8(content);
	if (decoded.ok) return { value: decoded.text, diagnostics: [] };
	const at = { line: decoded.line, column: decoded.column, offset: decoded.offset };
	return {
		value: null,
		diagnostics: [
			error('not-utf8', file, at, 'The file is not valid UTF-8.', 'Save it as UTF-8 text.')
		]
	};
}
