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
	const codes = new Uint8Array(n);
	// Attackers of each node that are not yet out: at zero the node is in.
	const live = new Int32Array(n);
	const queue: number[] = [];
	for (let i = 0; i < n; i++) {
		live[i] = af.attackers[i]!.length;
		if (live[i] === 0) queue.push(i);
	}
	for (let head = 0; head < queue.length; head++) {
		const x = queue[head]!;
		codes[x] = IN;
		for (const y of af.targets[x]!) {
			if (codes[y] === OUT) continue;
			codes[y] = OUT;
			for (const z of af.targets[y]!) {
				live[z]!--;
				if (live[z] === 0 && codes[z] === UNDECIDED) queue.push(z);
			}
		}
	}
	return codes;
}

export const labelOf = (code: number): Label =>
	code === IN ? 'in' : code === OUT ? 'out' : 'undecided';
