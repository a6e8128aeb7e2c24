/**
 * "Did you mean …?" for a name typed by hand (a command, a map id, a node id
 * or title, a format, an option): the known names a few typing slips away.
 */

/**
 * Edits between two strings, where an edit inserts, deletes or replaces one
 * character or swaps two neighbours (the commonest slip at a keyboard), as in
 * the optimal string alignment distance. Gives up with `limit + 1` once every
 * alignment costs more than `limit`, so a long list of names stays cheap.
 */
export function typingDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	// Three rows of the table are enough: the one before last (for swaps), the last, this one.
	let before: number[] = [];
	let last = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(
				(last[j] as number) + 1,
				(row[j - 1] as number) + 1,
				(last[j - 1] as number) + cost
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, (before[j - 2] as number) + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > limit) return limit + 1;
		before = last;
		last = row;
	}
	return Math.min(last[b.length] as number, limit + 1);
}

/**
 * The known names closest to `typed`, best first (at most `max`). A name
 * counts as close within a third of its length in edits (at least one), or
 * when one of the two begins the other ("japan" for "japan-nato"). Letter
 * case is ignored; a name equal to `typed` is no suggestion.
 */
export function suggest(typed: string, known: Iterable<string>, max = 3): string[] {
	const wanted = typed.toLowerCase();
	if (!wanted) return [];
	const scored: { name: string; score: number }[] = [];
	for (const name of new Set(known)) {
		const lower = name.toLowerCase();
		if (lower === wanted) continue;
		const limit = Math.max(1, Math.floor(Math.max(wanted.length, lower.length) / 3));
		const distance = typingDistance(wanted, lower, limit);
		// A prefix of at least three letters is as good as two edits, whatever the lengths.
		const prefix =
			Math.min(wanted.length, lower.length) >= 3 &&
			(lower.startsWith(wanted) || wanted.startsWith(lower));
		const score = distance <= limit ? distance : prefix ? 2 : Infinity;
		if (score !== Infinity) scored.push({ name, score });
	}
	return scored
		.sort((x, y) => x.score - y.score || x.name.localeCompare(y.name))
		.slice(0, max)
		.map((s) => s.name);
}

/** ` Did you mean "a" or "b"?`, or nothing: to append to a message about an unknown name. */
export function didYouMean(typed: string, known: Iterable<string>): string {
	return didYouMeanAny(suggest(typed, known));
}

/** The same sentence for names already chosen (say, the nodes behind suggested titles). */
export function didYouMeanAny(suggested: readonly string[]): string {
	const names = suggested.map((n) => `"${n}"`);
	if (names.length === 0) return '';
	const list =
		names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
	return ` Did you mean ${list}?`;
}
