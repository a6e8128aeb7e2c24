/**
 * The evaluation's part of the URL: `evaluate=1` (the layer is on),
 * `reject=a,b` and `base=a:0.8,b:0.3` (a what-if). View state only: the map
 * is never changed, and a reload or a shared link shows the same hypothesis.
 */

export interface WhatIfUrl {
	/** The Evaluate layer is on. */
	evaluate?: boolean;
	/** Nodes the reader supposes rejected. */
	reject?: string[];
	/** Base scores the reader supposes, by node id. */
	base?: Record<string, number>;
}

/** Reads the evaluation's parameters; malformed entries are dropped, scores kept inside [0, 1]. */
export function readWhatIfUrl(params: URLSearchParams): WhatIfUrl {
	const out: WhatIfUrl = {};
	if (params.get('evaluate') === '1') out.evaluate = true;
	const reject = (params.get('reject') ?? '').split(',').filter(Boolean);
	if (reject.length) out.reject = [...new Set(reject)];
	const base: Record<string, number> = Object.create(null);
	for (const entry of (params.get('base') ?? '').split(',')) {
		// The score follows the last colon, so an id may itself hold one.
		const at = entry.lastIndexOf(':');
		if (at <= 0) continue;
		const value = Number(entry.slice(at + 1));
		if (entry.slice(at + 1).trim() === '' || !Number.isFinite(value)) continue;
		base[entry.slice(0, at)] = Math.min(1, Math.max(0, value));
	}
	if (Object.keys(base).length) out.base = { ...base };
	return out;
}

/** Writes what is set, in a stable order, so equal what-ifs give equal links. */
export function writeWhatIfUrl(set: (key: string, value: string) => void, state: WhatIfUrl) {
	if (state.evaluate) set('evaluate', '1');
	if (state.reject?.length) set('reject', [...state.reject].sort().join(','));
	const base = Object.entries(state.base ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	if (base.length) set('base', base.map(([id, v]) => `${id}:${roundScore(v)}`).join(','));
}

/** Scores in steps of 0.01: what the slider sets, and short in a link. */
export function roundScore(value: number): number {
	return Math.round(value * 100) / 100;
}
