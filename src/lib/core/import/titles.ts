/** Titles for imported statements: the first words of the text, short enough for a node and a permalink. */
export function shortTitle(text: string, maxWords = 7, maxChars = 60): string {
	const words = text.replace(/\s+/g, ' ').trim().split(' ').slice(0, maxWords);
	let title = '';
	for (const w of words) {
		if (title && title.length + 1 + w.length > maxChars) break;
		title = title ? `${title} ${w}` : w.slice(0, maxChars);
	}
	return title.replace(/[.,;:!?]+$/, '');
}
