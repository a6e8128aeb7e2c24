/**
 * AIF inferences (RA- and S-nodes): a single unopposed premise becomes a
 * support edge; several premises, or an inference that a conflict attacks,
 * become a reconstructed argument.
 */
import { DEFAULT_SCHEMES } from './model';
import type { DraftNode } from '../draft';
import {
	statementKey,
	type AifGraphNode,
	type AifIndex,
	type DraftParts,
	type Note
} from './graph-index';

/** Adds each inference to the draft as a support edge or an argument; malformed ones are noted and skipped. */
export function addInferences(
	inferences: AifGraphNode[],
	attacked: Set<string>,
	index: AifIndex,
	parts: DraftParts,
	note: Note
): void {
	let count = 0;
	// Our export's support of a reconstructed argument: premises → RA → that argument's RA.
	const intoArguments: { premises: string[]; target: string }[] = [];
	for (const ra of inferences) {
		const premises = index.ins(ra.id, 'I');
		const conclusions = index.outs(ra.id, 'I');
		const sTargets = index.outs(ra.id, 'RA', 'S');
		if (premises.length > 0 && conclusions.length === 0 && sTargets.length === 1) {
			intoArguments.push({ premises, target: sTargets[0] as string });
			continue;
		}
		if (premises.length === 0 || conclusions.length !== 1) {
			note(
				'unsupported-inference',
				ra.path,
				`Inference "${ra.id}" has ${premises.length} premises and ${conclusions.length} conclusions; it is skipped.`,
				'An RA needs premises (I → RA) and one conclusion (RA → I).'
			);
			continue;
		}
		const conclusion = conclusions[0] as string;
		// An RA that stood for an argument of ours becomes that argument again, whatever its premises.
		if (premises.length === 1 && !attacked.has(ra.id) && ra.ronten.kind !== 'argument') {
			parts.edges.push({
				from: statementKey(premises[0] as string),
				to: statementKey(conclusion),
				kind: 'supports'
			});
			continue;
		}
		const argument = inferenceArgument(ra, premises, conclusion, ++count);
		parts.anchorOf.set(ra.id, argument.key);
		parts.nodes.push(argument);
	}
	for (const { premises, target } of intoArguments) {
		const argument = parts.anchorOf.get(target);
		if (argument)
			for (const p of premises)
				parts.edges.push({ from: statementKey(p), to: argument, kind: 'supports' });
	}
}

/** The argument node for the `n`th inference that needs one: its premises and conclusion as a reconstruction. */
function inferenceArgument(
	ra: AifGraphNode,
	premises: string[],
	conclusion: string,
	n: number
): DraftNode {
	const rules = schemeRules(ra);
	const recorded = ra.ronten.kind === 'argument' ? ra.ronten : {};
	return {
		key: `ra:${ra.id}`,
		kind: 'argument',
		title: recorded.title ?? `Inference ${n}`,
		text: recorded.text ?? '',
		tags: recorded.tags ?? [],
		...(recorded.section ? { section: recorded.section } : {}),
		pcs: [
			...premises.map((p) => ({ node: statementKey(p), role: 'premise' as const })),
			{
				node: statementKey(conclusion),
				role: 'main-conclusion' as const,
				...(rules ? { inferenceRules: rules } : {})
			}
		]
	};
}

/** The inference's scheme as a rule, unless it is the default one OVA assigns. */
function schemeRules(ra: AifGraphNode): string[] | undefined {
	const scheme = ra.text.trim();
	return scheme && scheme !== DEFAULT_SCHEMES.inference.text && scheme !== 'RA'
		? [scheme]
		: undefined;
}
