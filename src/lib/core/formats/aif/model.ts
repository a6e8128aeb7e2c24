/**
 * What Ronten knows of AIF (the Argument Interchange Format) as AIFdb and OVA
 * write it in JSON. Shared by the AIF exporter and importer.
 */
import type { RontenMapFields, RontenNodeFields } from './ronten-fields';

/** Node types: I information; L locution; S-nodes RA (inference), CA (conflict), MA (rephrase), PA (preference); dialogue TA, YA. */
export type AifNodeType = 'I' | 'L' | 'RA' | 'CA' | 'MA' | 'PA' | 'TA' | 'YA' | 'S';

export interface AifNode {
	nodeID: string;
	text: string;
	type: string;
	timestamp?: string;
	scheme?: string;
	schemeID?: string;
	/** Ours, ignored by other tools: what the node was in the map (see ronten-fields.ts). */
	ronten?: RontenNodeFields;
}

export interface AifEdge {
	edgeID: string;
	fromID: string;
	toID: string;
	formEdgeID?: null;
}

export interface AifLocution {
	nodeID: string;
	personID: string;
	timestamp?: string;
	start?: string | null;
	end?: string | null;
	source?: string | null;
}

export interface AifNodeset {
	/** Ours, ignored by other tools: the map's title, language, question and thesis. */
	ronten?: RontenMapFields;
	nodes: AifNode[];
	edges: AifEdge[];
	locutions: AifLocution[];
}

/** AIFdb's scheme ids for the defaults OVA assigns. */
export const DEFAULT_SCHEMES = {
	inference: { text: 'Default Inference', schemeID: '72' },
	conflict: { text: 'Default Conflict', schemeID: '71' },
	asserting: { text: 'Asserting', schemeID: '74' }
} as const;

/**
 * Tag of an argument node that stands for an AIF conflict (CA) which other
 * conflicts attack: the attacking statements support it, it attacks the target.
 */
export const CONFLICT_TAG = 'aif-conflict';

/** An L-node's text is "Speaker: words" (AIFdb writes " : "); the words are what was said. */
export function splitLocution(text: string): { speaker: string; words: string } {
	const m = /^([^:\n]{1,120}?)\s?:\s([\s\S]*)$/.exec(text);
	return m
		? { speaker: (m[1] as string).trim(), words: m[2] as string }
		: { speaker: '', words: text };
}
