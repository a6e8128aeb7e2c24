/**
 * AIF conflicts (CA-nodes). One source and nobody attacking the conflict: an
 * attack edge (a contradiction when two conflicts oppose the same statements
 * both ways), or an undercut when it aims at an inference or a conflict.
 * Several sources, or a conflict that is itself attacked: an argument node
 * (tagged `aif-conflict`) that its sources support and that attacks its target.
 */
import { CONFLICT_TAG } from './model';
import type { EdgeKind } from '../../model';
import type { DraftEdge, DraftNode } from '../draft';
import { shortTitle } from '../shared/titles';
import {
	statementKey,
	type AifGraphNode,
	type AifIndex,
	type DraftParts,
	type Note
} from './graph-index';

/** A conflict that is a single attack from one statement on another. */
interface PlainConflict {
	ca: string;
	from: string;
	to: string;
	/** The relation our export wrote the conflict for, when it was ours. */
	recorded?: EdgeKind;
}

/**
 * Adds the conflicts to the draft. Run after the inferences, so that a
 * conflict aimed at an inference finds its argument node.
 */
export function addConflicts(
	conflicts: AifGraphNode[],
	attacked: Set<string>,
	index: AifIndex,
	parts: DraftParts,
	note: Note
): void {
	const plain = promoteConflicts(conflicts, attacked, index, parts, note);
	aimConflictArguments(conflicts, index, parts);
	addUndercuts(conflicts, index, parts);
	const arguments_ = new Set(parts.nodes.filter((n) => n.kind === 'argument').map((n) => n.key));
	parts.edges.push(...attackEdges(plain, arguments_));
}

/**
 * Gives an argument node to each conflict that is attacked or has several
 * sources, and returns the single attacks between statements. Malformed
 * conflicts are noted and skipped; a plain one aimed at an S-node is left to
 * `addUndercuts`.
 */
function promoteConflicts(
	conflicts: AifGraphNode[],
	attacked: Set<string>,
	index: AifIndex,
	parts: DraftParts,
	note: Note
): PlainConflict[] {
	let count = 0;
	const plain: PlainConflict[] = [];
	for (const ca of conflicts) {
		const sources = index.ins(ca.id, 'I');
		const targets = index.targetsOf(ca.id);
		const target = targets.length === 1 ? (targets[0] as string) : undefined;
		if (
			sources.length === 0 ||
			!target ||
			!['I', 'RA', 'S', 'CA'].includes(index.typeOf(target) ?? '')
		) {
			note(
				'unsupported-conflict',
				ca.path,
				`Conflict "${ca.id}" has ${sources.length} sources and ${targets.length} targets; it is skipped.`,
				'A CA needs a source (I → CA) and one target (CA → I, RA or CA).'
			);
			continue;
		}
		if (sources.length === 1 && !attacked.has(ca.id)) {
			if (index.typeOf(target) === 'I')
				plain.push({
					ca: ca.id,
					from: sources[0] as string,
					to: target,
					...(ca.ronten.relation ? { recorded: ca.ronten.relation } : {})
				});
			continue;
		}
		const argument = conflictArgument(ca, sources, target, ++count, index);
		parts.anchorOf.set(ca.id, argument.key);
		parts.nodes.push(argument);
		for (const s of sources)
			parts.edges.push({ from: statementKey(s), to: argument.key, kind: 'supports' });
	}
	return plain;
}

/** The argument node for the `n`th promoted conflict, its text naming the sources and the target. */
function conflictArgument(
	ca: AifGraphNode,
	sources: string[],
	target: string,
	n: number,
	index: AifIndex
): DraftNode {
	const textOf = (id: string) => index.byId.get(id)?.text ?? '';
	const against = sources.map((s) => `"${shortTitle(textOf(s))}"`).join(' and ');
	return {
		key: `ca:${ca.id}`,
		kind: 'argument',
		title: `Conflict ${n}`,
		text: `${against} against "${shortTitle(textOf(target)) || target}"`,
		tags: [CONFLICT_TAG],
		pcs: []
	};
}

/** Each conflict's argument node attacks its statement or undercuts its S-node, now that every attacked S-node has one. */
function aimConflictArguments(conflicts: AifGraphNode[], index: AifIndex, parts: DraftParts): void {
	for (const ca of conflicts) {
		const key = parts.anchorOf.get(ca.id);
		if (!key) continue;
		const target = index.targetsOf(ca.id)[0] as string;
		const onStatement = index.typeOf(target) === 'I';
		const aimed = onStatement ? statementKey(target) : parts.anchorOf.get(target);
		if (aimed)
			parts.edges.push({ from: key, to: aimed, kind: onStatement ? 'attacks' : 'undercuts' });
	}
}

/** A plain conflict aimed at an S-node that has an argument node: its source undercuts that argument. */
function addUndercuts(conflicts: AifGraphNode[], index: AifIndex, parts: DraftParts): void {
	for (const ca of conflicts) {
		if (parts.anchorOf.has(ca.id)) continue;
		const sources = index.ins(ca.id, 'I');
		const target = index.targetsOf(ca.id)[0];
		if (!target || sources.length !== 1 || index.typeOf(target) === 'I') continue;
		const aimed = parts.anchorOf.get(target);
		if (aimed)
			parts.edges.push({ from: statementKey(sources[0] as string), to: aimed, kind: 'undercuts' });
	}
}

/**
 * Attack edges for the plain conflicts; two that oppose the same pair of statements both ways
 * are one contradiction, unless our export recorded them as two attacks. A conflict recorded as
 * an undercut of a sketched argument (an I-node in AIF) is one again.
 */
function attackEdges(plain: PlainConflict[], argumentKeys: Set<string>): DraftEdge[] {
	const pairs = new Set(
		plain.filter((p) => p.recorded !== 'attacks').map((p) => `${p.from}>${p.to}`)
	);
	const edges: DraftEdge[] = [];
	for (const p of plain) {
		const [from, to] = [statementKey(p.from), statementKey(p.to)];
		if (p.recorded === 'undercuts' && argumentKeys.has(to)) {
			edges.push({ from, to, kind: 'undercuts' });
			continue;
		}
		const mutual = p.recorded !== 'attacks' && pairs.has(`${p.to}>${p.from}`);
		if (mutual && p.to < p.from) continue;
		edges.push({ from, to, kind: mutual ? 'contradicts' : 'attacks' });
	}
	return edges;
}
