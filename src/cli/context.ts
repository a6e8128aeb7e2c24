/** What every command gets (where maps live, where to write), and what a command is. */
export interface CliContext {
	cwd: string;
	/** The default folder of maps (`arguments/`). */
	mapsDir: string;
	out: (text: string) => void;
	err: (text: string) => void;
}

/**
 * A wrong invocation: the command line names something that is not there or
 * leaves something out. Reported with the usage line and exit code 2.
 */
export class UsageError extends Error {}

/** What a command does, loaded only when it runs (it brings the compiler, lunr and the rest). */
export interface Runner {
	run(args: string[], ctx: CliContext): number | Promise<number>;
}

/**
 * A command as the help shows it. Everything but `load` is plain text, so
 * `ronten --help` and `ronten COMMAND --help` load none of the commands.
 */
export interface Command {
	name: string;
	usage: string;
	summary: string;
	/** Arguments and options with what they mean, as `[name, meaning]`. */
	options: readonly (readonly [string, string])[];
	examples: readonly string[];
	load(): Promise<Runner>;
}
