/**
 * An explanation as runs of text and of node titles, so that each title the
 * core quotes («…») can be shown as a link to its node. The text stays text:
 * nothing in it is read as markup.
 */

export type WhySegment = { text: string; id?: undefined } | { text: string; id: string };

/**
 * Splits `sentence` at its «quoted titles»; `resolve` names the node a title stands for
 * (undefined leaves it as plain text, its quotes kept).
 */
export function whySegments(
	sentence: string,
	resolve: (title: string) => string | undefined
): WhySegment[] {
	const out: WhySegment[] = [];
	let at = 0;
	for (const m of sentence.matchAll(/«([^«»]+)»/g)) {
		const id = resolve(m[1]!);
		if (id === undefined) continue;
		if (m.index > at) out.push({ text: sentence.slice(at, m.index) });
		out.push({ text: m[1]!, id });
		at = m.index + m[0].length;
	}
	if (at < sentence.length) out.push({ text: sentence.slice(at) });
	return out;
}

/**
 * Resolves titles to node ids. Titles need not be unique: the nodes that bear on `near`
 * (its attackers, defenders and children) come first, then the map's order.
 */
export function titleResolver(
	nodes: readonly { id: string; title: string }[],
	near: readonly string[] = []
): (title: string) => string | undefined {
	const byTitle = new Map<string, string[]>();
	for (const n of nodes) {
		const ids = byTitle.get(n.title);
		if (ids) ids.push(n.id);
		else byTitle.set(n.title, [n.id]);
	}
	const close = new Set(near);
	return (title) => {
		const ids = byTitle.get(title);
		return ids?.find((id) => close.has(id)) ?? ids?.[0];
	};
}
