/**
 * Files that are plainly not text (an image, a PDF, an archive): named as
 * such in one line, instead of the UTF-8 complaint at their first odd byte,
 * which would send the reader off to re-save a picture as text.
 */
import { error, type Diagnostic } from '../../diagnostics';

/** What the browser and the import command read, for the hint. */
export const FORMATS_WE_READ =
	'an Argdown map (.argdown, with its source texts), Ronten map JSON or AIF JSON (.json), or a Kialo discussion export (.txt)';

const SIGNATURES: [string, number[]][] = [
	['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['a JPEG image', [0xff, 0xd8, 0xff]],
	['a GIF image', [0x47, 0x49, 0x46, 0x38]],
	['a WebP or other RIFF file', [0x52, 0x49, 0x46, 0x46]],
	['a PDF document', [0x25, 0x50, 0x44, 0x46]],
	['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
	['a gzip archive', [0x1f, 0x8b]]
];

/** How far into a file a NUL byte is looked for: text never has one, binary files soon do. */
const SNIFF_BYTES = 8192;

/** What kind of binary file the bytes are, or null when they may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
	for (const [kind, magic] of SIGNATURES) if (magic.every((b, i) => bytes[i] === b)) return kind;
	const head = bytes.subarray(0, SNIFF_BYTES);
	return head.includes(0) ? 'a binary file' : null;
}

/** `not-a-map` for a file that is plainly not text, or null. */
export function notTextProblem(bytes: Uint8Array, file: string): Diagnostic | null {
	const kind = binaryKind(bytes);
	if (!kind) return null;
	const name = file.replace(/^.*[\\/]/, '');
	return error(
		'not-a-map',
		file,
		{ line: 1, column: 1 },
		`"${name}" is not a map: it is ${kind}.`,
		`Open ${FORMATS_WE_READ}.`
	);
}
