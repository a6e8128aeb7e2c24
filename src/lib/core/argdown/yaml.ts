/**
 * Checks every YAML block (front matter and `{…}` data) with the same YAML
 * parser Argdown uses, and blanks the broken ones so the rest of the map
 * still compiles. Blanking keeps every line and column in place.
 */
import yaml from 'js-yaml';
import type { IArgdownResponse } from '@argdown/core';
import { error, type Diagnostic, type Staged } from '../diagnostics';

type IToken = NonNullable<IArgdownResponse['tokens']>[number];

const fence = /^\s*={3,}|={3,}\s*$/g;

export function checkYamlBlocks(text: string, tokens: readonly IToken[], file: string): Staged<string> {
	const diagnostics: Diagnostic[] = [];
	let out = text;
	for (const token of tokens) {
		const name = token.tokenType?.name;
		if (name !== 'Data' && name !== 'FrontMatter') continue;
		// Argdown reads `{…}` as flow YAML, or as block YAML when `{` ends its line.
		const blockData = name === 'Data' && /^\{[ \t]*\n/.test(token.image);
		const body =
			name === 'FrontMatter'
				? token.image.replace(fence, (m) => ' '.repeat(m.length))
				: blockData
					? token.image.slice(1, -1)
					: token.image;
		const bodyOffset = blockData ? 1 : 0;
		try {
			yaml.load(body);
			continue;
		} catch (e) {
			const mark = e instanceof yaml.YAMLException ? e.mark : undefined;
			const reason = e instanceof yaml.YAMLException ? e.reason : String(e);
			// The mark may sit past the closing brace; keep it inside the block.
			const at = positionInToken(token, Math.min(bodyOffset + (mark?.position ?? 0), token.image.length - 1));
			diagnostics.push(
				error(
					name === 'FrontMatter' ? 'invalid-front-matter' : 'invalid-data',
					file,
					at,
					`${name === 'FrontMatter' ? 'The front matter' : 'This data block'} is not valid YAML: ${reason}.`,
					name === 'FrontMatter'
						? 'Write `key: value` pairs between the `===` lines; quote values that contain `:`, `[` or `{`.'
						: 'Write `{key: value, …}`; quote values that contain `:`, `,`, `[` or `{`.'
				)
			);
			out = blank(out, token.startOffset, token.startOffset + token.image.length, name);
		}
	}
	return { value: out, diagnostics };
}

function positionInToken(token: IToken, index: number) {
	const before = token.image.slice(0, index);
	const lines = before.split('\n');
	const line = (token.startLine ?? 1) + lines.length - 1;
	const column = lines.length === 1 ? (token.startColumn ?? 1) + index : (lines.at(-1)?.length ?? 0) + 1;
	return { line, column, offset: token.startOffset + index };
}

/** Replaces a broken body by an empty mapping padded with spaces, keeping newlines. */
function blank(text: string, from: number, to: number, kind: string): string {
	const body = text.slice(from, to).replace(/[^\n]/g, ' ');
	const replaced = kind === 'FrontMatter' ? body : '{}' + body.slice(2);
	return text.slice(0, from) + replaced + text.slice(to);
}
