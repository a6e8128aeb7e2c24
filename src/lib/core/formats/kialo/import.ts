/**
 * Kialo's discussion export (`.txt`) → draft map. The thesis (`1.`) is the
 * position; `Pro:` supports the parent claim and `Con:` attacks it;
 * `-> See 1.4.2.` relates an existing claim to this parent once more. Lines
 * that do not start with a path continue the claim above. Kialo escapes
 * brackets and parentheses with a backslash; Markdown links become sources.
 */
import { error, warning } from '../../diagnostics';
import type { DraftEdge, DraftMap, DraftNode, DraftSource } from '../draft';
import { limitedDiagnostics } from '../shared/limit';
import type { Importer } from '../types';
import { shortTitle } from '../shared/titles';

// Lines are split at \n, \r and \r\n only; the `s` flag lets `.` take U+2028 and U+2029 as text, as the split does.
const TITLE_LINE = /^\uFEFF?Discussion Title:\s*(.*)$/s;
const CLAIM_LINE = /^(\d+(?:\.\d+)*)\.\s*(?:(Pro|Con):\s*)?(.*)$/s;
const SEE_LINK = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/i;

interface Claim {
	path: string;
	line: number;
	stance: 'Pro' | 'Con' | undefined;
	/** The text on the claim's line and on the lines that continue it. */
	parts: string[];
	/** Path of the claim this line links to, for `-> See …` lines. */
	see?: string;
}

export const kialoImporter: Importer = {
	format: 'kialo',
	description: 'Kialo discussion export (.txt)',
	extensions: ['txt'],
	detect(text) {
		const head = text
			.replace(/^\uFEFF/, '')
			.trimStart()
			.slice(0, 500);
		return TITLE_LINE.test(head.split(/\r\n|\n|\r/)[0] ?? '') || /^1\.\s+\S/.test(head);
	},
	read({ text, file, name }) {
		const diagnostics = limitedDiagnostics();
		const fail = (line: number, message: string, hint: string) =>
			diagnostics.push(error('invalid-kialo', file, { line, column: 1 }, message, hint));
		const lines = text.split(/\r\n|\n|\r/);
		let title = '';
		const claims: Claim[] = [];
		lines.forEach((raw, i) => {
			const line = raw.trimEnd();
			const titled = i === 0 ? TITLE_LINE.exec(line) : null;
			if (titled) {
				title = (titled[1] ?? '').trim();
				return;
			}
			if (!line.trim()) return;
			const m = CLAIM_LINE.exec(line);
			if (m) {
				const body = (m[3] ?? '').trim();
				const see = SEE_LINK.exec(body)?.[1];
				claims.push({
					path: m[1] as string,
					line: i + 1,
					stance: m[2] as Claim['stance'],
					parts: see ? [] : [body],
					...(see ? { see } : {})
				});
				return;
			}
			const last = claims.at(-1);
			if (last && !last.see) last.parts.push(line.trim());
			else
				fail(
					i + 1,
					'This line is not a claim: it does not start with a path such as 1.2.',
					'Start each claim with its path, e.g. "1.2. Pro: …".'
				);
		});
		if (!title)
			diagnostics.push(
				warning(
					'kialo-no-title',
					file,
					{ line: 1, column: 1 },
					'The file has no "Discussion Title:" line; the file name is used.',
					'Kialo exports start with "Discussion Title: …".'
				)
			);
		if (claims.length === 0) {
			fail(
				1,
				'The file holds no claims.',
				'A Kialo export lists claims as "1. Thesis", "1.1. Pro: …".'
			);
			return { value: null, diagnostics: diagnostics.done() };
		}

		const byPath = new Map<string, Claim>();
		for (const c of claims) {
			if (byPath.has(c.path))
				fail(c.line, `Claim ${c.path}. appears twice.`, 'Each path may be used once.');
			else byPath.set(c.path, c);
		}
		const sources: DraftSource[] = [];
		const nodes: DraftNode[] = [];
		const edges: DraftEdge[] = [];
		for (const c of claims) {
			const parent = c.path.includes('.') ? c.path.slice(0, c.path.lastIndexOf('.')) : undefined;
			if (parent && !byPath.has(parent)) {
				fail(
					c.line,
					`Claim ${c.path}. has no parent claim ${parent}.`,
					'Every claim below the thesis needs its parent above it in the file.'
				);
				continue;
			}
			if (parent && !c.stance)
				diagnostics.push(
					warning(
						'kialo-no-stance',
						file,
						{ line: c.line, column: 1 },
						`Claim ${c.path}. is neither Pro nor Con; it is read as Pro.`,
						'Write "Pro:" or "Con:" after the path.'
					)
				);
			const kind = c.stance === 'Con' ? 'attacks' : 'supports';
			if (c.see) {
				const target = byPath.get(c.see);
				if (!target || target.see) {
					// Each case said as it is: a link to itself, to another link, or to nothing.
					const why = !target
						? 'points at no claim'
						: target === c
							? 'points at itself'
							: `points at ${c.see}., which is itself a link ("-> See ${target.see}."), not a claim`;
					fail(
						c.line,
						`"-> See ${c.see}." ${why}.`,
						'Link to the path of a claim that has its own text in this file.'
					);
					continue;
				}
				if (parent && target.path !== parent) edges.push({ from: target.path, to: parent, kind });
				continue;
			}
			const plain = unescapeKialo(c.parts.join(' ').trim(), sources);
			if (!plain.trim()) {
				fail(c.line, `Claim ${c.path}. has no text.`, 'Give the claim its text after the path.');
				continue;
			}
			nodes.push({
				key: c.path,
				kind: parent ? 'claim' : 'position',
				title: shortTitle(plain) || `Claim ${c.path}`,
				text: plain,
				tags: []
			});
			if (parent) edges.push({ from: c.path, to: parent, kind });
		}
		if (diagnostics.hasErrors()) return { value: null, diagnostics: diagnostics.done() };
		const draft: DraftMap = {
			title: title || name,
			language: 'en',
			sources,
			nodes,
			edges,
			comments: [
				`Imported from the Kialo export ${file}: ${nodes.length} claims; Pro supports, Con attacks its parent.`
			]
		};
		return { value: { draft, sources: [] }, diagnostics: diagnostics.done() };
	}
};

/** The address part of a Markdown link, `(…)` right after the `]`, with one level of parentheses inside. */
const LINK_TARGET = /\(([^()\s]+(?:\([^()\s]*\)[^()\s]*)*)\)/y;

/**
 * Kialo's escaped Markdown → plain text. A link keeps its words and shows its
 * address in parentheses, and each distinct address becomes a source of the map.
 * One pass: a `[` that opens no link tells how far no later `[` can either.
 */
export function unescapeKialo(text: string, sources: DraftSource[]): string {
	let out = '';
	let noLinkBefore = 0;
	// Plain runs are copied whole, up to the next backslash or bracket.
	for (let i = 0; i < text.length;) {
		SPECIAL.lastIndex = i;
		const next = SPECIAL.exec(text)?.index ?? text.length;
		out += text.slice(i, next);
		i = next;
		if (i >= text.length) break;
		if (text[i] === '\\') {
			out += text[i + 1] ?? '\\';
			i += 2;
			continue;
		}
		if (i >= noLinkBefore) {
			const close = closingBracket(text, i + 1);
			LINK_TARGET.lastIndex = close + 1;
			const m = close > i + 1 ? LINK_TARGET.exec(text) : null;
			if (m) {
				const words = text.slice(i + 1, close).replace(/\\([^])/g, '$1');
				const url = m[1] as string;
				if (/^https?:\/\//i.test(url)) {
					if (!sources.some((s) => s.url === url))
						sources.push({ id: `link-${sources.length + 1}`, title: words.trim() || url, url });
					out += `${words} (${url})`;
				} else out += words;
				i = LINK_TARGET.lastIndex;
				continue;
			}
			// Every `[` up to that `]` finds the same `]` and the same missing address.
			noLinkBefore = close;
		}
		out += '[';
		i++;
	}
	return out;
}

const SPECIAL = /[\\[]/g;

/** Index of the first `]` from `from` that no backslash escapes, or the text's length. */
function closingBracket(text: string, from: number): number {
	let j = from;
	while (j < text.length && text[j] !== ']') j += text[j] === '\\' && j + 1 < text.length ? 2 : 1;
	return j;
}
