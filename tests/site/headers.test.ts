/**
 * The response headers a host should send (docs/hosting.md): the same in
 * static/_headers, the nginx snippet and the Apache snippet, and consistent
 * with the Content-Security-Policy that kit.csp puts in each page's <meta>.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../svelte.config.js';
import {
	apacheHeadersFor,
	codeBlocks,
	cspFromConfig,
	headerPolicyProblems,
	headersFileFor,
	nginxHeadersFor,
	parseCsp,
	parseHeadersFile
} from './hosting';

const rules = parseHeadersFile(readFileSync('static/_headers', 'utf8'));
const hosting = readFileSync('docs/hosting.md', 'utf8');
const nginx = codeBlocks(hosting, 'nginx').join('\n');
const apache = codeBlocks(hosting, 'apache').join('\n');
const pagePolicy = cspFromConfig(config.kit?.csp?.directives ?? {});

const PAGES = ['/', '/maps/japan-nato/', '/open/', '/embed/japan-nato/'];
const OTHER_FILES = [
	'/_app/immutable/entry/start.js',
	'/favicon.png',
	'/maps/japan-nato/graph.json',
	'/__data.json'
];
const FRAMING = ['content-security-policy', 'x-frame-options'];
const without = (headers: Record<string, string>, names: string[]) =>
	Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));

describe('response headers', () => {
	it('are the same for every page in _headers, nginx and Apache', () => {
		expect(nginx).toContain('add_header');
		expect(apache).toContain('Header always set');
		for (const path of PAGES) {
			const expected = headersFileFor(rules, path);
			expect(expected['x-content-type-options'], path).toBe('nosniff');
			expect(expected['content-security-policy'], path).toMatch(/frame-ancestors/);
			expect(nginxHeadersFor(nginx, path), `nginx ${path}`).toEqual(expected);
			expect(apacheHeadersFor(apache, path), `Apache ${path}`).toEqual(expected);
		}
	});

	it('are the same for other files, but for the framing headers that only documents use', () => {
		for (const path of OTHER_FILES) {
			const expected = without(headersFileFor(rules, path), FRAMING);
			expect(expected['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(without(nginxHeadersFor(nginx, path), FRAMING), `nginx ${path}`).toEqual(expected);
			expect(without(apacheHeadersFor(apache, path), FRAMING), `Apache ${path}`).toEqual(expected);
		}
		expect(headersFileFor(rules, '/_app/immutable/entry/start.js')['cache-control']).toMatch(
			/immutable/
		);
		expect(headersFileFor(rules, '/maps/japan-nato/')['cache-control']).toBeUndefined();
	});

	it('let only /embed/ pages be framed by other sites', () => {
		for (const path of PAGES) {
			const headers = headersFileFor(rules, path);
			const ancestors = parseCsp(headers['content-security-policy'] as string).get(
				'frame-ancestors'
			);
			if (path.startsWith('/embed/')) {
				expect(ancestors).toEqual(['*']);
				expect(headers['x-frame-options']).toBeUndefined();
			} else {
				expect(ancestors, path).toEqual(["'none'"]);
				expect(headers['x-frame-options'], path).toBe('DENY');
			}
		}
	});

	it('carry a policy that stands beside the pages’ own: what a <meta> cannot say, or the same words', () => {
		expect(pagePolicy.get('script-src')).toEqual(["'self'"]);
		const policies = new Set(
			[...PAGES, ...OTHER_FILES].flatMap((path) =>
				[headersFileFor(rules, path), nginxHeadersFor(nginx, path), apacheHeadersFor(apache, path)]
					.map((h) => h['content-security-policy'])
					.filter((p): p is string => !!p)
			)
		);
		expect(policies.size).toBe(2);
		for (const policy of policies) {
			expect(headerPolicyProblems(parseCsp(policy), pagePolicy), policy).toEqual([]);
			expect(parseCsp(policy).get('object-src')).toEqual(["'none'"]);
		}
		// The policy docs/hosting.md quotes is the one sent.
		expect(codeBlocks(hosting, '').map((b) => b.trim())).toContain(
			headersFileFor(rules, '/')['content-security-policy']
		);
	});

	it('would catch a header policy that blocks the pages’ scripts or differs from theirs', () => {
		const bad = parseCsp("default-src 'self'; object-src 'self'; frame-ancestors 'none'");
		expect(headerPolicyProblems(bad, pagePolicy)).toEqual([
			"default-src in the header would block the pages' hashed inline scripts",
			`object-src is "'self'" in the header, "'none'" in the page policy`
		]);
		expect(headerPolicyProblems(parseCsp('upgrade-insecure-requests'), pagePolicy)).toEqual([
			'upgrade-insecure-requests is in the header but not in the page policy'
		]);
	});

	it('have a framing rule in _headers for every top-level route', () => {
		const routes = readdirSync('src/routes', { withFileTypes: true })
			.filter((e) => e.isDirectory() && !/^[([]/.test(e.name))
			.map((e) => e.name);
		expect(routes).toContain('maps');
		for (const route of ['', ...routes]) {
			const path = route ? `/${route}/some-page/` : '/';
			const policy = headersFileFor(rules, path)['content-security-policy'];
			expect(policy, `no Content-Security-Policy rule in static/_headers for ${path}`).toMatch(
				route === 'embed' ? /frame-ancestors \*/ : /frame-ancestors 'none'/
			);
		}
	});
});
