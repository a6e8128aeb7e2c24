/**
 * The reader's annotations of a map: notes, stances and tags on nodes, and
 * highlights of passages in its sources. They belong to the reader, never to
 * the map, and name what they annotate by ids (map, node, source), so that a
 * file taken from one host still fits the same map published on another.
 */

export type Stance = 'agree' | 'disagree' | 'unsure';
export const STANCES: readonly Stance[] = ['agree', 'disagree', 'unsure'];

/**
 * A passage of a source text, as a W3C TextQuoteSelector (exact, prefix,
 * suffix) plus a TextPositionSelector (start, end: UTF-16 offsets).
 */
export interface PassageAnchor {
	exact: string;
	prefix: string;
	suffix: string;
	start: number;
	end: number;
}

/** One version of an annotation: what every annotation holds, without its past. */
interface AnnotationFields {
	/** An IRI (`urn:uuid:…` for those made here); kept as it came for imported ones. */
	id: string;
	/** The id of the map it belongs to. */
	map: string;
	/** ISO 8601 times. */
	created: string;
	modified: string;
	/** Plain text; never read as markup. Empty when there is none. */
	note: string;
	tags: string[];
	/** A deleted annotation stays as a tombstone, so that another tab or an undo can follow. */
	deleted?: true;
}

export interface NodeVersion extends AnnotationFields {
	kind: 'node';
	node: string;
	stance?: Stance;
}

export interface HighlightVersion extends AnnotationFields {
	kind: 'highlight';
	source: string;
	anchor: PassageAnchor;
	/** "This passage bears on …": a node of the map. */
	linked?: string;
}

export type AnnotationVersion = NodeVersion | HighlightVersion;

/** An annotation with the versions it replaced, oldest first (nothing a merge drops is lost). */
export type Annotation = AnnotationVersion & { history?: AnnotationVersion[] };

export type AnnotationKind = Annotation['kind'];

/** The annotation as it is now, without its history. */
export function currentVersion(a: Annotation): AnnotationVersion {
	const { history: _history, ...version } = a;
	return version;
}

/** Whether two versions say the same thing (their times aside). */
export function sameContent(a: AnnotationVersion, b: AnnotationVersion): boolean {
	return equalIgnoring(a, b, TIMES);
}

const TIMES = new Set(['created', 'modified', 'history']);

/** Deep equality of plain JSON values, absent and undefined alike; cheaper than comparing text. */
function equalIgnoring(a: unknown, b: unknown, skip?: ReadonlySet<string>): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a) && Array.isArray(b))
		return a.length === b.length && a.every((x, i) => equalIgnoring(x, b[i]));
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
	for (const k of keys) if (!skip?.has(k) && !equalIgnoring(x[k], y[k])) return false;
	return true;
}

/** JSON with keys sorted and absent values left out, so equal content gives equal text. */
export function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>)
						.filter(([, x]) => x !== undefined)
						.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
				)
			: v
	);
}

/** Live annotations (not deleted), newest first. */
export function newestFirst(list: readonly Annotation[]): Annotation[] {
	return list
		.filter((a) => !a.deleted)
		.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0));
}

/** Whether a node annotation says anything (a note, a stance or a tag). */
export function isEmptyNodeAnnotation(a: NodeVersion): boolean {
	return !a.note.trim() && !a.stance && a.tags.length === 0;
}

/**
 * Tags as a reader types them: trimmed, leading `#` dropped, without repeats or empties. Clean
 * tags come out as they went in: an export read back keeps them (so "## #" is no tag at all,
 * not "#", which a second cleaning would drop).
 */
export function cleanTags(raw: readonly string[]): string[] {
	const seen = new Set<string>();
	for (const t of raw) {
		const tag = t
			.replace(/\s+/g, ' ')
			.replace(/^[#\s]+/, '')
			.slice(0, MAX_TAG)
			.trim();
		if (tag) seen.add(tag);
	}
	return [...seen];
}

/** Limits that keep one annotation (and a file of them) of a sane size. */
export const MAX_NOTE = 20_000;
export const MAX_TAG = 100;
export const MAX_TAGS = 50;
export const MAX_ID = 500;
export const MAX_QUOTE = 20_000;
export const MAX_HISTORY = 50;

/** Nodes the reader annotated (a note, a stance or a tag), deleted ones aside. */
export function annotatedNodes(list: readonly Annotation[]): Set<string> {
	return new Set(list.flatMap((a) => (a.kind === 'node' && !a.deleted ? [a.node] : [])));
}
