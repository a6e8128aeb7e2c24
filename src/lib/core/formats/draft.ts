/**
 * A map as a file format hands it over, before it is written as Argdown:
 * nodes keyed by whatever the format uses, no ids, no locations, quotes not
 * yet anchored. Importers build one; the Argdown writer turns it into text
 * that compiles back into an ordinary map.
 */
import {
	quoteOf,
	type ArgumentMap,
	type EdgeKind,
	type NodeKind,
	type PcsRole,
	type SourceDocument
} from '../model';

/** A source as the front matter declares it: everything but its text. */
export type DraftSource = Omit<SourceDocument, 'text'>;

/** The declaration of a source, with its optional fields only where they are set. */
export function sourceDeclaration(s: DraftSource): DraftSource {
	const { id, title, author, publisher, date, url, file } = s;
	return {
		id,
		title,
		...(author ? { author } : {}),
		...(publisher ? { publisher } : {}),
		...(date ? { date } : {}),
		...(url ? { url } : {}),
		...(file ? { file } : {})
	};
}

export interface DraftPcsStep {
	node: string;
	role: PcsRole;
	inferenceRules?: string[];
}

export interface DraftNode {
	/** Unique within the draft; edges and premise–conclusion steps refer to it. */
	key: string;
	kind: NodeKind;
	title: string;
	text: string;
	tags: string[];
	section?: string;
	/** Evidence (and a position that quotes its source): the source id and the words quoted. */
	quote?: { source: string; exact: string };
	/** The author's base score in [0, 1], for evaluation (Argdown data `{base: 0.8}`). */
	base?: number;
	/** Arguments only: the reconstruction, empty when sketched. */
	pcs?: DraftPcsStep[];
}

export interface DraftEdge {
	from: string;
	to: string;
	kind: EdgeKind;
}

export interface DraftMap {
	title: string;
	language: string;
	/** The question at issue, in one sentence. */
	question?: string;
	/** The key of the map's main position. */
	thesis?: string;
	sources: DraftSource[];
	nodes: DraftNode[];
	/** Only relations an author writes; premise–conclusion edges follow from `pcs`. */
	edges: DraftEdge[];
	/** Lines of commentary for the head of the file (what was read, what was dropped). */
	comments?: string[];
}

/** A compiled map as a draft, so that it can be written back as Argdown or into other formats. */
export function draftFromMap(map: ArgumentMap): DraftMap {
	return {
		title: map.title,
		language: map.language,
		...(map.question ? { question: map.question } : {}),
		...(map.thesis ? { thesis: map.thesis } : {}),
		sources: map.sources.map(sourceDeclaration),
		nodes: map.nodes.map((n) => ({
			key: n.id,
			kind: n.kind,
			title: n.title,
			text: n.text,
			tags: n.tags,
			...(n.section ? { section: n.section } : {}),
			...(quoteOf(n) ? { quote: { source: quoteOf(n)!.source, exact: quoteOf(n)!.exact } } : {}),
			...(n.base !== undefined ? { base: n.base } : {}),
			...(n.kind === 'argument' ? { pcs: n.pcs.map((s) => ({ ...s })) } : {})
		})),
		edges: map.edges
			.filter((e) => e.origin === 'relation')
			.map(({ from, to, kind }) => ({ from, to, kind }))
	};
}
