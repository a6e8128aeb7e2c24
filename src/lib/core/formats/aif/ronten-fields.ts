/**
 * What our AIF export adds to AIF so that a map comes back whole: a `ronten`
 * member on the nodeset (the map's title, language, question and thesis) and
 * on nodes (the node's id, kind, title, tags and section, and the description
 * of a reconstructed argument; on the S-node of a
 * relation, which relation it was). AIF tools ignore members they do not
 * know. The importer reads each field only when it is present and well
 * formed, so foreign AIF, or a damaged field, imports as plain AIF does.
 */
import * as v from 'valibot';
import { NODE_KINDS, type EdgeKind, type NodeKind } from '../../model';

/** The member name on the nodeset and on nodes. */
export const RONTEN_FIELD = 'ronten';

export interface RontenMapFields {
	title?: string;
	language?: string;
	question?: string;
	/** The id (as `RontenNodeFields.id`) of the map's main position. */
	thesis?: string;
}

export interface RontenNodeFields {
	/** The node's id in the map, on the I-node (or the RA of a reconstructed argument). */
	id?: string;
	kind?: NodeKind;
	title?: string;
	/** The description of a reconstructed argument, which its RA's text (the scheme) cannot hold. */
	text?: string;
	tags?: string[];
	section?: string;
	/** On the RA or CA written for a relation: which one, so that attacks both ways stay two attacks. */
	relation?: EdgeKind;
}

const EDGE_KINDS: readonly EdgeKind[] = ['supports', 'attacks', 'undercuts', 'contradicts'];

// Each field is checked on its own: one bad field drops only itself.
const fieldSchemas = {
	id: v.pipe(v.string(), v.nonEmpty()),
	kind: v.picklist(NODE_KINDS),
	title: v.pipe(v.string(), v.nonEmpty()),
	text: v.string(),
	language: v.pipe(v.string(), v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)),
	question: v.pipe(v.string(), v.nonEmpty()),
	thesis: v.pipe(v.string(), v.nonEmpty()),
	tags: v.array(v.string()),
	section: v.pipe(v.string(), v.nonEmpty()),
	relation: v.picklist(EDGE_KINDS)
} as const;

function pick<K extends keyof typeof fieldSchemas>(raw: unknown, keys: readonly K[]) {
	const out: Partial<{ [P in K]: v.InferOutput<(typeof fieldSchemas)[P]> }> = {};
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
	for (const key of keys) {
		if (!Object.hasOwn(raw, key)) continue;
		const r = v.safeParse(fieldSchemas[key], (raw as Record<string, unknown>)[key]);
		if (r.success) out[key] = r.output as never;
	}
	return out;
}

/** The map's fields from the nodeset's `ronten` member; empty for foreign AIF. */
export const readMapFields = (raw: unknown): RontenMapFields =>
	pick(raw, ['title', 'language', 'question', 'thesis'] as const);

/** A node's fields from its `ronten` member; empty for foreign AIF. */
export const readNodeFields = (raw: unknown): RontenNodeFields =>
	pick(raw, ['id', 'kind', 'title', 'text', 'tags', 'section', 'relation'] as const);
