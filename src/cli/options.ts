/** Argument parsing on top of node:util's parseArgs, with usage errors instead of exceptions. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { didYouMean } from '../lib/core/text/suggest';
import { UsageError } from './context';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<T extends Options>(args: string[], options: T) {
	try {
		return parseArgs({ args, options, allowPositionals: true, strict: true });
	} catch (e) {
		const code = (e as { code?: string }).code;
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw unknownOption(args, options, e);
		throw new UsageError(e instanceof Error ? e.message : String(e));
	}
}

/**
 * Node's own message names the option with an unbalanced quote and a long
 * aside; ours names what was typed, the option meant, and how to give a word
 * that begins with "-" (a search query's exclusion).
 */
function unknownOption(args: string[], options: Options, e: unknown): UsageError {
	const named = /'(-[^']*)'/.exec(e instanceof Error ? e.message : '')?.[1] ?? '';
	const typed =
		args.find(
			(a) =>
				a === named ||
				a.startsWith(named + '=') ||
				(!named.startsWith('--') && !a.startsWith('--') && a.startsWith(named))
		) ?? named;
	const known = [...Object.keys(options).map((name) => `--${name}`), '--help'];
	const flag = typed.split('=')[0] as string;
	// "-japan" is more likely a word than an option: say how to give it as one.
	const asWord = typed.startsWith('--')
		? ''
		: ` A word that begins with "-" goes after "--", as in: -- ${typed}`;
	return new UsageError(`Unknown option "${typed}".${didYouMean(flag, known)}${asWord}`);
}

export function positiveInteger(value: string | undefined, name: string, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1)
		throw new UsageError(`${name} must be a positive whole number, not "${value}".`);
	return n;
}
