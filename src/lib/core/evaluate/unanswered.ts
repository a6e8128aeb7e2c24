/**
 * Standing objections: written attacks and undercuts whose author nothing
 * attacks back (a "dropped" argument on a debate flow), listed per position
 * by the side they take on it.
 *
 * The side an objection takes on a position is opposite to its target's
 * bearing on it, as graph/bearing.ts defines bearing: polarity multiplied
 * along every path to the position. Here it is computed for 32 positions at
 * once, one bit each, over the components DF-QuAD already has: a walk per
 * position (what the bearing index does) costs more at 20,000 statements than
 * the rest of an evaluation, and only the targets of objections need it.
 */
import type { GraphShape } from '../model';
import type { Framework } from './framework';
import { transpose, type IndexedMap, type Rows } from './rows';
import type { Influences } from './strength';

export interface Objection {
	/** The edge id of the attack or undercut. */
	edge: string;
	from: string;
	to: string;
	kind: 'attacks' | 'undercuts';
}

export interface PositionObjections {
	position: string;
	/** Unanswered objections that tell against the position. */
	against: Objection[];
	/** Unanswered objections that help it (they attack something against it). */
	for: Objection[];
}

/**
 * Unanswered attacks and undercuts per position, in map order; each list in edge order.
 * In a what-if, a node supposed rejected answers nothing: an objection it alone attacked
 * stands unanswered (the reader's rejection of the objection's own author answers it).
 */
export function unansweredObjections(
	map: GraphShape,
	m: IndexedMap,
	af: Framework,
	inf: Influences,
	rejected: Uint8Array = new Uint8Array(m.ids.length)
): PositionObjections[] {
	const reports: PositionObjections[] = [];
	const positions: number[] = [];
	map.nodes.forEach((node, i) => {
		if (node.kind !== 'position') return;
		reports.push({ position: node.id, against: [], for: [] });
		positions.push(i);
	});
	const answered = (x: number) => {
		for (let k = af.attackers.start[x]!; k < af.attackers.start[x + 1]!; k++) {
			const by = af.attackers.items[k]!;
			if (by >= af.mapSize || !rejected[by]) return true;
		}
		return false;
	};
	const standing: number[] = [];
	for (let k = 0; k < m.edges.length; k++) {
		const kind = m.edges[k]!.kind;
		if (kind !== 'attacks' && kind !== 'undercuts') continue;
		const from = m.from[k]!;
		if (from >= 0 && m.to[k]! >= 0 && !answered(from)) standing.push(k);
	}
	if (standing.length === 0 || positions.length === 0) return reports;

	const objections = standing.map((k): Objection => {
		const e = m.edges[k]!;
		return { edge: e.id, from: e.from, to: e.to, kind: e.kind as Objection['kind'] };
	});
	const bearing = bearingWords(m, inf);
	for (let first = 0; first < positions.length; first += 32) {
		const chunk = positions.slice(first, first + 32);
		const { towards, against } = bearing(chunk);
		objections.forEach((objection, j) => {
			const t = m.to[standing[j]!]!;
			let bits = (towards[t]! | against[t]!) >>> 0;
			while (bits !== 0) {
				const b = 31 - Math.clz32(bits & -bits);
				bits &= bits - 1;
				// An objection takes the side opposite to its target's: for it only if the target is
				// against the position alone; a target on both sides makes the objection count against.
				const onlyAgainst = ((towards[t]! >>> b) & 1) === 0;
				const report = reports[first + b]!;
				(onlyAgainst ? report.for : report.against).push(objection);
			}
		});
	}
	return reports;
}

/**
 * Returns a function that, for up to 32 positions (bit b for `positions[b]`), gives each node's
 * bearing on them: a bit in `towards` where some path to the position is for it, in `against`
 * where some path is against it. Nodes are taken component by component, each after the ones
 * its edges lead to. Inside a component every node reaches every other: if its signs are
 * consistent (two-colourable: a support keeps the colour, any other edge changes it), a node
 * sees what the component reaches, turned by its colour; if not, it sees it both ways.
 */
function bearingWords(m: IndexedMap, inf: Influences) {
	const n = m.ids.length;
	const { order, start } = inf.components;
	// Edges read forwards: the nodes each node attacks (turns) and supports (keeps).
	const attacks = transpose(inf.attackers, n);
	const supports = transpose(inf.supporters, n);
	const turnsItself = new Uint8Array(n);
	for (let k = 0; k < m.edges.length; k++)
		if (m.from[k]! >= 0 && m.from[k] === m.to[k] && m.edges[k]!.kind !== 'supports')
			turnsItself[m.from[k]!] = 1;
	const { colour, consistent } = colours(inf, attacks, supports, turnsItself);

	return (positions: readonly number[]) => {
		const towards = new Int32Array(n);
		const against = new Int32Array(n);
		const own = new Int32Array(n);
		positions.forEach((p, b) => (own[p]! |= 1 << b));
		for (let c = start.length - 2; c >= 0; c--) {
			// What the component reaches outside itself, seen from colour 0.
			let uTowards = 0;
			let uAgainst = 0;
			for (let s = start[c]!; s < start[c + 1]!; s++) {
				const x = order[s]!;
				let t = own[x]!;
				let a = 0;
				// Members of this component are still 0 here: only what lies outside adds.
				for (let k = supports.start[x]!; k < supports.start[x + 1]!; k++) {
					t |= towards[supports.items[k]!]!;
					a |= against[supports.items[k]!]!;
				}
				for (let k = attacks.start[x]!; k < attacks.start[x + 1]!; k++) {
					t |= against[attacks.items[k]!]!;
					a |= towards[attacks.items[k]!]!;
				}
				uTowards |= colour[x] ? a : t;
				uAgainst |= colour[x] ? t : a;
			}
			if (!consistent[c]) uTowards = uAgainst = uTowards | uAgainst;
			for (let s = start[c]!; s < start[c + 1]!; s++) {
				const x = order[s]!;
				towards[x] = colour[x] ? uAgainst : uTowards;
				against[x] = colour[x] ? uTowards : uAgainst;
			}
		}
		return { towards, against };
	};
}

/**
 * Two-colours each component by the signs of the edges inside it, and says which components
 * cannot be: those with a cycle that turns an odd number of times (a self-attack included).
 */
function colours(inf: Influences, attacks: Rows, supports: Rows, turnsItself: Uint8Array) {
	const { order, start, of } = inf.components;
	const n = order.length;
	const colour = new Uint8Array(n);
	const coloured = new Uint8Array(n);
	const consistent = new Uint8Array(start.length - 1).fill(1);
	const queue = new Int32Array(n);
	for (let c = 0; c + 1 < start.length; c++) {
		const root = order[start[c]!]!;
		if (turnsItself[root]) consistent[c] = 0;
		if (start[c + 1]! - start[c]! === 1) continue;
		let head = 0;
		let tail = 0;
		queue[tail++] = root;
		coloured[root] = 1;
		while (head < tail) {
			const x = queue[head++]!;
			if (turnsItself[x]) consistent[c] = 0;
			const visit = (rows: Rows, turn: number) => {
				for (let k = rows.start[x]!; k < rows.start[x + 1]!; k++) {
					const y = rows.items[k]!;
					if (of[y] !== c) continue;
					const expected = colour[x]! ^ turn;
					if (!coloured[y]) {
						coloured[y] = 1;
						colour[y] = expected;
						queue[tail++] = y;
					} else if (colour[y] !== expected) consistent[c] = 0;
				}
			};
			visit(supports, 0);
			visit(inf.supporters, 0);
			visit(attacks, 1);
			visit(inf.attackers, 1);
		}
	}
	return { colour, consistent };
}
