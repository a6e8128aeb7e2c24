/** What every command gets: where maps live, and where to write. */
export interface CliContext {
	cwd: string;
	/** The default folder of maps (`arguments/`). */
	mapsDir: string;
	out: (text: string) => void;
	err: (text: string) => void;
}

/** A wrong invocation: reported with the usage line and exit code 2. */
export class UsageError extends Error {}

export interface Command {
	name: string;
	usage: string;
	summary: string;
	run(args: string[], ctx: CliContext): number | Promise<number>;
}
