/**
 * YAML blocks (front matter and `{…}` data) that Argdown could not read.
 * Argdown's data plugin throws on them, which silently ends its model
 * builder; we catch the error in the listener instead, so the block is
 * reported and the rest of the map is still built.
 */
import yaml from 'js-yaml';
import type { IArgdownResponse, ITokenNodeHandler } from '@argdown/core';
import { error, type Diagnostic } from '../diagnostics';

type Token = NonNullable<IArgdownResponse['tokens']>[number];

export interface YamlFailure {
	kind: 'Data' | 'FrontMatter';
	token: Token;
	error: unknown;
}

/**
 * YAML's references: `&name` marks a value, `*name` repeats it. Nine lines of them nest
 * into billions of values (each alias is expanded when the data is copied), which took
 * gigabytes and ended the process. A map never needs them, so a block that uses one is
 * refused. Only where a value can start: `a*b` or `&` inside text is no reference.
 */
const ANCHOR = /(?:^|[\s[{,:?-])&[^\s,[\]{}]/;
const ALIAS = /(^|[\s[{,:?-])\*[^\s,[\]{}]/;

/** The first alias in a block that also marks a value to repeat, or null. */
export function aliasIn(image: string): number | null {
	if (!ANCHOR.test(image)) return null;
	const found = ALIAS.exec(image);
	return found ? found.index + found[1]!.length : null;
}

/** Wraps a data-plugin listener so that a YAML error is recorded instead of thrown. */
export function tolerant(
	kind: YamlFailure['kind'],
	listener: ITokenNodeHandler,
	failures: YamlFailure[]
): ITokenNodeHandler {
	return (request, response, token, parentNode, childIndex, logger) => {
		const alias = token ? aliasIn(token.image) : null;
		if (token && alias !== null) {
			const reason = 'an alias (*name) repeats a value marked with &name, which is not read';
			failures.push({ kind, token, error: new AliasRefused(reason, alias) });
			return;
		}
		try {
			listener(request, response, token, parentNode, childIndex, logger);
		} catch (e) {
			failures.push({ kind, token, error: e });
		}
	};
}

/** A block refused before it was read, at `position` in its token. */
class AliasRefused extends Error {
	constructor(
		readonly reason: string,
		readonly position: number
	) {
		super(reason);
	}
}

export function yamlDiagnostic({ kind, token, error: e }: YamlFailure, file: string): Diagnostic {
	if (e instanceof AliasRefused)
		return error(
			kind === 'FrontMatter' ? 'invalid-front-matter' : 'invalid-data',
			file,
			positionInToken(token, e.position),
			`${kind === 'FrontMatter' ? 'The front matter' : 'This data block'} uses YAML references: ${e.reason}.`,
			'Write the value out where the alias stands: a few nested aliases can grow into billions of values.'
		);
	const mark = e instanceof yaml.YAMLException ? e.mark : undefined;
	const reason = e instanceof yaml.YAMLException ? e.reason : String(e);
	// Block-style data drops its opening brace before parsing, so marks are one character off there.
	const shift = kind === 'Data' && /^\{[ \t]*\n/.test(token.image) ? 1 : 0;
	// The mark may sit past the closing brace; keep it inside the block.
	const at = positionInToken(
		token,
		Math.min((mark?.position ?? 0) + shift, token.image.length - 1)
	);
	const frontMatter = kind === 'FrontMatter';
	return error(
		frontMatter ? 'invalid-front-matter' : 'invalid-data',
		file,
		at,
		`${frontMatter ? 'The front matter' : 'This data block'} is not valid YAML: ${reason}.`,
		frontMatter
			? 'Write `key: value` pairs between the `===` lines; quote values that contain `:`, `[` or `{`.'
			: 'Write `{key: value, …}`; quote values that contain `:`, `,`, `[` or `{`.'
	);
}

function positionInToken(token: Token, index: number) {
	const lines = token.image.slice(0, Math.max(0, index)).split('\n');
	const line = (token.startLine ?? 1) + lines.length - 1;
	const column =
		lines.length === 1 ? (token.startColumn ?? 1) + index : (lines.at(-1)?.length ?? 0) + 1;
	return { line, column, offset: token.startOffset + index };
}
