/** Converts between UTF-16 offsets and 1-based line/column pairs for one text. */
export interface LineIndex {
	locate(offset: number): { line: number; column: number };
}

export function lineIndex(text: string): LineIndex {
	const starts = [0];
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
	return {
		locate(offset) {
			let lo = 0;
			let hi = starts.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if ((starts[mid] ?? 0) <= offset) lo = mid;
				else hi = mid - 1;
			}
			return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
		}
	};
}
