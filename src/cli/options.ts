/** Argument parsing on top of node:util's parseArgs, with usage errors instead of exceptions. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './context';

export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(
	args: string[],
	options: T
) {
	try {
		return parseArgs({ args, options, allowPositionals: true, strict: true });
	} catch (e) {
		throw new UsageError(e instanceof Error ? e.message : String(e));
	}
}

export function positiveInteger(value: string | undefined, name: string, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1)
		throw new UsageError(`${name} must be a positive whole number, not "${value}".`);
	return n;
}
