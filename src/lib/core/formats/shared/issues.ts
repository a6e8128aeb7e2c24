/**
 * Schema issues (valibot) as diagnostics at their JSON path: a few per item,
 * so that one broken item does not drown the others.
 */
import type * as v from 'valibot';

/** Reports a problem at a JSON path. */
export type Fail = (path: (string | number)[], message: string, hint: string) => void;

/** Reports the first three issues of one item, each at the path of the value it is about. */
export function reportIssues(
	issues: readonly v.BaseIssue<unknown>[],
	at: (string | number)[],
	fail: Fail,
	hint: string
): void {
	for (const issue of issues.slice(0, 3)) {
		const keys = (issue.path ?? []).map((p) => p.key as string | number);
		const where = keys.length ? `"${keys.join('.')}"` : 'the item';
		const message =
			issue.received === 'undefined' ? `${where} is missing.` : `${where}: ${issue.message}.`;
		fail([...at, ...keys], message, hint);
	}
}
