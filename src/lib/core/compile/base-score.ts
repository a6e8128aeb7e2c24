/**
 * The author's base score of a node, Argdown data `{base: 0.8}`: a number in
 * [0, 1] that gradual evaluation starts from. Anything else is reported where
 * the node is written, and the node keeps the default.
 */
import { error, type Diagnostic } from '../diagnostics';
import type { SourceLocation } from '../model';

export interface BaseScore {
	/** The score, when the data names a valid one. */
	value?: number;
	diagnostics: Diagnostic[];
}

/** Reads `base` from a node's Argdown data; absent data is no score and no diagnostic. */
export function readBaseScore(
	data: Record<string, unknown>,
	title: string,
	location: SourceLocation
): BaseScore {
	if (!('base' in data)) return { diagnostics: [] };
	const raw = data.base;
	// YAML reads `0.8` as a number but `"0.8"` as a string: both mean the same to an author.
	const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1)
		return { value, diagnostics: [] };
	const shown = typeof raw === 'string' ? `"${raw}"` : (JSON.stringify(raw) ?? String(raw));
	const notNumber = typeof value !== 'number' || !Number.isFinite(value);
	return {
		diagnostics: [
			error(
				'invalid-base-score',
				location.file,
				location,
				notNumber
					? `The base score of "${title}" is ${shown}, not a number.`
					: `The base score of "${title}" is ${shown}, outside 0 to 1.`,
				'Write a number from 0 (no confidence) to 1 (full confidence), e.g. {base: 0.8}, or leave it out for the default 0.5.'
			)
		]
	};
}
