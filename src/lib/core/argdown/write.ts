/**
 * Draft → Argdown text in our conventions (docs/authoring.md): front matter
 * with the sources, positions tagged #position, evidence with `{source, quote}`
 * data, and each node defined once, nested under what it supports or attacks
 * where the map is a tree, so that the file reads like one an author wrote.
 */
import yaml from 'js-yaml';
import type { EdgeKind } from '../model';
import type { DraftEdge, DraftMap, DraftNode } from '../formats/draft';
import { slugify } from '../text/slug';
import { escapeText, safeTitle, tagText, yamlString } from './escape';

const RELATION_SYMBOL: Record<EdgeKind, string> = {
	supports: '+',
	attacks: '-',
	undercuts: '_',
	contradicts: '><'
};

/**
 * Deeper trees are cut into top-level blocks: indentation past this helps no reader, and
 * Argdown's parser gives up on nesting a few hundred levels deep.
 */
const MAX_NESTING = 24;

export interface WrittenArgdown {
	text: string;
	/** The title each node key was written under (titles must be unique and Argdown-safe). */
	titles: Map<string, string>;
}

export function writeArgdown(draft: DraftMap): WrittenArgdown {
	const titles = uniqueTitles(draft.nodes);
	const byKey = new Map(draft.nodes.map((n) => [n.key, n]));
	const incoming = new Map<string, DraftEdge[]>();
	for (const e of draft.edges) {
		if (!byKey.has(e.from) || !byKey.has(e.to) || e.from === e.to) continue;
		const list = incoming.get(e.to) ?? [];
		list.push(e);
		incoming.set(e.to, list);
	}
	const ref = (n: DraftNode) => {
		const t = titles.get(n.key) as string;
		return n.kind === 'argument' ? `<${t}>` : `[${t}]`;
	};
	const written = new Set<string>();
	const lines: string[] = [];

	const definition = (n: DraftNode): string => {
		const parts = [ref(n)];
		if (n.text.trim()) parts[0] += ': ' + escapeText(n.text);
		const tags = [...n.tags];
		if (n.kind === 'position' && !tags.includes('position')) tags.push('position');
		for (const t of tags) {
			const tag = tagText(t);
			if (tag) parts.push(tag);
		}
		const data: string[] = [];
		if ((n.kind === 'evidence' || n.kind === 'position') && n.quote)
			data.push(`source: ${yamlString(n.quote.source)}`, `quote: ${yamlString(n.quote.exact)}`);
		if (n.base !== undefined && Number.isFinite(n.base)) data.push(`base: ${n.base}`);
		if (data.length) parts.push(`{${data.join(', ')}}`);
		return parts.join(' ');
	};

	// Each node is defined once; its incoming relations are listed under that definition.
	// An explicit stack of open blocks, each with the index of its next relation, keeps this a loop.
	const writeBlock = (top: DraftNode) => {
		written.add(top.key);
		lines.push(definition(top));
		const open = [{ n: top, depth: 0, next: 0 }];
		while (open.length > 0) {
			const block = open[open.length - 1]!;
			const edges = incoming.get(block.n.key) ?? [];
			if (block.next >= edges.length) {
				open.pop();
				continue;
			}
			const e = edges[block.next++]!;
			const child = byKey.get(e.from) as DraftNode;
			const line = '  '.repeat(block.depth + 1) + RELATION_SYMBOL[e.kind] + ' ';
			const nest =
				!written.has(child.key) && block.depth < MAX_NESTING && child.section === block.n.section;
			if (nest) {
				written.add(child.key);
				lines.push(line + definition(child));
				open.push({ n: child, depth: block.depth + 1, next: 0 });
			} else lines.push(line + ref(child));
		}
	};

	lines.push(...frontMatter(draft, titles), '');
	for (const c of draft.comments ?? []) lines.push(`// ${c.replace(/[\r\n]+/g, ' ')}`);
	if (draft.comments?.length) lines.push('');

	for (const section of sectionsInOrder(draft.nodes)) {
		const inSection = draft.nodes.filter((n) => n.section === section);
		if (section !== undefined) lines.push(`# ${escapeText(section) || 'Section'}`, '');
		// Tops first (what supports nothing else in this section), positions before the rest.
		const supportsInSection = new Set(
			draft.edges
				.filter((e) => byKey.get(e.to)?.section === section && e.from !== e.to)
				.map((e) => e.from)
		);
		const order = [
			...inSection.filter((n) => n.kind === 'position'),
			...inSection.filter((n) => n.kind !== 'position' && !supportsInSection.has(n.key)),
			...inSection
		];
		for (const n of order) {
			if (written.has(n.key)) continue;
			writeBlock(n);
			lines.push('');
		}
		for (const n of inSection) {
			if (n.kind !== 'argument' || !n.pcs?.length) continue;
			lines.push(ref(n), '', ...pcsLines(n, byKey, titles), '');
		}
	}
	// Argdown cannot parse a file of front matter and comments alone; a heading makes an empty map.
	if (draft.nodes.length === 0) lines.push(`# ${escapeText(draft.title) || 'Empty map'}`);
	return {
		text:
			lines
				.join('\n')
				.replace(/\n{3,}/g, '\n\n')
				.trimEnd() + '\n',
		titles
	};
}

function pcsLines(
	n: DraftNode,
	byKey: Map<string, DraftNode>,
	titles: Map<string, string>
): string[] {
	const out: string[] = [];
	(n.pcs ?? []).forEach((step, i) => {
		if (step.role !== 'premise') {
			const rules = (step.inferenceRules ?? [])
				.map((r) => escapeText(r.replace(/[,{}]/g, ' ').replace(/-{2,}/g, '-')))
				.filter(Boolean);
			out.push(rules.length ? `-- ${rules.join(', ')} --` : '----');
		}
		const node = byKey.get(step.node);
		const title = node ? titles.get(node.key) : undefined;
		out.push(`(${i + 1}) [${title ?? safeTitle(step.node)}]`);
	});
	return out;
}

function frontMatter(draft: DraftMap, titles: Map<string, string>): string[] {
	const data: Record<string, unknown> = { title: draft.title, language: draft.language };
	if (draft.question) data.question = draft.question;
	// Titles have distinct slugs (see uniqueTitles), so the compiler gives the thesis this id.
	const thesis = draft.thesis === undefined ? undefined : titles.get(draft.thesis);
	if (thesis) data.thesis = slugify(thesis);
	if (draft.sources.length) data.sources = draft.sources;
	const text = yaml
		.dump(data, { lineWidth: -1, forceQuotes: true, quotingType: '"', noRefs: true })
		// A run of three equals signs would close the front matter early.
		.replace(/=(?==)/g, '\\x3D');
	return ['===', text.trimEnd(), '==='];
}

function sectionsInOrder(nodes: DraftNode[]): (string | undefined)[] {
	const seen = new Set<string | undefined>();
	// Nodes outside any heading come first: once a heading is written, everything below belongs to it.
	if (nodes.some((n) => n.section === undefined)) seen.add(undefined);
	for (const n of nodes) seen.add(n.section);
	return [...seen];
}

/**
 * Titles that Argdown can hold where each node is written, with distinct slugs: statements and
 * arguments have separate name spaces in Argdown, but ids come from both, and a title whose slug
 * is unique compiles to exactly that slug, so the front matter can name the thesis by it.
 */
function uniqueTitles(nodes: DraftNode[]): Map<string, string> {
	const titles = new Map<string, string>();
	const taken = new Set<string>();
	for (const n of nodes) {
		const base = safeTitle(n.title, n.kind === 'argument' ? 'argument' : 'statement');
		let title = base;
		for (let i = 2; taken.has(slugify(title)); i++) title = `${base} (${i})`;
		taken.add(slugify(title));
		titles.set(n.key, title);
	}
	return titles;
}
