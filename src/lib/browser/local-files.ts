/**
 * Files a reader chose or dropped, read in this browser into what the core
 * opens (`openFiles`): the bytes and the name of each, nothing uploaded.
 * Shared by every page that opens local files, through LocalFilePicker.
 */
import type { LocalFile } from '$lib/core/formats/open-files';

/** Reads the chosen files, in the order they were given; none for an empty choice. */
export async function readLocalFiles(
	list: ArrayLike<File> | Iterable<File> | null | undefined
): Promise<LocalFile[]> {
	if (!list) return [];
	return Promise.all(
		Array.from(list, async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))
	);
}

/** What a file that could not be read says to the reader. */
export function readFailure(e: unknown): string {
	return `The file could not be read: ${e instanceof Error ? e.message : String(e)}`;
}
