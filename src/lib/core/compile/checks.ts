/** Whole-map checks that need the finished graph. */
import { error, warning, type Diagnostic, type Staged } from '../diagnostics';
import type { ArgumentMap, MapNode } from '../model';
import { locateKey } from './front-matter';
import type { BearingIndex } from '../graph/bearing';
import { placeOf, type WrittenText } from '../argdown/tokens';

/** Every node should bear on some position; otherwise the reader cannot place it in the debate. */
export function checkBearing(nodes: MapNode[], bearing: BearingIndex, file: string): Diagnostic[] {
	if (nodes.length === 0) return [];
	if (!nodes.some((n) => n.kind === 'position')) {
		return [
			warning(
				'no-positions',
				file,
				{ line: 1, column: 1 },
				'The map has no position, so no node can be traced to one.',
				'Tag the main theses with #position.'
			)
		];
	}
	return nodes
		.filter((n) => (bearing.get(n.id) ?? []).length === 0)
		.map((n) =>
			warning(
				'off-position',
				file,
				n.location,
				`"${n.title}" bears on no position.`,
				'Relate it (+, -, _) to a node that leads to a #position, or tag it #position.'
			)
		);
}

/** At most this many missing titles are named in one message. */
const NAMED = 10;

/**
 * Every statement and argument the text writes must be in the map. Where
 * Argdown reported a syntax error or too deep a nesting, that error already
 * says why something is missing; anywhere else a loss is a bug, ours or
 * Argdown's, and is reported rather than passed over.
 */
export function checkNothingLost(
	written: WrittenText,
	clean: boolean,
	nodes: MapNode[],
	file: string
): Diagnostic[] {
	if (!clean) return [];
	if (nodes.length === 0 && written.firstStatement) {
		return [
			error(
				'map-not-read',
				file,
				written.firstStatement,
				'Argdown read nothing from this file, although it holds statements from here on.',
				'Please report this map as a bug; meanwhile, look near this line for a construct that Argdown cannot read.'
			)
		];
	}
	// Titles are unique within each kind, so counting the nodes found among the written
	// titles tells whether any is missing without building sets on large maps.
	let found = 0;
	for (const n of nodes)
		if ((n.kind === 'argument' ? written.arguments : written.statements).has(n.title)) found++;
	if (found === written.statements.size + written.arguments.size) return [];
	const kept = { statements: new Set<string>(), arguments: new Set<string>() };
	for (const n of nodes) (n.kind === 'argument' ? kept.arguments : kept.statements).add(n.title);
	const missing = (['statements', 'arguments'] as const)
		.flatMap((kind) =>
			[...written[kind]]
				.filter(([title]) => !kept[kind].has(title))
				.map(([title, token]) => ({ token, name: bracketed(kind, shorten(title)) }))
		)
		.sort((a, b) => a.token.startOffset - b.token.startOffset);
	const first = missing[0];
	if (!first) return [];
	const names = missing.slice(0, NAMED).map((m) => m.name);
	const more = missing.length > NAMED ? ` and ${missing.length - NAMED} more` : '';
	const count = missing.length === 1 ? 'One node' : `${missing.length} nodes`;
	return [
		error(
			'internal-loss',
			file,
			placeOf(first.token),
			`${count} written in the file went missing from the map: ${names.join(', ')}${more}.`,
			'Please report this map as a bug; renaming the missing statements may work around it until it is fixed.'
		)
	];
}

const shorten = (title: string) => (title.length > 60 ? `${title.slice(0, 59)}…` : title);
const bracketed = (kind: 'statements' | 'arguments', title: string) =>
	kind === 'arguments' ? `<${title}>` : `[${title}]`;

/** A map without a single statement is most likely a mistake: the wrong file, or one not written yet. */
export function checkNotEmpty(written: WrittenText, nodes: MapNode[], file: string): Diagnostic[] {
	if (nodes.length > 0 || written.firstStatement) return [];
	return [
		warning(
			'empty-map',
			file,
			{ line: 1, column: 1 },
			'The map holds no statements.',
			'Write statements below the front matter, for example "[Title]: A thesis. #position".'
		)
	];
}

/**
 * The front matter's `thesis` names the map's main position by id. A thesis that names no
 * node, or a node that is not a position, is an error at the `thesis:` line; the map keeps no
 * thesis then.
 */
export function checkThesis(
	map: Pick<ArgumentMap, 'thesis' | 'nodes'>,
	fileText: string,
	file: string
): Staged<boolean> {
	if (!map.thesis) return { value: false, diagnostics: [] };
	const node = map.nodes.find((n) => n.id === map.thesis);
	if (node?.kind === 'position') return { value: true, diagnostics: [] };
	const at = locateKey(fileText, ['thesis']);
	const positions = map.nodes.filter((n) => n.kind === 'position').map((n) => n.id);
	const message = node
		? `The thesis "${map.thesis}" is a ${node.kind}, not a position.`
		: `The thesis "${map.thesis}" names no node of the map.`;
	const hint = positions.length
		? `Name one of the positions by its id: ${positions.join(', ')}.`
		: 'Tag the main thesis #position and name it here by its id.';
	return { value: false, diagnostics: [error('unknown-thesis', file, at, message, hint)] };
}
