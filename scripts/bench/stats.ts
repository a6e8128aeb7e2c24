/** Small helpers for timing: percentiles and a fixed-width table. */
export function percentile(samples: number[], p: number): number {
	const sorted = [...samples].sort((a, b) => a - b);
	const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[i] ?? NaN;
}

export const median = (samples: number[]) => percentile(samples, 50);

export function time<T>(fn: () => T): { ms: number; value: T } {
	const start = performance.now();
	const value = fn();
	return { ms: performance.now() - start, value };
}

export function table(rows: Record<string, string | number>[]): string {
	if (rows.length === 0) return '';
	const keys = Object.keys(rows[0] as object);
	const cells = rows.map((r) => keys.map((k) => String(r[k])));
	const widths = keys.map((k, i) =>
		Math.max(k.length, ...cells.map((c) => (c[i] as string).length))
	);
	const line = (values: string[]) =>
		'| ' + values.map((v, i) => v.padStart(widths[i] as number)).join(' | ') + ' |';
	return [
		line(keys),
		'|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|',
		...cells.map(line)
	].join('\n');
}

export const fmt = (ms: number) =>
	ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);

/** A ratio's median with its range over interleaved runs: `1.21 [1.10–1.40]`. */
export const spread = (ratios: number[]) =>
	`${median(ratios).toFixed(2)} [${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}]`;
