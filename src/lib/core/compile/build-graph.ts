/**
 * Argdown model → Ronten nodes and edges. Equivalence classes become
 * positions, claims or evidence; arguments keep their premise–conclusion
 * structure; relations become typed edges (see docs/relations.md).
 */
import {
	IArgument,
	IEquivalenceClass,
	type IArgdownResponse,
	type IConclusion,
	type IRelation,
	type IStatement,
	type RelationMember
} from '@argdown/core';
import { error, type Diagnostic, type Staged } from '../diagnostics';
import type { EdgeKind, MapEdge, MapNode, PcsStep, SourceLocation } from '../model';
import { createIdAllocator } from '../text/slug';
import { readBaseScore } from './base-score';

export const POSITION_TAG = 'position';

/** A statement that claims to be evidence, before its quote is anchored. */
export interface PendingEvidence {
	nodeId: string;
	source: unknown;
	quote: unknown;
}

export interface BuiltGraph {
	nodes: MapNode[];
	edges: MapEdge[];
	evidence: PendingEvidence[];
}

const relationKinds: Record<string, EdgeKind> = {
	support: 'supports',
	entails: 'supports',
	attack: 'attacks',
	undercut: 'undercuts',
	contrary: 'contradicts',
	contradictory: 'contradicts'
};

/** How an Argdown relation type maps onto our edge kinds. */
export const edgeKindOf = (relationType: string): EdgeKind | undefined =>
	relationKinds[relationType];

export function buildGraph(response: IArgdownResponse, file: string): Staged<BuiltGraph> {
	const diagnostics: Diagnostic[] = [];
	const allocate = createIdAllocator();
	const ecIds = new Map<string, string>();
	const argumentIds = new Map<string, string>();
	const nodes: MapNode[] = [];
	const evidence: PendingEvidence[] = [];

	const ecs = Object.values(response.statements ?? {});
	const args = Object.values(response.arguments ?? {});
	// Ids are handed out in source order so that they stay stable as a map grows at its end.
	for (const ec of sortBySource(ecs, (ec) => firstMember(ec.members)))
		ecIds.set(ec.title ?? '', allocate(ec.title ?? ''));
	for (const a of sortBySource(args, (a) => firstMember(a.members) ?? a.pcs[0]))
		argumentIds.set(a.title ?? '', allocate(a.title ?? ''));

	for (const ec of sortBySource(ecs, (ec) => firstMember(ec.members))) {
		const id = ecIds.get(ec.title ?? '') as string;
		const member = IEquivalenceClass.getCanonicalMember(ec) ?? ec.members[0];
		const text = (member?.text ?? '').trim();
		const location = locationOf(member, file);
		const tags = [...(ec.tags ?? [])];
		const data = (ec.data ?? {}) as Record<string, unknown>;
		const score = readBaseScore(data, ec.title ?? id, location);
		diagnostics.push(...score.diagnostics);
		const base = {
			id,
			title: ec.title ?? id,
			text,
			tags,
			section: member?.section?.title,
			...(score.value !== undefined ? { base: score.value } : {}),
			location
		};
		if (!text) diagnostics.push(emptyStatement(base.title, location, 'statement'));
		if ('source' in data || 'quote' in data) {
			evidence.push({ nodeId: id, source: data.source, quote: data.quote });
			const quote = {
				source: String(data.source ?? ''),
				exact: '',
				prefix: '',
				suffix: '',
				start: -1,
				end: -1
			};
			// A thesis may quote its source too; it stays a position.
			nodes.push({ ...base, kind: tags.includes(POSITION_TAG) ? 'position' : 'evidence', quote });
		} else {
			nodes.push({ ...base, kind: tags.includes(POSITION_TAG) ? 'position' : 'claim' });
		}
	}

	for (const a of args) {
		const id = argumentIds.get(a.title ?? '') as string;
		const member = IArgument.getCanonicalMember(a);
		const text = (IArgument.getCanonicalMemberText(a) ?? '').trim();
		const location = locationOf(member ?? a.members[0] ?? a.pcs[0], file);
		const pcs: PcsStep[] = a.pcs.map((s) => pcsStep(s, ecIds));
		if (!text && pcs.length === 0)
			diagnostics.push(emptyStatement(a.title ?? id, location, 'argument'));
		const score = readBaseScore((a.data ?? {}) as Record<string, unknown>, a.title ?? id, location);
		diagnostics.push(...score.diagnostics);
		nodes.push({
			id,
			kind: 'argument',
			title: a.title ?? id,
			text,
			tags: [...(a.tags ?? [])],
			section: (member ?? a.members[0])?.section?.title,
			location,
			...(score.value !== undefined ? { base: score.value } : {}),
			pcs
		});
	}

	const idOf = (m: RelationMember | undefined): string | undefined => {
		if (!m) return undefined;
		if (m.type === 'equivalence-class') return ecIds.get(m.title ?? '');
		if (m.type === 'argument') return argumentIds.get(m.title ?? '');
		return argumentIds.get(m.argumentTitle ?? '');
	};
	const edges = new EdgeSet();
	for (const r of response.relations ?? []) addRelation(edges, r, idOf);
	for (const node of nodes) {
		if (node.kind !== 'argument') continue;
		for (const step of node.pcs) {
			if (step.role === 'main-conclusion') edges.add(node.id, step.node, 'supports', 'conclusion');
			else edges.add(step.node, node.id, 'supports', 'premise');
		}
	}
	return { value: { nodes, edges: edges.list(), evidence }, diagnostics };
}

function addRelation(
	edges: EdgeSet,
	r: IRelation,
	idOf: (m: RelationMember | undefined) => string | undefined
) {
	const kind = edgeKindOf(r.relationType);
	const from = idOf(r.from);
	const to = idOf(r.to);
	if (!kind || !from || !to || from === to) return;
	edges.add(from, to, kind, 'relation', r.relationType);
}

/** Keeps one edge per (from, kind, to); a symmetric relation is one edge whichever way it was written. */
class EdgeSet {
	private byId = new Map<string, MapEdge>();
	add(from: string, to: string, kind: EdgeKind, origin: MapEdge['origin'], argdownType?: string) {
		const [a, b] = kind === 'contradicts' && to < from ? [to, from] : [from, to];
		const id = `${a}--${kind}--${b}`;
		if (this.byId.has(id)) return;
		this.byId.set(id, {
			id,
			from: a,
			to: b,
			kind,
			origin,
			...(argdownType ? { argdownType } : {})
		});
	}
	list(): MapEdge[] {
		return [...this.byId.values()];
	}
}

function pcsStep(s: IStatement, ecIds: Map<string, string>): PcsStep {
	const role =
		s.role === 'main-conclusion' || s.role === 'intermediary-conclusion' ? s.role : 'premise';
	const rules = (s as IConclusion).inference?.inferenceRules?.filter(Boolean);
	return {
		node: ecIds.get(s.title ?? '') ?? '',
		role,
		...(rules && rules.length ? { inferenceRules: rules } : {})
	};
}

function firstMember<T extends { isReference?: boolean }>(members: T[]): T | undefined {
	return members.find((m) => !m.isReference) ?? members[0];
}

function sortBySource<T>(
	items: T[],
	anchor: (item: T) => { startOffset?: number; startLine?: number } | undefined
): T[] {
	const key = (item: T) => anchor(item)?.startOffset ?? (anchor(item)?.startLine ?? Infinity) * 1e6;
	return [...items].sort((a, b) => key(a) - key(b));
}

function locationOf(
	m: { startLine?: number; startColumn?: number; endLine?: number; endColumn?: number } | undefined,
	file: string
): SourceLocation {
	const line = m?.startLine ?? 1;
	const column = m?.startColumn ?? 1;
	return { file, line, column, endLine: m?.endLine ?? line, endColumn: m?.endColumn ?? column };
}

function emptyStatement(
	title: string,
	location: SourceLocation,
	what: 'statement' | 'argument'
): Diagnostic {
	return error(
		what === 'statement' ? 'empty-statement' : 'empty-argument',
		location.file,
		location,
		`The ${what} "${title}" has no text.`,
		what === 'statement'
			? `Define it once with its text: [${title}]: …`
			: `Describe it (<${title}>: …) or reconstruct it with numbered premises and a conclusion.`
	);
}
