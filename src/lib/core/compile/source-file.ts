/**
 * Which source files a map may name and how large they may be. The rule on
 * the path as written lives here, in the core, so that every loader (the
 * Node one, the browser's) refuses the same names; a loader adds what only a
 * file system can tell (where a link leads, what kind of file it is, its size
 * on disk) and says why it refused.
 */

/**
 * Sources larger than this are refused before they are read. A source at the
 * limit takes at most about 5 times its size in memory to compile (docs/security.md).
 */
export const MAX_SOURCE_BYTES = 8 * 1024 * 1024;

/** A loader's reason for not handing over a file. */
export interface SourceRefusal {
	refused: 'outside-map' | 'not-a-file' | 'too-large';
	/** Ends the sentence "Source file … of source …", e.g. "is a directory, not a text file". */
	detail: string;
}

/** What a loader returns: bytes or text, null when the file does not exist, or why it was refused. */
export type SourceContent = Uint8Array | string | null | SourceRefusal;

/** Reads a source file named in front matter (a path relative to the map file). */
export type SourceLoader = (file: string) => SourceContent;

/** The limit as the diagnostics state it. */
export const SOURCE_LIMIT = `${MAX_SOURCE_BYTES / 1048576} MB (${MAX_SOURCE_BYTES} bytes)`;

/**
 * Why a source path as written may not be read (an absolute path, or one
 * that climbs out of the map's folder), or null when it stays inside.
 * Backslashes count as separators, so a map written on Windows is held to
 * the same rule everywhere.
 */
export function sourcePathProblem(file: string): string | null {
	const path = file.replace(/\\/g, '/');
	// A leading slash also covers UNC (\\server\share) and device (\\?\C:\) paths.
	if (path.startsWith('/')) return 'is an absolute path';
	if (/^[a-z]:/i.test(path)) return 'names a drive, which makes it an absolute path';
	let depth = 0;
	for (const part of path.split('/')) {
		if (part === '..') depth--;
		else if (part !== '' && part !== '.') depth++;
		if (depth < 0) return 'climbs out of the map\'s folder with ".."';
	}
	return null;
}

/** The refusal a loader's answer amounts to: its own, or too-large for content over the limit. */
export function refusalOf(content: SourceContent): SourceRefusal | null {
	if (content === null) return null;
	if (typeof content === 'string') {
		// Every UTF-16 unit is at least one UTF-8 byte, so the length is a lower bound of the size.
		return content.length > MAX_SOURCE_BYTES
			? { refused: 'too-large', detail: `holds ${content.length} characters` }
			: null;
	}
	if (content instanceof Uint8Array) {
		return content.byteLength > MAX_SOURCE_BYTES
			? { refused: 'too-large', detail: `is ${content.byteLength} bytes` }
			: null;
	}
	return content;
}
