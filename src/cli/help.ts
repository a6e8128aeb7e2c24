/** The text of `ronten --help` and `ronten COMMAND --help`, from the table of commands. */
import type { Command } from './context';

/** One rule for every command; the README says the same. */
export const EXIT_STATUS = [
	'Exit status:',
	'  0  done',
	'  1  the input has errors: a map that does not compile, a file that cannot be imported or written',
	'  2  a usage error: the command line names something that is not there (a command, option,',
	'     map, node, file or format) or leaves out something the command needs'
];

/** The overview: every command with its usage and summary. */
export function generalHelp(commands: readonly Command[]): string {
	return [
		'Usage: ronten COMMAND [ARGS]',
		'',
		'Commands:',
		...commands.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
		'',
		'MAP is a map id (a file name in arguments/ without its extension) or a path to an .argdown file.',
		'"ronten COMMAND --help" tells more about a command.',
		'',
		...EXIT_STATUS
	].join('\n');
}

/** One command: usage, what it does, its arguments and options, examples. */
export function commandHelp(command: Command): string {
	const width = Math.max(0, ...command.options.map(([name]) => name.length));
	const options = command.options.map(([name, meaning]) =>
		`  ${name.padEnd(width)}  ${meaning}`.trimEnd()
	);
	return [
		`Usage: ${command.usage}`,
		'',
		command.summary,
		...(options.length ? ['', ...options] : []),
		'',
		'Examples:',
		...command.examples.map((e) => `  ${e}`),
		'',
		...EXIT_STATUS
	].join('\n');
}
