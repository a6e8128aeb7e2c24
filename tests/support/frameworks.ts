/** Small argumentation frameworks for evaluation tests, written as `a>b` attacks. */
import type { EdgeKind, GraphShape, MapEdge } from '../../src/lib/core/model';

/** A map whose nodes are claims named by `nodes` and whose edges are `a>b` (attack) or `a+b` (support). */
export function frameworkMap(nodes: string, edges: string[] = []) {
	const kinds: Record<string, EdgeKind> = {
		'>': 'attacks',
		'+': 'supports',
		_: 'undercuts',
		'~': 'contradicts'
	};
	const mapEdges: MapEdge[] = edges.map((e) => {
		const [, from, op, to] = /^(\w+)([>+_~])(\w+)$/.exec(e)!;
		const kind = kinds[op!]!;
		return { id: `${from}--${kind}--${to}`, from: from!, to: to!, kind, origin: 'relation' };
	});
	return {
		nodes: nodes.split(' ').map((id) => ({ id, kind: 'claim' as const, title: id.toUpperCase() })),
		edges: mapEdges
	} satisfies GraphShape;
}

/** Attacks as pairs of node indices, for random frameworks in property tests. */
export function randomMap(size: number, attacks: [number, number][]) {
	const nodes = Array.from({ length: size }, (_, i) => `n${i}`).join(' ');
	return frameworkMap(
		nodes,
		attacks.map(([a, b]) => `n${a % size}>n${b % size}`)
	);
}
