#!/usr/bin/env node
// The CLI is TypeScript compiled ahead of time into dist/cli/ (`npm install`
// builds it). A checkout whose sources changed since is rebuilt first, in
// about a second, so the command never runs code older than its sources.
import { pathToFileURL } from 'node:url';
import { buildCli, readBuild } from '../scripts/build-cli.js';

// A reader who closes the pipe (`ronten search … | head`) has seen enough:
// leave quietly instead of dying on EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr])
	stream.on('error', (/** @type {NodeJS.ErrnoException} */ e) =>
		process.exit(e.code === 'EPIPE' ? 0 : 1)
	);

const entry = await compiled();
if (entry) {
	const { main } = await import(pathToFileURL(entry).href);
	process.exitCode = await main(process.argv.slice(2));
}

/** The compiled entry, rebuilt when stale; undefined (and a message) when there is none. */
async function compiled() {
	const last = readBuild();
	if (last?.fresh) return last.entry;
	try {
		return (await buildCli()).entry;
	} catch (e) {
		// A source that does not compile is the reader's to fix: show where, run nothing stale.
		const errors = /** @type {{ errors?: import('esbuild').Message[] }} */ (e).errors;
		if (errors?.length) return void failed(errors.map(describe).join('\n'));
		// No esbuild (installed without dev dependencies) or a read-only folder: the last build
		// still serves; with none, say how to make one.
		if (last) return last.entry;
		const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
		failed(
			`ronten is not built and could not be built here (${why}).\nRun npm install (or node scripts/build-cli.js) in the Ronten folder.`
		);
	}
}

/** @param {string} message */
function failed(message) {
	process.stderr.write(message + '\n');
	process.exitCode = 1;
}

/** @param {import('esbuild').Message} m */
function describe(m) {
	const at = m.location ? `${m.location.file}:${m.location.line}:${m.location.column + 1} ` : '';
	return `${at}error ${m.text} (ronten could not be rebuilt from its sources)`;
}
