/** Compiles inline Argdown in unit tests, with sources given as a name → text table. */
import { compileMap, type CompileResult } from '../../src/lib/core/compile';
import { quoteOf, type ArgumentMap } from '../../src/lib/core/model';

export function compileText(
	text: string,
	sources: Record<string, string> = {},
	file = 'test.argdown'
): CompileResult {
	return compileMap({
		id: 'test',
		file,
		content: text,
		loadSource: (name) => (name in sources ? (sources[name] as string) : null)
	});
}

export const codes = (r: CompileResult) => r.diagnostics.map((d) => d.code);

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();

/**
 * A map with ids replaced by titles and white space evened out, so that two
 * compilations of the same content compare equal whatever ids they were given.
 */
export function comparable(map: ArgumentMap) {
	const title = new Map(map.nodes.map((n) => [n.id, n.title]));
	return {
		nodes: map.nodes
			.map((n) => {
				const quote = quoteOf(n);
				return {
					kind: n.kind,
					title: n.title,
					text: norm(n.text),
					tags: [...n.tags].sort(),
					quote: quote ? [quote.source, quote.exact, quote.start] : null,
					pcs: n.kind === 'argument' ? n.pcs.map((s) => ({ ...s, node: title.get(s.node) })) : null
				};
			})
			.sort((a, b) => a.title.localeCompare(b.title)),
		edges: map.edges
			.map((e) => {
				const ends = [title.get(e.from) ?? '', title.get(e.to) ?? ''];
				// A contradiction has no direction: which end is `from` follows the ids.
				if (e.kind === 'contradicts') ends.sort();
				return `${ends[0]} ${e.kind} ${ends[1]} ${e.origin}`;
			})
			.sort()
	};
}
