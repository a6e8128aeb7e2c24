/** Which nodes a view shows: focus (N steps around the selection) and collapsed branches. */
export interface EdgeLike {
	source: string;
	target: string;
}

/** Nodes within `depth` steps of `start`, edges taken either way. */
export function neighbourhood(
	start: string,
	depth: number,
	edges: readonly EdgeLike[]
): Set<string> {
	const around = new Map<string, string[]>();
	const link = (a: string, b: string) => {
		const list = around.get(a);
		if (list) list.push(b);
		else around.set(a, [b]);
	};
	for (const e of edges) {
		link(e.source, e.target);
		link(e.target, e.source);
	}
	const seen = new Set([start]);
	let frontier = [start];
	for (let d = 0; d < depth; d++) {
		const next: string[] = [];
		for (const n of frontier)
			for (const m of around.get(n) ?? []) {
				if (seen.has(m)) continue;
				seen.add(m);
				next.push(m);
			}
		frontier = next;
	}
	return seen;
}

/** Nodes under collapsed nodes in the reading tree (`parents`: child → parent). */
export function hiddenByCollapse(
	collapsed: ReadonlySet<string>,
	parents: Readonly<Record<string, string>>
): Set<string> {
	const hidden = new Set<string>();
	if (collapsed.size === 0) return hidden;
	for (const child of Object.keys(parents)) {
		for (let p = parents[child]; p !== undefined; p = parents[p]) {
			if (collapsed.has(p)) {
				hidden.add(child);
				break;
			}
		}
	}
	return hidden;
}
