/**
 * The `ronten` command line: one small file per command, listed here.
 * Exit codes: 0 success, 1 the map has errors, 2 a usage error.
 */
import { resolve } from 'node:path';
import { UsageError, type CliContext, type Command } from './context';
import { validate } from './commands/validate';
import { list } from './commands/list';
import { search } from './commands/search';
import { trace } from './commands/trace';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';

const commands: readonly Command[] = [validate, list, search, trace, exportCommand, importCommand];

function help(): string {
	const lines = commands.map((c) => `  ${c.usage.padEnd(48)} ${c.summary}`);
	return [
		'Usage: ronten COMMAND [ARGS]',
		'',
		'Commands:',
		...lines,
		'',
		'MAP is a map id (a file stem in arguments/) or a path to an .argdown file.'
	].join('\n');
}

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
	if (!name || name === 'help' || name === '--help' || name === '-h') {
		(name ? ctx.out : ctx.err)(help());
		return name ? 0 : 2;
	}
	const command = commands.find((c) => c.name === name);
	if (!command) {
		ctx.err(`Unknown command "${name}".\n\n${help()}`);
		return 2;
	}
	try {
		return await command.run(args, ctx);
	} catch (e) {
		if (e instanceof UsageError) {
			ctx.err(`${e.message}\nUsage: ${command.usage}`);
			return 2;
		}
		// Never a stack trace: say what failed and how to report it.
		ctx.err(`ronten ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}
