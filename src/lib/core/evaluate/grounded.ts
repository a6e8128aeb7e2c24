/**
 * The grounded labelling: the most sceptical complete labelling, reached by
 * accepting what nothing attacks, rejecting what it attacks, and repeating.
 * Linear in nodes plus attacks.
 */
import type { Framework } from './framework';

export type Label = 'in' | 'out' | 'undecided';

export const UNDECIDED = 0;
export const IN = 1;
export const OUT = 2;

/** One code per node: 1 in, 2 out, 0 undecided (typed array: maps may have tens of thousands of nodes). */
export function groundedCodes(af: Framework): Uint8Array {
	const n = af.ids.length;
	const { start, items } = af.targets;
	const codes = new Uint8Array(n);
	// Attackers of each node that are not yet out: at zero the node is in.
	const live = new Int32Array(n);
	// A node is queued once: when it starts unattacked, or when its last live attacker goes out.
	const queue = new Int32Array(n);
	let tail = 0;
	for (let i = 0; i < n; i++) {
		live[i] = af.attackers.start[i + 1]! - af.attackers.start[i]!;
		if (live[i] === 0) queue[tail++] = i;
	}
	for (let head = 0; head < tail; head++) {
		const x = queue[head]!;
		codes[x] = IN;
		for (let s = start[x]!; s < start[x + 1]!; s++) {
			const y = items[s]!;
			if (codes[y] === OUT) continue;
			codes[y] = OUT;
			for (let t = start[y]!; t < start[y + 1]!; t++) {
				const z = items[t]!;
				live[z]!--;
				if (live[z] === 0 && codes[z] === UNDECIDED) queue[tail++] = z;
			}
		}
	}
	return codes;
}

export const labelOf = (code: number): Label =>
	code === IN ? 'in' : code === OUT ? 'out' : 'undecided';
