/**
 * Anchoring a map's annotations again a little at a time, so that opening a
 * map with thousands of them never holds up its page. Most answer at once (a
 * node note, a passage still at its old place); only the rest search their
 * source, each in its turn, as long as the caller's slice of time lasts. An
 * annotation not yet anchored has no answer at all, never "orphaned".
 */
import { anchorAtOnce, anchorOne, type AnchorTargets, type Anchored } from './anchor';
import type { Annotation } from './model';

/** How many cheap answers are given between two looks at the clock. */
const CHEAP_STRIDE = 64;

export class Reanchoring {
	/**
	 * Answers by record: a record is replaced, never changed in place, when the reader or
	 * another tab changes it, so an answer holds as long as its record is in the list.
	 */
	private known = new WeakMap<Annotation, Anchored>();
	private list: readonly Annotation[] = [];
	/** Not yet tried, the oldest first, so that the newest comes off the end first. */
	private untried: Annotation[] = [];
	/** Tried, and in need of a search, the newest first; those before `searched` are done. */
	private toSearch: Annotation[] = [];
	private searched = 0;

	constructor(private readonly targets: AnchorTargets) {}

	/** Takes the list as it is now; what it holds that has no answer yet waits for `work`. */
	update(list: readonly Annotation[]): void {
		this.list = list;
		this.untried = list.filter((a) => !this.known.has(a)).reverse();
		this.toSearch = [];
		this.searched = 0;
	}

	/** How many annotations of the list have no answer yet. */
	get pending(): number {
		return this.untried.length + this.toSearch.length - this.searched;
	}

	/**
	 * Anchors what waits, the cheap answers first, until `timeLeft()` (ms) runs out; at least
	 * one annotation is anchored per call, so the work always ends. True when nothing waits.
	 */
	work(timeLeft: () => number): boolean {
		let done = 0;
		while (this.untried.length) {
			const a = this.untried.pop() as Annotation;
			const answer = anchorAtOnce(a, this.targets);
			if (answer) this.known.set(a, answer);
			else this.toSearch.push(a);
			if (++done % CHEAP_STRIDE === 0 && timeLeft() <= 0) return false;
		}
		// In the list's order (the newest first), so that what a reader sees first comes first.
		while (this.searched < this.toSearch.length) {
			if (done++ > 0 && timeLeft() <= 0) return false;
			const a = this.toSearch[this.searched++] as Annotation;
			this.known.set(a, anchorOne(a, this.targets));
		}
		return true;
	}

	/** Where each annotation of the list lands, by id, for those anchored so far. */
	anchors(): Map<string, Anchored> {
		const out = new Map<string, Anchored>();
		for (const a of this.list) {
			const answer = this.known.get(a);
			if (answer) out.set(a.id, answer);
		}
		return out;
	}
}
