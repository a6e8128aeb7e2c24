/** The file name a map is downloaded under in a format: `japan-nato.aif.json`, `japan-nato.dot`. */
export function downloadName(mapId: string, format: string, extension: string): string {
	return format === extension || format === 'json'
		? `${mapId}.${extension}`
		: `${mapId}.${format}.${extension}`;
}
