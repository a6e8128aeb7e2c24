/**
 * The table of commands: what `--help` says about each, and where its code
 * is. The code is imported only when the command runs, so the help, and every
 * command, starts without loading what the others need.
 */
import type { Command } from '../context';

const MAP: readonly [string, string] = [
	'MAP',
	'a map id (a file name in arguments/ without its extension) or a path to an .argdown file'
];
const JSON_FLAG = (what: string): readonly [string, string] => ['--json', what];
const FORCE: readonly [string, string] = [
	'--force',
	'replace files that already exist (never without it)'
];

export const commands: readonly Command[] = [
	{
		name: 'validate',
		usage: 'ronten validate [MAP|FOLDER…]',
		summary: 'Compile maps (default: the arguments folder) and print every diagnostic.',
		options: [
			MAP,
			['FOLDER', 'every map directly inside a folder; with neither, the arguments folder'],
			['', 'each diagnostic reads FILE:LINE:COLUMN SEVERITY CODE MESSAGE, then its hint'],
			['', 'the count of errors and warnings goes to standard error']
		],
		examples: ['ronten validate', 'ronten validate japan-nato', 'ronten validate drafts/'],
		load: () => import('./validate').then((m) => m.validate)
	},
	{
		name: 'list',
		usage: 'ronten list [--json]',
		summary: 'List the maps in the arguments folder, with their counts.',
		options: [
			JSON_FLAG('one object per map: id, title, language, the counts, whether it has errors')
		],
		examples: ['ronten list', 'ronten list --json'],
		load: () => import('./list').then((m) => m.list)
	},
	{
		name: 'search',
		usage: 'ronten search MAP QUERY [--json] [--limit N]',
		summary: 'Full-text search over a map; each hit names the positions it bears on.',
		options: [
			MAP,
			['QUERY', 'words; "a phrase" matches word for word; a typo still finds its word'],
			['', '-word leaves out nodes with that word: give such words after --'],
			JSON_FLAG('[{id, kind, title, text, score, positions}], best first'),
			['--limit N', 'at most N hits (default 10)']
		],
		examples: [
			'ronten search japan-nato "artillery shells"',
			'ronten search japan-nato -- deterrence -europe'
		],
		load: () => import('./search').then((m) => m.search)
	},
	{
		name: 'trace',
		usage: 'ronten trace MAP NODE [--json]',
		summary: 'What supports and contests a node, and its chains up to each position.',
		options: [
			MAP,
			['NODE', 'a node id (as search prints it) or a node title'],
			JSON_FLAG('the supporters, contesters, the tree as flat branches, and the chains')
		],
		examples: [
			'ronten trace japan-nato it-cuts-both-ways',
			'ronten trace japan-nato "Japan first"'
		],
		load: () => import('./trace').then((m) => m.trace)
	},
	{
		name: 'evaluate',
		usage: 'ronten evaluate MAP [--json] [--why NODE] [--base NODE=VALUE …] [--reject NODE …]',
		summary:
			'Which claims stand: grounded and preferred verdicts, strengths, unanswered objections.',
		options: [
			MAP,
			JSON_FLAG('grounded, preferred, acceptance, strength, explanations, unanswered, whatIf'),
			['--why NODE', 'why NODE is in, out or undecided, and what moved its strength most'],
			['--base NODE=VALUE', 'what-if: NODE starts from base score VALUE (0 to 1); repeatable'],
			['--reject NODE', 'what-if: NODE is out, and what needs it falls with it; repeatable'],
			[
				'',
				'NODE is a node id or title; a what-if never changes the map (docs/adr/0005-evaluation.md)'
			]
		],
		examples: [
			'ronten evaluate japan-nato',
			'ronten evaluate japan-nato --why turn-to-air-power',
			'ronten evaluate japan-nato --reject complementarity --json'
		],
		load: () => import('./evaluate').then((m) => m.evaluate)
	},
	{
		name: 'compare',
		usage: 'ronten compare REFERENCE STUDENT [--json]',
		summary: "Compare a student's map with a reference map: coverage, missing, extra, reversed.",
		options: [
			['REFERENCE', 'the reference map: a map id or a path to an .argdown file'],
			['STUDENT', 'a map id, an .argdown path, or an AIF, Kialo or Ronten JSON file (imported)'],
			JSON_FLAG(
				'{matched: [{reference, student, score, reasons}], missing, extra, conflicts, coverage, …}'
			),
			['', 'coverage is weighted by kind; matching and its precision are in docs/compare.md']
		],
		examples: [
			'ronten compare japan-nato student.argdown',
			'ronten compare japan-nato debate.txt --json'
		],
		load: () => import('./compare').then((m) => m.compare)
	},
	{
		name: 'export',
		usage: 'ronten export MAP --format FORMAT [-o FILE] [--force]',
		summary: 'Write a map in another format to standard output or a file.',
		options: [
			MAP,
			['-f, --format', 'json, argdown, aif, graphml, dot or html (see docs/formats.md)'],
			['', 'html is one file: the viewer with the map, for reading offline or from disk'],
			['-o, --output FILE', 'write FILE, all or nothing, instead of standard output'],
			FORCE
		],
		examples: [
			'ronten export japan-nato --format json -o japan-nato.json',
			'ronten export japan-nato --format dot | dot -Tsvg > japan-nato.svg',
			'ronten export japan-nato --format html -o japan-nato.html'
		],
		load: () => import('./export').then((m) => m.exportCommand)
	},
	{
		name: 'import',
		usage: 'ronten import FILE [--from aif|kialo|json] [-o arguments/NAME.argdown] [--force]',
		summary:
			'Turn an AIF, Kialo or Ronten JSON file into an Argdown map (to standard output or a file).',
		options: [
			[
				'FILE',
				'an AIF .json (AIFdb, OVA3, xAIF), a Kialo .txt export, or a map ronten exported as json'
			],
			['--from FORMAT', 'aif, kialo or json; detected from the file when left out'],
			['-o, --output FILE', 'write the map there, with the source texts it quotes beside it'],
			FORCE
		],
		examples: [
			'ronten import debate.txt -o arguments/debate.argdown',
			'ronten import analysis.json --from aif'
		],
		load: () => import('./import').then((m) => m.importCommand)
	},
	{
		name: 'annotations',
		usage: 'ronten annotations check FILE [--map MAP] [--json]',
		summary: "Check a reader's W3C annotation file, and where its notes land in a map.",
		options: [
			['FILE', 'a W3C Web Annotation file (.jsonld or .json) as the viewer exports it'],
			['--map MAP', 'also say which annotations anchor exactly, moved, fuzzily or are orphaned'],
			JSON_FLAG('{count, maps, anchors: [{id, kind, on, quote, status}], statuses}'),
			['', 'exit 1 when the file cannot be read (each problem with its line and JSON path)']
		],
		examples: [
			'ronten annotations check student.annotations.jsonld',
			'ronten annotations check student.annotations.jsonld --map japan-nato'
		],
		load: () => import('./annotations').then((m) => m.annotations)
	}
];
