/**
 * The static site as built: a map with errors stops the build with its
 * diagnostics, and a site built for a sub-path works when served there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/bench/serve';
import { headerPolicyProblems, headersFileFor, parseCsp, parseHeadersFile } from './hosting';

const work = mkdtempSync(join(tmpdir(), 'ronten-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(env: Record<string, string>) {
	return spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		cwd: process.cwd(),
		encoding: 'utf8',
		timeout: 300_000,
		env: { ...process.env, ...env }
	});
}

describe('site build', () => {
	it('fails on a map with errors and prints its diagnostics', () => {
		const r = build({
			RONTEN_SITE_MAPS: ['arguments', 'tests/fixtures/invalid'].join(delimiter),
			RONTEN_BUILD_DIR: join(work, 'broken')
		});
		expect(r.status).not.toBe(0);
		expect(r.stdout + r.stderr).toMatch(/error [a-z-]+ /);
	}, 300_000);

	it('works when served under a sub-path', async () => {
		const root = join(work, 'host');
		const r = build({ BASE_PATH: '/sub/path', RONTEN_BUILD_DIR: join(root, 'sub', 'path') });
		expect(r.status, r.stderr).toBe(0);
		// The host's header rules ship with the site, and their policy stands beside each page's <meta> one.
		const built = join(root, 'sub', 'path');
		expect(existsSync(join(built, '_headers'))).toBe(true);
		const rules = parseHeadersFile(readFileSync(join(built, '_headers'), 'utf8'));
		for (const path of ['/', '/maps/japan-nato/', '/open/']) {
			const html = readFileSync(join(built, path, 'index.html'), 'utf8');
			const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(meta, path).toMatch(/script-src 'self' 'sha256-/);
			const header = headersFileFor(rules, path)['content-security-policy'];
			expect(header, path).toMatch(/frame-ancestors 'none'/);
			expect(headerPolicyProblems(parseCsp(header!), parseCsp(meta!)), path).toEqual([]);
		}
		const { server, url } = await serve(root);
		try {
			const page = `${url}/sub/path/maps/japan-nato/`;
			const html = await (await fetch(page)).text();
			expect(html).toContain('Japan first');
			// Every script, style and preload the page names must load from under the sub-path.
			const refs = [...html.matchAll(/(?:href|src)="([^"#?]+)"/g)].map((m) => m[1] as string);
			expect(refs.length).toBeGreaterThan(3);
			for (const ref of refs) {
				const target = new URL(ref, page);
				// Links to other sites (a source's own address) are not the site's to serve.
				if (target.origin !== new URL(page).origin) continue;
				expect(target.pathname.startsWith('/sub/path/'), ref).toBe(true);
				expect((await fetch(target)).status, ref).toBe(200);
			}
			for (const file of ['graph.json', 'search.json'])
				expect((await fetch(`${page}${file}`)).status).toBe(200);
			// A link to a page ends with the slash the page is written under: without it, a host
			// redirects each click, or finds nothing.
			for (const from of [`${url}/sub/path/`, `${page}nodes/complementarity/`]) {
				const links = [...(await (await fetch(from)).text()).matchAll(/<a [^>]*href="([^"#?]*)"/g)]
					.map((m) => new URL(m[1] as string, from))
					.filter((u) => u.origin === url && !/\.[a-z]+$/.test(u.pathname));
				expect(links.length, from).toBeGreaterThan(1);
				for (const link of links) expect(link.pathname, `${from} → ${link.href}`).toMatch(/\/$/);
			}
			// Scripts start the search worker from their own address, so it loads under the sub-path too.
			const chunks = join(root, 'sub', 'path', '_app', 'immutable', 'chunks');
			const workers = readdirSync(chunks).flatMap((file) =>
				[
					...readFileSync(join(chunks, file), 'utf8').matchAll(
						/new Worker\(new URL\(`([^`]+)`,import\.meta\.url\)/g
					)
				].map((m) => new URL(m[1] as string, `${url}/sub/path/_app/immutable/chunks/${file}`))
			);
			expect(workers.length).toBeGreaterThan(0);
			for (const worker of workers) {
				expect(worker.pathname.startsWith('/sub/path/'), worker.href).toBe(true);
				expect((await fetch(worker)).status, worker.href).toBe(200);
			}
			const index = await (await fetch(`${url}/sub/path/`)).text();
			expect(index).toMatch(
				/href="\.\/maps\/japan-nato\/?"|href="\/sub\/path\/maps\/japan-nato\/?"/
			);
		} finally {
			server.close();
		}
	}, 300_000);
});
