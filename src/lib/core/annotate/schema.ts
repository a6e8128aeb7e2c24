/**
 * The schema of the W3C Web Annotation parts Ronten reads, as valibot
 * schemas. Unknown properties (another tool's extensions) are let through and
 * ignored; what we read must have the right shape and a sane size.
 */
import * as v from 'valibot';
import { MAX_ID, MAX_NOTE, MAX_QUOTE } from './model';

const iri = v.pipe(v.string(), v.minLength(1, 'The address is empty.'), v.maxLength(2_000));

const textualBody = v.object({
	type: v.literal('TextualBody'),
	value: v.pipe(v.string(), v.maxLength(MAX_NOTE, `A body holds at most ${MAX_NOTE} characters.`)),
	purpose: v.optional(v.string()),
	format: v.optional(v.string()),
	language: v.optional(v.string())
});

const linkBody = v.object({
	type: v.literal('SpecificResource'),
	source: iri,
	purpose: v.optional(v.string())
});

const body = v.variant('type', [textualBody, linkBody]);

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

const quoteSelector = v.object({
	type: v.literal('TextQuoteSelector'),
	exact: v.pipe(
		v.string(),
		v.minLength(1, 'The quote is empty.'),
		v.maxLength(MAX_QUOTE, `A quote holds at most ${MAX_QUOTE} characters.`)
	),
	prefix: v.optional(v.pipe(v.string(), v.maxLength(1_000))),
	suffix: v.optional(v.pipe(v.string(), v.maxLength(1_000)))
});

const positionSelector = v.pipe(
	v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
	v.check((s) => s.end >= s.start, 'The end of a TextPositionSelector comes before its start.')
);

const selector = v.variant('type', [quoteSelector, positionSelector]);

const passageTarget = v.object({
	source: iri,
	// Lists first: what Ronten writes, so the common case fails no branch.
	selector: v.union([v.pipe(v.array(selector), v.minLength(1), v.maxLength(10)), selector])
});

const time = v.pipe(
	v.string(),
	v.check((s) => Number.isFinite(Date.parse(s)), 'The time is not an ISO 8601 date and time.')
);

/** One annotation, as far as Ronten reads it. */
export const annotationSchema = v.object({
	id: v.pipe(v.string(), v.minLength(1, 'The id is empty.'), v.maxLength(MAX_ID)),
	type: v.literal('Annotation'),
	motivation: v.optional(v.unknown()),
	created: v.optional(time),
	modified: v.optional(time),
	body: v.optional(v.union([v.pipe(v.array(body), v.maxLength(200)), body])),
	bodyValue: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE))),
	target: v.union([iri, passageTarget, v.pipe(v.array(v.union([iri, passageTarget])), v.length(1))])
});

export type ParsedAnnotation = v.InferOutput<typeof annotationSchema>;
export type ParsedBody = v.InferOutput<typeof body>;
export type ParsedTarget = string | v.InferOutput<typeof passageTarget>;
export type ParsedSelector = v.InferOutput<typeof selector>;

export interface SchemaProblem {
	path: (string | number)[];
	message: string;
}

/** Checks one annotation; each problem once, at the deepest place it can be named. */
export function checkAnnotation(
	value: unknown
): { ok: true; value: ParsedAnnotation } | { ok: false; problems: SchemaProblem[] } {
	const result = v.safeParse(annotationSchema, value, { abortPipeEarly: true });
	if (result.success) return { ok: true, value: result.output };
	return { ok: false, problems: result.issues.flatMap((i) => problems(i)) };
}

type Issue = v.BaseIssue<unknown>;

const pathOf = (issue: Issue) =>
	(issue.path ?? []).map((p) => p.key as string | number).filter((k) => k !== undefined);

/**
 * A union that failed lists the issues of every branch, with paths from the
 * union's own value. The branch that got past its first field (its issues lie
 * deeper) is the one the author meant.
 */
function problems(issue: Issue, base: (string | number)[] = []): SchemaProblem[] {
	const path = [...base, ...pathOf(issue)];
	const deeper = (issue.issues ?? []).filter((i) => pathOf(i).length > 0);
	if (deeper.length) {
		const depth = Math.max(...deeper.map((i) => pathOf(i).length));
		const chosen = deeper.find((i) => pathOf(i).length === depth) as Issue;
		return problems(chosen, path);
	}
	return [{ path, message: issue.message }];
}
