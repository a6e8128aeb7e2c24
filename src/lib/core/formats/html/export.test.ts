import { describe, expect, it } from 'vitest';
import hostileText from '../../../../../tests/fixtures/site/hostile.argdown?raw';
import { compileText } from '$test/compile-text';
import { referenceMap } from '$test/reference-map';
import { exporterFor, exportFormats } from '../registry';
import { MAP_ELEMENT_ID, SEARCH_ELEMENT_ID, type OneFileData } from './one-file';
import { oneFilePolicy } from './page';

const viewer = {
	script: 'window.started = true;',
	scriptSha256: 'c2hhMjU2',
	style: 'body{margin:0}'
};
const html = exporterFor('html')!;

/** The text of each <script> element, as the HTML parser ends them: at the first `</script`. */
function scriptBodies(page: string): Map<string, string> {
	const bodies = new Map<string, string>();
	for (const m of page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script/gi))
		bodies.set(/id="([^"]+)"/.exec(m[1]!)?.[1] ?? 'code', m[2]!);
	return bodies;
}

describe('the one-file html format', () => {
	it('is offered only to callers that have the compiled viewer', () => {
		expect(exportFormats()).not.toContain('html');
		expect(exportFormats({ withViewer: true })).toContain('html');
		expect(() => html.export(referenceMap())).toThrow(/options.viewer/);
	});

	it('carries the map, its graph, its Argdown and its search index, read back whole', () => {
		const map = referenceMap();
		const page = html.export(map, { viewer });
		const bodies = scriptBodies(page);
		const data = JSON.parse(bodies.get(MAP_ELEMENT_ID)!) as OneFileData;
		expect(data.version).toBe(1);
		expect(data.map.nodes.map((n) => n.id)).toEqual(map.nodes.map((n) => n.id));
		expect(data.graph.elements.length).toBeGreaterThan(map.nodes.length);
		expect(data.argdown).toContain(map.title);
		expect(Object.keys(JSON.parse(bodies.get(SEARCH_ELEMENT_ID)!))).not.toHaveLength(0);
		expect(bodies.get('code')).toBe(viewer.script);
	});

	it('lets only its own script run, and nothing connect anywhere', () => {
		const page = html.export(referenceMap(), { viewer });
		const policy = oneFilePolicy(viewer.scriptSha256);
		expect(page).toContain(
			`<meta http-equiv="Content-Security-Policy" content="${policy.replace(/'/g, '&#39;')}">`
		);
		expect(policy).toContain(`script-src 'sha256-${viewer.scriptSha256}'`);
		expect(policy).toContain("connect-src 'none'");
		expect(policy).toContain("default-src 'none'");
		// Nothing in the page points at a network address (the map's source URL is inside JSON).
		expect(page.replace(/<script[\s\S]*?<\/script>/g, '')).not.toMatch(
			/(src|href)="(https?:)?\/\//
		);
	});

	it('keeps a hostile map inert: text, never markup or script', () => {
		const { map } = compileText(hostileText, {}, 'hostile.argdown');
		const page = html.export(map, { viewer });
		// One element per script the page means to have, whatever the map's text holds.
		expect([...page.matchAll(/<script/gi)]).toHaveLength(3);
		// The map's markup is all escaped: no tag of it is left, and no link is made of its URLs.
		expect(page).not.toMatch(/<img|<b>|href="javascript/i);
		expect(page).toContain('&lt;img src=x onerror=&quot;window.pwned = 2&quot;&gt;');
		expect(page).toContain('<title>Markup &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;');
		const data = JSON.parse(scriptBodies(page).get(MAP_ELEMENT_ID)!) as OneFileData;
		expect(data.map.title).toBe(map.title);
	});

	it('refuses a compiled viewer that would end its own element early', () => {
		expect(() =>
			html.export(referenceMap(), { viewer: { ...viewer, script: 'a = "</script>"' } })
		).toThrow(/cannot be inlined/);
	});
});
