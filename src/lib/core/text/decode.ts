/** Text as the compiler wants it: UTF-8 checked, BOM dropped, line endings unified. */
export type Decoded =
	{ ok: true; text: string } | { ok: false; line: number; column: number; offset: number };

/** Decodes UTF-8 strictly; on failure reports where the first invalid byte is. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { ok: true, text: normalizeNewlines(text) };
	} catch {
		return { ok: false, ...locateBadByte(bytes) };
	}
}

/** Drops a leading BOM and turns CRLF and lone CR into LF, so offsets mean the same everywhere. */
export function normalizeNewlines(text: string): string {
	const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

function locateBadByte(bytes: Uint8Array): { line: number; column: number; offset: number } {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	// Grow a prefix until it stops decoding; the last good boundary tells the place.
	let good = 0;
	let i = 0;
	while (i < bytes.length) {
		const len = sequenceLength(bytes[i] ?? 0);
		const end = i + Math.max(len, 1);
		try {
			if (len === 0 || end > bytes.length) throw new Error('bad');
			decoder.decode(bytes.subarray(i, end));
			good = end;
			i = end;
		} catch {
			break;
		}
	}
	const prefix = new TextDecoder().decode(bytes.subarray(0, good));
	const lines = prefix.split('\n');
	const last = lines[lines.length - 1] ?? '';
	return { line: lines.length, column: last.length + 1, offset: good };
}

function sequenceLength(lead: number): number {
	if (lead < 0x80) return 1;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}
