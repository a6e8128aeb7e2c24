/**
 * Just enough of three servers' header configuration to tell which headers
 * each sends for a path: a `_headers` file (Netlify, Cloudflare Pages), the
 * nginx `map` and `add_header` lines and the Apache `Header` and `<If>` lines
 * that docs/hosting.md gives. Plus Content-Security-Policy parsing, to check
 * a header policy against the one the pages carry in their <meta>.
 */

/** Header names in lower case → value. */
export type Headers = Record<string, string>;

export interface HeaderRule {
	pattern: string;
	headers: [string, string][];
}

/** Rules of a `_headers` file, in order. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split('\n').forEach((line, i) => {
		if (!line.trim() || line.trim().startsWith('#')) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			return;
		}
		const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!m || !rule) throw new Error(`_headers line ${i + 1} is neither a path nor a header.`);
		rule.headers.push([m[1] as string, (m[2] as string).trim()]);
	});
	return rules;
}

/** What a `_headers` host sends for a path; a header that two matching rules set is an error here. */
export function headersFileFor(rules: HeaderRule[], path: string): Headers {
	const out: Headers = {};
	for (const rule of rules) {
		const pattern = new RegExp('^' + rule.pattern.split('*').map(escapeRegExp).join('.*') + '$');
		if (!pattern.test(path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			if (key in out) throw new Error(`${path}: ${name} is set by two rules.`);
			out[key] = value;
		}
	}
	return out;
}

const escapeRegExp = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The fenced code blocks of one language in a Markdown text. */
export function codeBlocks(markdown: string, language: string): string[] {
	const fence = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm');
	return [...markdown.matchAll(fence)].map((m) => m[1] as string);
}

/** nginx tokens: words, quoted strings, braces and semicolons; comments dropped. */
function nginxTokens(text: string): string[] {
	const tokens: string[] = [];
	const pattern = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|#[^\n]*|([^\s{};"'#]+)/g;
	for (const m of text.matchAll(pattern)) {
		const token = m[1] ?? m[2] ?? m[3] ?? m[4];
		if (token !== undefined) tokens.push(token);
	}
	return tokens;
}

/** What nginx sends for a path, given `map $uri …` blocks and `add_header` lines. */
export function nginxHeadersFor(config: string, path: string): Headers {
	const tokens = nginxTokens(config);
	const variables: Record<string, string> = {};
	const added: [string, string][] = [];
	for (let i = 0; i < tokens.length;) {
		const word = tokens[i];
		if (word === 'map') {
			if (tokens[i + 1] !== '$uri' || tokens[i + 3] !== '{')
				throw new Error(`Only "map $uri $name {" is understood, not "${tokens[i + 1]}".`);
			const name = (tokens[i + 2] as string).slice(1);
			let value: string | undefined;
			let fallback = '';
			for (i += 4; tokens[i] !== '}'; i += 3) {
				const [key, v, end] = [tokens[i] as string, tokens[i + 1] as string, tokens[i + 2]];
				if (end !== ';') throw new Error(`map ${name}: "${key}" needs one value and a ;.`);
				if (key === 'default') fallback = v;
				else if (key.startsWith('~')) {
					if (value === undefined && new RegExp(key.slice(1)).test(path)) value = v;
				} else throw new Error(`map ${name}: only ~regex and default are understood.`);
			}
			variables[name] = value ?? fallback;
			i++;
		} else if (word === 'add_header') {
			const end = tokens.indexOf(';', i);
			const [name, value, ...flags] = tokens.slice(i + 1, end);
			if (!name || value === undefined || flags.some((f) => f !== 'always'))
				throw new Error(`add_header ${name}: give a name, a value and "always".`);
			added.push([name, value]);
			i = end + 1;
		} else throw new Error(`Unexpected "${word}" in the nginx snippet.`);
	}
	const out: Headers = {};
	for (const [name, value] of added) {
		const expanded = value.replace(/\$([a-z_]+)/g, (_, v: string) => {
			if (!(v in variables)) throw new Error(`$${v} is not defined.`);
			return variables[v] as string;
		});
		// nginx sends no header whose value is empty.
		if (expanded) out[name.toLowerCase()] = expanded;
	}
	return out;
}

/** What Apache sends for a path, given `Header always set` lines inside `<If>`/`<Else>` on the request URI. */
export function apacheHeadersFor(config: string, path: string): Headers {
	const out: Headers = {};
	let active = true;
	let lastIf: boolean | undefined;
	for (const raw of config.split('\n')) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		const opening = /^<If "%\{REQUEST_URI\} =~ m#(.+)#">$/.exec(line);
		const set = /^Header always set ([A-Za-z0-9-]+) "(.*)"$/.exec(line);
		if (opening) {
			lastIf = new RegExp(opening[1] as string).test(path);
			active = lastIf;
		} else if (line === '<Else>') {
			if (lastIf === undefined) throw new Error('<Else> without <If>.');
			active = !lastIf;
		} else if (line === '</If>' || line === '</Else>') active = true;
		else if (set) {
			if (active) out[(set[1] as string).toLowerCase()] = set[2] as string;
		} else throw new Error(`Unexpected line in the Apache snippet: ${line}`);
	}
	return out;
}

/** Directive → its sources, in order; directive names in lower case. */
export type Csp = Map<string, string[]>;

export function parseCsp(value: string): Csp {
	const policy: Csp = new Map();
	for (const part of value.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

const KEYWORD = /^(self|none|unsafe-[a-z-]+|strict-dynamic|report-sample|wasm-unsafe-eval)$/;

/** `kit.csp.directives` from svelte.config.js as a policy, keywords quoted as SvelteKit writes them. */
export function cspFromConfig(directives: object): Csp {
	const policy: Csp = new Map();
	for (const [name, sources] of Object.entries(directives)) {
		if (!Array.isArray(sources)) continue;
		policy.set(
			name,
			sources.map((s) => (KEYWORD.test(String(s)) ? `'${String(s)}'` : String(s)))
		);
	}
	return policy;
}

/** Directives only a header can carry: a <meta> policy ignores them. */
export const HEADER_ONLY = new Set(['frame-ancestors', 'sandbox', 'report-uri', 'report-to']);

/** Directives that need the per-page script hashes, which only the <meta> policy has. */
const NEEDS_HASHES = ['default-src', 'script-src', 'script-src-elem', 'script-src-attr'];

/**
 * Why a header policy could not stand beside a page policy: a browser
 * enforces both, so the header may only add what a <meta> cannot say and
 * repeat, source for source, what the page policy says.
 */
export function headerPolicyProblems(header: Csp, page: Csp): string[] {
	const problems: string[] = [];
	for (const [name, sources] of header) {
		if (HEADER_ONLY.has(name)) continue;
		if (NEEDS_HASHES.includes(name)) {
			problems.push(`${name} in the header would block the pages' hashed inline scripts`);
			continue;
		}
		const theirs = page.get(name);
		if (!theirs) problems.push(`${name} is in the header but not in the page policy`);
		else if ([...sources].sort().join(' ') !== [...theirs].sort().join(' '))
			problems.push(
				`${name} is "${sources.join(' ')}" in the header, "${theirs.join(' ')}" in the page policy`
			);
	}
	return problems;
}
