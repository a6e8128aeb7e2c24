/**
 * How fast `ronten` starts: `ronten --help` and `ronten validate` of the
 * reference map, each against a bare `node -e 0` (Node's own start, the floor
 * of any command). The three are run in rounds, in an order that turns each
 * round, so a busy moment of the machine weighs on every side alike; each
 * ratio is read round by round and reported with its spread.
 * Prints figures; asserts nothing. Alone: `npx tsx scripts/bench/cli.ts`.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmt, median, spread, table } from './stats';

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 15);
const root = process.cwd();
const bin = join(root, 'bin', 'ronten.js');

const sides = {
	'node -e 0': ['-e', '0'],
	'ronten --help': [bin, '--help'],
	'ronten validate japan-nato': [bin, 'validate', 'japan-nato']
};
type Side = keyof typeof sides;
const GOALS: Partial<Record<Side, number>> = {
	'ronten --help': 6,
	'ronten validate japan-nato': 15
};

function runMs(side: Side): number {
	const start = performance.now();
	const r = spawnSync(process.execPath, sides[side], { cwd: root, stdio: 'ignore' });
	const ms = performance.now() - start;
	if (r.status !== 0) throw new Error(`${side} exited ${r.status}`);
	return ms;
}

/** The start-up table: each side's median, and each command's ratio to a bare Node. */
export function cliStartFigures(runs = RUNS): string {
	const names = Object.keys(sides) as Side[];
	// One untimed round: it rebuilds the CLI if a source changed and warms the file cache.
	for (const side of names) runMs(side);
	const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<Side, number[]>;
	const ratios = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<
		Side,
		number[]
	>;
	for (let i = 0; i < runs; i++) {
		const round = new Map<Side, number>();
		for (const side of i % 2 === 0 ? names : [...names].reverse()) round.set(side, runMs(side));
		const bare = round.get('node -e 0') as number;
		for (const side of names) {
			times[side].push(round.get(side) as number);
			ratios[side].push((round.get(side) as number) / bare);
		}
	}
	const rows = names.map((side) => ({
		process: side,
		'median ms': fmt(median(times[side])),
		'ratio to node -e 0, median [min–max]': side === 'node -e 0' ? '1' : spread(ratios[side]),
		goal: GOALS[side] ? `≤ ${GOALS[side]}` : ''
	}));
	return [
		`CLI start: ${runs} interleaved rounds, order turned each round (Node ${process.version})`,
		'',
		table(rows)
	].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
	console.log(cliStartFigures());
