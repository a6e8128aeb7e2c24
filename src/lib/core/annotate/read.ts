/**
 * Annotations in: the text of a W3C Web Annotation file (a collection, a page,
 * one annotation or a list of them) → Ronten's annotations, with every problem
 * a located diagnostic. A file with any error yields nothing, so a broken
 * file never half-imports.
 */
import { error, warning, type Diagnostic, type Place, type Staged } from '../diagnostics';
import {
	findExcessDepth,
	parseJsonDocument,
	type JsonDocument
} from '../formats/shared/json-document';
import { cleanTags, STANCES, type Annotation, type Stance } from './model';
import {
	checkAnnotation,
	type ParsedAnnotation,
	type ParsedBody,
	type ParsedSelector,
	type ParsedTarget
} from './schema';
import { readIri } from './targets';

/** 10,000 annotations take about 5 MB; four times that is room enough for any reader. */
export const MAX_FILE_CHARS = 20_000_000;
export const MAX_ANNOTATIONS = 100_000;
const EPOCH = new Date(0).toISOString();

type Path = (string | number)[];

/** Reads a file's text. Every annotation names its map; the caller decides which ones fit. */
export function readAnnotations(text: string, file: string): Staged<Annotation[]> {
	const fail = (d: Diagnostic): Staged<Annotation[]> => ({ value: [], diagnostics: [d] });
	if (text.length > MAX_FILE_CHARS)
		return fail(
			error(
				'file-too-large',
				file,
				{ line: 1, column: 1 },
				`The file has ${text.length.toLocaleString('en')} characters; at most ${MAX_FILE_CHARS.toLocaleString('en')} are read.`,
				'Export fewer annotations per file, or split the file.'
			)
		);
	const parsed = parseLazily(text.replace(/^\uFEFF/, ''), file);
	if (!parsed.value) return { value: [], diagnostics: parsed.diagnostics };
	const doc = parsed.value;
	const found = itemsOf(doc, file);
	if ('error' in found) return fail(found.error);
	if (found.items.length > MAX_ANNOTATIONS)
		return fail(
			error(
				'too-many-annotations',
				file,
				doc.placeOf(found.base),
				`The file holds ${found.items.length} annotations; at most ${MAX_ANNOTATIONS} are read.`,
				'Split the file.'
			)
		);
	const diagnostics: Diagnostic[] = [];
	const value: Annotation[] = [];
	const seen = new Set<string>();
	found.items.forEach((item, i) => {
		const path = found.single ? found.base : [...found.base, i];
		const read = readOne(item, path, doc, file);
		diagnostics.push(...read.diagnostics);
		if (!read.value) return;
		value.push(read.value);
		// Merged as two versions of one annotation: the newer is kept, the other in its history.
		if (seen.has(read.value.id))
			diagnostics.push(
				warning(
					'duplicate-id',
					file,
					doc.placeOf([...path, 'id']),
					`Another annotation of the file has the id "${read.value.id}": the two are taken as versions of one, the newer kept.`,
					'Give each annotation its own id if they are different notes.'
				)
			);
		seen.add(read.value.id);
	});
	const errors = diagnostics.filter((d) => d.severity === 'error');
	// A long list of the same mistake helps no one: the first 20 say enough.
	const shown = [
		...errors.slice(0, 20),
		...diagnostics.filter((d) => d.severity !== 'error').slice(0, 20)
	];
	if (errors.length > 20)
		shown.push(
			error(
				'more-errors',
				file,
				{ line: 1, column: 1 },
				`${errors.length - 20} more errors.`,
				'Fix the ones above first.'
			)
		);
	return { value: errors.length ? [] : value, diagnostics: shown };
}

function itemsOf(
	doc: JsonDocument,
	file: string
): { items: unknown[]; base: Path; single?: true } | { error: Diagnostic } {
	const root = doc.value;
	if (Array.isArray(root)) return { items: root, base: [] };
	const type = isObject(root) ? root.type : undefined;
	// One annotation is the whole file: its place is the root, not the first of a list.
	if (type === 'Annotation') return { items: [root], base: [], single: true };
	if (type === 'AnnotationPage' && isObject(root)) return list(root.items, ['items']);
	if (type === 'AnnotationCollection' && isObject(root)) {
		if (root.first === undefined && root.total === 0) return { items: [], base: [] };
		if (!isObject(root.first))
			return {
				error: error(
					'page-not-included',
					file,
					doc.placeOf(['first']),
					'The collection does not include its first page of annotations.',
					'Export the collection with its annotations in it: pages given only by address are not fetched.'
				)
			};
		return list(root.first.items, ['first', 'items']);
	}
	return {
		error: error(
			'not-annotations',
			file,
			doc.placeOf(isObject(root) ? ['type'] : []),
			'The file is not a W3C Web Annotation file: its type is not Annotation, AnnotationPage or AnnotationCollection.',
			'Choose a file made by "Export annotations", or another W3C Web Annotation file.'
		)
	};

	function list(
		items: unknown,
		base: Path
	): { items: unknown[]; base: Path } | { error: Diagnostic } {
		if (Array.isArray(items)) return { items, base };
		return {
			error: error(
				'no-annotation-list',
				file,
				doc.placeOf(base),
				'The page has no list of annotations (its items).',
				'Give the annotations as a list in "items".'
			)
		};
	}
}

/**
 * Places in the text are wanted only when something is wrong, and the tree
 * that gives them costs several times the parse: it is built on first use.
 */
function parseLazily(text: string, file: string): Staged<JsonDocument | null> {
	let value: unknown;
	try {
		if (findExcessDepth(text)) return parseJsonDocument(text, file);
		value = JSON.parse(text);
	} catch {
		return parseJsonDocument(text, file);
	}
	let full: JsonDocument | null | undefined;
	return {
		value: {
			value,
			placeOf: (path) =>
				(full ??= parseJsonDocument(text, file).value)?.placeOf(path) ?? { line: 1, column: 1 }
		},
		diagnostics: []
	};
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

function readOne(
	item: unknown,
	path: Path,
	doc: JsonDocument,
	file: string
): { value?: Annotation; diagnostics: Diagnostic[] } {
	const at = (sub: Path): Place => doc.placeOf([...path, ...sub]);
	const checked = checkAnnotation(item);
	if (!checked.ok)
		return {
			diagnostics: checked.problems.map((p) =>
				error('invalid-annotation', file, at(p.path), p.message, HINT)
			)
		};
	const a = checked.value;
	const diagnostics: Diagnostic[] = [];
	const fault = (sub: Path, code: string, message: string, hint: string) =>
		diagnostics.push(error(code, file, at(sub), message, hint));
	const created = iso(a.created ?? a.modified ?? EPOCH);
	const modified = iso(a.modified ?? a.created ?? EPOCH);
	const bodies = readBodies(a, (sub, message) =>
		diagnostics.push(
			warning(
				'body-ignored',
				file,
				at(sub),
				message,
				'It is left out; the rest of the annotation is read.'
			)
		)
	);
	if (bodies.stance === null)
		fault(
			['body'],
			'unknown-stance',
			'A body with purpose "assessing" is not agree, disagree or unsure.',
			'Use one of the three stances.'
		);
	const targetPath: Path = Array.isArray(a.target) ? ['target', 0] : ['target'];
	const target = (Array.isArray(a.target) ? a.target[0] : a.target) as ParsedTarget;
	const base = { id: a.id, created, modified, note: bodies.note, tags: cleanTags(bodies.tags) };
	if (typeof target === 'string') {
		const ids = readIri(target);
		if (!ids?.map || ids.node === undefined) {
			fault(
				targetPath,
				'unknown-target',
				'The target is not the address of a node of a map (…/MAP/?node=NODE).',
				FOREIGN_HINT
			);
			return { diagnostics };
		}
		if (bodies.linked !== undefined)
			diagnostics.push(
				warning(
					'body-ignored',
					file,
					at(['body']),
					'A note on a node links to no other node.',
					'The link is left out.'
				)
			);
		const stance = bodies.stance ?? undefined;
		const value: Annotation = {
			kind: 'node',
			map: ids.map,
			node: ids.node,
			...base,
			...(stance ? { stance } : {})
		};
		return {
			value: diagnostics.some((d) => d.severity === 'error') ? undefined : value,
			diagnostics
		};
	}
	const ids = readIri(target.source);
	if (!ids?.map || ids.source === undefined) {
		fault(
			[...targetPath, 'source'],
			'unknown-target',
			'The target is not the address of a source of a map (…/MAP/?view=source&source=SOURCE).',
			FOREIGN_HINT
		);
		return { diagnostics };
	}
	const selectors = (
		Array.isArray(target.selector) ? target.selector : [target.selector]
	) as ParsedSelector[];
	const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
	const position = selectors.find((s) => s.type === 'TextPositionSelector');
	if (!quote) {
		fault(
			[...targetPath, 'selector'],
			'no-quote',
			'A passage of a source needs a TextQuoteSelector (its exact words).',
			HINT
		);
		return { diagnostics };
	}
	if (bodies.stance)
		diagnostics.push(
			warning(
				'body-ignored',
				file,
				at(['body']),
				'A highlight takes no stance.',
				'The stance is left out.'
			)
		);
	const value: Annotation = {
		kind: 'highlight',
		map: ids.map,
		source: ids.source,
		anchor: {
			exact: quote.exact,
			prefix: quote.prefix ?? '',
			suffix: quote.suffix ?? '',
			start: position?.start ?? -1,
			end: position?.end ?? -1
		},
		...base,
		...(bodies.linked !== undefined ? { linked: bodies.linked } : {})
	};
	return {
		value: diagnostics.some((d) => d.severity === 'error') ? undefined : value,
		diagnostics
	};
}

const HINT = 'Fix the annotation at this place, or leave it out of the file.';
/** An address that is no map's is most often an annotation of another page, made by another tool. */
const FOREIGN_HINT =
	'Ronten reads annotations made on its own maps (exported with "Export annotations"); this one points at another page or was made by another tool. Leave it out of the file.';

/** Our own times are compared as text, so every time is written the same way. */
const iso = (s: string) => new Date(Date.parse(s)).toISOString();

interface Bodies {
	note: string;
	/** null: a stance that is none of ours. */
	stance: Stance | null | undefined;
	tags: string[];
	linked?: string;
}

function readBodies(a: ParsedAnnotation, ignored: (path: Path, message: string) => void): Bodies {
	const list: ParsedBody[] = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
	const notes: string[] = a.bodyValue !== undefined ? [a.bodyValue] : [];
	const out: Bodies = { note: '', stance: undefined, tags: [] };
	list.forEach((b, i) => {
		const where = Array.isArray(a.body) ? ['body', i] : ['body'];
		if (b.type === 'SpecificResource') {
			const node = readIri(b.source)?.node;
			if (node === undefined) ignored(where, 'A linked resource is not a node of a map.');
			else out.linked = node;
			return;
		}
		switch (b.purpose) {
			case undefined:
			case 'commenting':
			case 'describing':
			case 'replying':
				notes.push(b.value);
				return;
			case 'assessing':
				out.stance = (STANCES as readonly string[]).includes(b.value) ? (b.value as Stance) : null;
				return;
			case 'tagging':
				out.tags.push(b.value);
				return;
			default:
				ignored(where, `A body with purpose "${b.purpose.slice(0, 40)}" is not read.`);
		}
	});
	out.note = notes.join('\n\n');
	return out;
}
