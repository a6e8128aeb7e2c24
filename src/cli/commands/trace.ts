import { flatTrace, traceNode } from '../../lib/core/graph/trace';
import { treeRows } from '../../lib/core/graph/tree-rows';
import type { MapNode } from '../../lib/core/model';
import { didYouMeanAny, suggest } from '../../lib/core/text/suggest';
import { UsageError, type Runner } from '../context';
import { loadMap } from '../load';
import { parseOptions } from '../options';

export const trace: Runner = {
	run(args, ctx) {
		const { values, positionals } = parseOptions(args, { json: { type: 'boolean' } });
		const [ref, nodeRef] = positionals;
		if (!nodeRef) throw new UsageError('NODE is required (a node id or title).');
		const loaded = loadMap(ref, ctx);
		if (!loaded) return 1;
		const { map } = loaded;
		const node =
			map.nodes.find((n) => n.id === nodeRef) ?? map.nodes.find((n) => n.title === nodeRef);
		if (!node) {
			const near = didYouMeanAny(nearNodes(map.nodes, nodeRef));
			throw new UsageError(
				`No node "${nodeRef}" in map ${map.id}.${near || ` Try: ronten search ${map.id} "${nodeRef}"`}`
			);
		}
		const result = traceNode(map, node.id);
		if (values.json) {
			// The tree as a flat list of rows: a nested one overflows JSON.stringify on deep maps.
			ctx.out(JSON.stringify(flatTrace(result), null, 2));
			return 0;
		}
		const byId = new Map(map.nodes.map((n) => [n.id, n]));
		const label = (id: string) => describe(byId.get(id));
		ctx.out(`Trace of ${label(node.id)}`);
		ctx.out(
			`\nSupported by (${result.supporters.length}), contested by (${result.contesters.length}):`
		);
		if (result.tree.length === 0) ctx.out('  nothing bears on it');
		for (const { item: b, depth } of treeRows(result.tree)) {
			// Indentation stops growing past a few levels; deeper lines say their level instead.
			const indent = '  ' + '    '.repeat(Math.min(depth, MAX_INDENT));
			const level = depth > MAX_INDENT ? `(level ${b.depth}) ` : '';
			ctx.out(`${indent}${level}${b.polarity === 1 ? '+' : '-'} ${label(b.node)}  [${b.kind}]`);
		}
		ctx.out(
			`\nChains to positions (${result.chains.length}${result.truncated ? '; a limit cut the search: the shortest chain to each position is listed, others may be missing' : ''}):`
		);
		if (result.chains.length === 0) ctx.out('  none: the node bears on no position');
		for (const c of result.chains) {
			const path = c.steps.map((s) => ` -${s.kind}-> ${s.to}`).join('');
			ctx.out(`  ${c.polarity === 1 ? 'for' : 'against'} ${c.position}: ${node.id}${path}`);
		}
		return 0;
	}
};

/** The ids of the nodes whose id or title is a slip away from `typed`, one per node. */
function nearNodes(nodes: MapNode[], typed: string): string[] {
	const idOf = new Map<string, string>();
	for (const n of nodes) idOf.set(n.title, n.id).set(n.id, n.id);
	const ids = suggest(typed, idOf.keys(), 6).map((name) => idOf.get(name) as string);
	return [...new Set(ids)].slice(0, 3);
}

/** Levels of indentation in the printed tree; a map can be thousands of levels deep. */
const MAX_INDENT = 24;

function describe(n: MapNode | undefined): string {
	if (!n) return '?';
	const text = n.text.length > 70 ? n.text.slice(0, 69) + '…' : n.text;
	return `${n.kind} ${n.id}: ${text || n.title}`;
}
