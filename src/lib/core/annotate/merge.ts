/**
 * Merging two versions of the same annotation, for an import and for two tabs
 * writing at once: the newer `modified` wins and the other is kept in its
 * history. The result does not depend on the order the versions arrive in,
 * so every tab and every import ends with the same annotation.
 */
import {
	canonical,
	currentVersion,
	MAX_HISTORY,
	sameContent,
	type Annotation,
	type AnnotationVersion
} from './model';

export type MergeOutcome = 'added' | 'updated' | 'skipped' | 'restored';

export interface MergeSummary {
	added: number;
	updated: number;
	/** Already there, or older than what is stored (then kept in its history). */
	skipped: number;
	/** Deleted here, and brought back by the import (see `mergeImport`). */
	restored?: number;
	/** Annotations of another map, left out. */
	otherMap: number;
}

/** Whether `a` is the newer of two versions; equal times are settled by content, the same way everywhere. */
export function isNewer(a: AnnotationVersion, b: AnnotationVersion): boolean {
	if (a.modified !== b.modified) return a.modified > b.modified;
	return canonical(a) > canonical(b);
}

/** One annotation merged into what is stored under its id. */
export function mergeOne(
	stored: Annotation | undefined,
	incoming: Annotation
): { value: Annotation; outcome: MergeOutcome } {
	if (!stored) return { value: incoming, outcome: 'added' };
	const a = currentVersion(stored);
	const b = currentVersion(incoming);
	const same = a.modified === b.modified && sameContent(a, b);
	const [winner, loser] = same || !isNewer(b, a) ? [a, b] : [b, a];
	const past = [...(stored.history ?? []), ...(incoming.history ?? [])];
	if (!same) past.push(loser);
	const history = distinctHistory(past, winner);
	const value: Annotation = history.length ? { ...winner, history } : winner;
	const outcome: MergeOutcome = same || winner === a ? 'skipped' : 'updated';
	return { value, outcome };
}

/** Versions once each, oldest first, without the current one; the newest MAX_HISTORY are kept. */
function distinctHistory(
	versions: readonly AnnotationVersion[],
	current: AnnotationVersion
): AnnotationVersion[] {
	if (!versions.length) return [];
	const seen = new Set([canonical(current)]);
	const out: AnnotationVersion[] = [];
	for (const v of versions) {
		const key = canonical(v);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(v);
	}
	out.sort((x, y) => (isNewer(x, y) ? 1 : isNewer(y, x) ? -1 : 0));
	return out.slice(-MAX_HISTORY);
}

/**
 * An import: each incoming annotation of this map merged with the stored one
 * of its id. Returns only what changed (to be written) and the summary.
 *
 * One exception to "the newer wins": an annotation deleted here comes back when the file
 * holds it. A reader importing a backup wants back what it holds; the deletion stays in its
 * history, and the restored version is dated `now` (the import is an edit made now), so
 * that tabs merging by time keep it.
 */
export function mergeImport(
	stored: ReadonlyMap<string, Annotation>,
	incoming: readonly Annotation[],
	mapId: string,
	now: string
): { changed: Annotation[]; summary: MergeSummary } {
	const summary: MergeSummary = { added: 0, updated: 0, skipped: 0, otherMap: 0 };
	const result = new Map<string, Annotation>();
	for (const a of incoming) {
		if (a.map !== mapId) {
			summary.otherMap++;
			continue;
		}
		const before = result.get(a.id) ?? stored.get(a.id);
		const restored = before && restore(before, a, now);
		if (restored) {
			summary.restored = (summary.restored ?? 0) + 1;
			result.set(a.id, restored);
			continue;
		}
		const { value, outcome } = mergeOne(before, a);
		summary[outcome as Exclude<MergeOutcome, 'restored'>]++;
		// A version only sent to history still changes what is stored.
		const grew = (value.history?.length ?? 0) !== (before?.history?.length ?? 0);
		if (outcome !== 'skipped' || grew) result.set(a.id, value);
	}
	return { changed: [...result.values()], summary };
}

/**
 * `incoming` brought back over a deletion that would otherwise win: null unless what is
 * stored is deleted and stays so by `mergeOne`, and `incoming` is not.
 */
function restore(stored: Annotation, incoming: Annotation, now: string): Annotation | null {
	const gone = currentVersion(stored);
	const back = currentVersion(incoming);
	if (!gone.deleted || back.deleted || mergeOne(stored, incoming).outcome !== 'skipped')
		return null;
	const after = new Date(Date.parse(gone.modified) + 1).toISOString();
	const version = { ...back, modified: now > after ? now : after };
	const history = distinctHistory(
		[...(stored.history ?? []), gone, ...(incoming.history ?? []), back],
		version
	);
	return history.length ? { ...version, history } : version;
}

/** The summary as one sentence. */
export function describeSummary(s: MergeSummary): string {
	const parts = [`${s.added} added`, `${s.updated} updated`, `${s.skipped} skipped`];
	if (s.restored) parts.push(`${s.restored} restored (deleted here)`);
	if (s.otherMap) parts.push(`${s.otherMap} left out (another map)`);
	return parts.join(', ') + '.';
}
