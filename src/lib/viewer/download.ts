/** Hands a file made in the browser to the reader as a download; nothing leaves the machine. */
export function saveBlob(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked later: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The file name a map is downloaded under in a format: `japan-nato.aif.json`, `japan-nato.dot`. */
export function downloadName(mapId: string, format: string, extension: string): string {
	return format === extension || format === 'json'
		? `${mapId}.${extension}`
		: `${mapId}.${format}.${extension}`;
}
