/** Titles for imported statements: the first words of the text, short enough for a node and a permalink. */
export function shortTitle(text: string, maxWords = 7, maxChars = 60): string {
	// Only the first words are read: a claim may be megabytes long.
	const words: string[] = [];
	for (const m of text.matchAll(/\S+/g)) if (words.push(m[0]) >= maxWords) break;
	let title = '';
	for (const w of words) {
		if (title && title.length + 1 + w.length > maxChars) break;
		title = title ? `${title} ${w}` : w.slice(0, maxChars);
	}
	return title.replace(/[.,;:!?]+$/, '');
}
