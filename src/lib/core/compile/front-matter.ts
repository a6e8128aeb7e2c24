/**
 * The front matter conventions of a Ronten map: `title`, `language`, the
 * `question` at issue, the `thesis` (the id of the map's main position) and
 * the list of `sources`. Other keys (Argdown settings such as `model`) pass through.
 */
import * as v from 'valibot';
import { error, type Diagnostic, type Staged } from '../diagnostics';

const text = (name: string) =>
	v.pipe(v.string(`${name} must be text`), v.trim(), v.nonEmpty(`${name} must not be empty`));

/** What a source's id may hold: it names the source in quotes and addresses. */
export const SOURCE_ID = /^[\p{L}\p{N}_-]+$/u;
/** The only addresses a source may give: a page on the web, never a script or a file. */
export const WEB_URL = /^https?:\/\//;

const SourceDeclaration = v.object({
	id: v.pipe(text('id'), v.regex(SOURCE_ID, 'id may hold only letters, digits, - and _')),
	title: text('title'),
	author: v.optional(text('author')),
	publisher: v.optional(text('publisher')),
	date: v.optional(
		v.union([
			text('date'),
			v.pipe(
				v.date(),
				v.transform((d) => d.toISOString().slice(0, 10))
			)
		])
	),
	url: v.optional(
		v.pipe(text('url'), v.url('url must be a full URL'), v.regex(WEB_URL, 'url must be http(s)'))
	),
	file: v.optional(text('file'))
});

const FrontMatter = v.object({
	title: v.optional(text('title')),
	language: v.optional(
		v.pipe(
			text('language'),
			v.regex(
				/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,
				'language must be a language tag such as en or ja'
			)
		)
	),
	question: v.optional(text('question')),
	thesis: v.optional(text('thesis')),
	sources: v.optional(v.array(SourceDeclaration, 'sources must be a list'), [])
});

export type SourceDeclaration = v.InferOutput<typeof SourceDeclaration>;
export interface MapMeta {
	title?: string;
	language: string;
	question?: string;
	/** The id of the main position, as the author wrote it (checked against the nodes later). */
	thesis?: string;
	sources: SourceDeclaration[];
}

/** Validates the front matter object Argdown read; reports problems at the line that holds them. */
export function readFrontMatter(raw: unknown, fileText: string, file: string): Staged<MapMeta> {
	const fallback: MapMeta = { language: 'en', sources: [] };
	if (raw === undefined || raw === null) return { value: fallback, diagnostics: [] };
	const result = v.safeParse(FrontMatter, raw);
	if (result.success) {
		const { title, language = 'en', question, thesis, sources } = result.output;
		return {
			value: { title, language, question, thesis, sources },
			diagnostics: duplicateIds(sources, fileText, file)
		};
	}
	const diagnostics = result.issues.map((issue) => {
		const path = (issue.path ?? []).map((p) => String(p.key));
		const where = path.join('.') || '(root)';
		const message =
			issue.received === 'undefined' ? `${where} is missing` : `${where}: ${issue.message}`;
		return error(
			'invalid-front-matter',
			file,
			locateKey(fileText, path),
			`Front matter ${message}.`,
			'Front matter takes title, language, question, thesis (a node id) and sources: a list of {id, title, file} with optional author, publisher, date and url.'
		);
	});
	// Keep what is valid so that one bad source does not hide the rest of the map.
	const partial = raw as Partial<Record<string, unknown>>;
	const sources = Array.isArray(partial.sources)
		? partial.sources.flatMap((s) => {
				const one = v.safeParse(SourceDeclaration, s);
				return one.success ? [one.output] : [];
			})
		: [];
	const textOf = (key: string) => {
		const value = partial[key];
		return typeof value === 'string' && value.trim() ? value.trim() : undefined;
	};
	const language = textOf('language') ?? 'en';
	const value = { title: textOf('title'), language, sources };
	return {
		value: { ...value, question: textOf('question'), thesis: textOf('thesis') },
		diagnostics
	};
}

function duplicateIds(sources: SourceDeclaration[], fileText: string, file: string): Diagnostic[] {
	const seen = new Set<string>();
	return sources.flatMap((s, i) => {
		if (!seen.has(s.id)) return (seen.add(s.id), []);
		return [
			error(
				'duplicate-source-id',
				file,
				locateKey(fileText, ['sources', String(i), 'id']),
				`Source id "${s.id}" is declared twice.`,
				'Give every source its own id.'
			)
		];
	});
}

/**
 * Finds the line of a front matter key. YAML parsers do not report node
 * positions, so this follows the path through the indented text: good enough
 * to point an author at the right line.
 */
export function locateKey(fileText: string, path: string[]): { line: number; column: number } {
	// Only the front matter is split into lines: maps can be large, the front matter is not.
	const close = /\n\s*={3,}[ \t]*(\n|$)/.exec(fileText.slice(0, 64 * 1024));
	const lines = fileText.slice(0, close ? close.index + 1 : 64 * 1024).split('\n');
	const limit = lines.length;
	let from = 1;
	let best = { line: 1, column: 1 };
	for (const key of path) {
		if (/^\d+$/.test(key)) {
			let seen = -1;
			for (let i = from; i < limit; i++) {
				if (/^\s*-\s/.test(lines[i] ?? '') && ++seen === Number(key)) {
					from = i;
					best = { line: i + 1, column: (lines[i]?.search(/\S/) ?? 0) + 1 };
					break;
				}
			}
			continue;
		}
		const pattern = new RegExp(`^[\\s-]*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
		for (let i = from; i < limit; i++) {
			if (pattern.test(lines[i] ?? '')) {
				from = i;
				best = { line: i + 1, column: (lines[i]?.indexOf(key) ?? 0) + 1 };
				break;
			}
		}
	}
	return best;
}
