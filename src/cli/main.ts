/**
 * The `ronten` command line: one small file per command, listed in
 * `commands/index.ts` and loaded only when it runs. Exit codes: 0 done, 1 the
 * input has errors, 2 a usage error (the rule is in `help.ts`).
 */
import { resolve } from 'node:path';
import { didYouMean } from '../lib/core/text/suggest';
import { UsageError, type CliContext, type Command } from './context';
import { commands } from './commands';
import { commandHelp, generalHelp } from './help';

/** Runs one command line and resolves to its exit code (0, 1 or 2). */
export async function main(argv: string[], partial: Partial<CliContext> = {}): Promise<number> {
	const cwd = partial.cwd ?? process.cwd();
	const streams = orderedStreams();
	const ctx: CliContext = {
		cwd,
		mapsDir: partial.mapsDir ?? process.env.RONTEN_MAPS ?? resolve(cwd, 'arguments'),
		out: partial.out ?? streams.out,
		err: partial.err ?? streams.err
	};
	try {
		return await run(argv, ctx);
	} finally {
		await streams.flushed();
	}
}

/**
 * Standard output and error, written in the order the command wrote to them.
 * Once a pipe is full, Node queues what is written to it, while a write to
 * the other stream may still go out at once: whoever reads both (`2>&1`, a
 * terminal behind a pager) would see the summary on stderr overtake the
 * diagnostics on stdout, even in the middle of a line. So each line waits
 * until the one before it has been handed to the system.
 */
function orderedStreams() {
	let last = Promise.resolve();
	const writer = (stream: NodeJS.WritableStream) => (text: string) => {
		last = last.then(
			() => new Promise<void>((done) => void stream.write(text + '\n', () => done()))
		);
	};
	return { out: writer(process.stdout), err: writer(process.stderr), flushed: () => last };
}

async function run(argv: string[], ctx: CliContext): Promise<number> {
	const [name, ...args] = argv;
	if (!name) {
		ctx.err(generalHelp(commands));
		return 2;
	}
	if (name === '--help' || name === '-h' || name === 'help') {
		const topic = name === 'help' ? args[0] : undefined;
		if (!topic) {
			ctx.out(generalHelp(commands));
			return 0;
		}
		return helpOn(topic, ctx);
	}
	const command = commands.find((c) => c.name === name);
	if (!command) return unknownCommand(name, ctx);
	if (asksForHelp(args)) {
		ctx.out(commandHelp(command));
		return 0;
	}
	try {
		const runner = await command.load();
		return await runner.run(args, ctx);
	} catch (e) {
		if (e instanceof UsageError) {
			ctx.err(`${e.message}\nUsage: ${command.usage} (more: ronten ${name} --help)`);
			return 2;
		}
		// Never a stack trace: say what failed and how to report it.
		ctx.err(`ronten ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}

/** `--help` or `-h` anywhere before `--` (after it, a word is a word: a query may say "-h"). */
function asksForHelp(args: string[]): boolean {
	const end = args.indexOf('--');
	return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

function helpOn(topic: string, ctx: CliContext): number {
	const command = commands.find((c) => c.name === topic);
	if (!command) return unknownCommand(topic, ctx);
	ctx.out(commandHelp(command));
	return 0;
}

function unknownCommand(name: string, ctx: CliContext): number {
	const names = commands.map((c: Command) => c.name);
	const hint = didYouMean(name, names) || ` The commands are ${names.join(', ')}.`;
	ctx.err(`Unknown command "${name}".${hint}\nMore: ronten --help`);
	return 2;
}
