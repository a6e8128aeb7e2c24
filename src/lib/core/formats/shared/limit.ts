/**
 * Diagnostics of an importer, at most a few of each code: a file that is not
 * what it claims to be (or a huge one) would otherwise get one for every line
 * or item, which helps nobody and can exhaust memory. The rest are counted.
 */
import { diagnostic, type Diagnostic, type Place } from '../../diagnostics';

/** Diagnostics of one code listed one by one; the rest are counted in one more. */
export const MAX_PER_CODE = 20;

export interface LimitedDiagnostics {
	push(d: Diagnostic): void;
	/** Whether any error was pushed, listed or not. */
	hasErrors(): boolean;
	/** The listed diagnostics, then one per code past the limit saying how many more there were. */
	done(): Diagnostic[];
}

export function limitedDiagnostics(max = MAX_PER_CODE): LimitedDiagnostics {
	const listed: Diagnostic[] = [];
	const counts = new Map<string, number>();
	const firstUnlisted = new Map<string, Diagnostic>();
	let errors = false;
	return {
		push(d) {
			errors ||= d.severity === 'error';
			const count = (counts.get(d.code) ?? 0) + 1;
			counts.set(d.code, count);
			if (count <= max) listed.push(d);
			else if (count === max + 1) firstUnlisted.set(d.code, d);
		},
		hasErrors: () => errors,
		done() {
			const more = [...firstUnlisted].map(([code, d]) => {
				const total = counts.get(code) as number;
				const place: Place = {
					line: d.line,
					column: d.column,
					...(d.offset !== undefined ? { offset: d.offset } : {}),
					...(d.path ? { path: d.path } : {})
				};
				return diagnostic(
					d.severity,
					code,
					d.file,
					place,
					`${total - max} more ${code} problems are not listed (${total} in all).`,
					`Fix the ${max} listed first, then import again to see the rest.`
				);
			});
			return [...listed, ...more];
		}
	};
}
