/**
 * Ronten map JSON → draft map: the richest format we write, read back whole.
 * Nodes keep their kind, title, text, tags, section, quote, base score and
 * reconstruction; relations (not the premise and conclusion edges, which the
 * reconstructions imply) come back as written; the title, language, question
 * and thesis go to the front matter; each source with a text comes back as a
 * file beside the map.
 */
import { warning } from '../../diagnostics';
import { sourcePathProblem } from '../../compile/source-file';
import { SOURCE_ID, WEB_URL } from '../../compile/front-matter';
import { slugify } from '../../text/slug';
import { sourceDeclaration, type DraftMap, type DraftNode, type DraftSource } from '../draft';
import { parseJsonDocument } from '../shared/json-document';
import { looksLikeRontenMap } from '../shared/sniff';
import { shortTitle } from '../shared/titles';
import type { ImportedMap, ImportedSource, Importer, ImportInput } from '../types';
import { readRontenJson, type JsonNode, type RontenJson } from './read';

export const jsonImporter: Importer = {
	format: 'json',
	description: 'Ronten map JSON, as ronten export --format json writes it',
	extensions: ['json'],
	detect(text) {
		const start = text.trimStart();
		if (!start.startsWith('{')) return false;
		try {
			return looksLikeRontenMap(JSON.parse(text));
		} catch {
			// Broken JSON that starts like ours: read it, so its syntax errors are located.
			return /^\{\s*"formatVersion"\s*:/.test(start);
		}
	},
	read(input) {
		const parsed = parseJsonDocument(input.text, input.file);
		if (!parsed.value) return { value: null, diagnostics: parsed.diagnostics };
		const read = readRontenJson(parsed.value, input.file);
		if (!read.value) return { value: null, diagnostics: read.diagnostics };
		const placeOf = parsed.value.placeOf;
		const diagnostics = [...read.diagnostics];
		const value = convert(read.value, input, (path, message, hint) =>
			diagnostics.push(warning('map-json-dropped', input.file, placeOf(path), message, hint))
		);
		return { value, diagnostics };
	}
};

type Warn = (path: (string | number)[], message: string, hint: string) => void;

function convert(doc: RontenJson, input: ImportInput, warn: Warn): ImportedMap {
	const { declarations, files, renamed } = sourceFiles(doc, input, warn);
	const positions = new Set(doc.nodes.filter((n) => n.kind === 'position').map((n) => n.id));
	let thesis = doc.thesis;
	if (thesis && !positions.has(thesis)) {
		warn(
			['thesis'],
			`The thesis "${thesis}" names no position of the map; the map is imported without one.`,
			'Name the id of a node of kind "position".'
		);
		thesis = undefined;
	}
	const draft: DraftMap = {
		title: doc.title,
		language: doc.language,
		...(doc.question ? { question: doc.question } : {}),
		...(thesis ? { thesis } : {}),
		sources: declarations,
		nodes: doc.nodes.map((n) => draftNode(n, doc.nodes, renamed, warn)),
		edges: doc.edges
			.filter((e) => e.origin === 'relation')
			.map(({ from, to, kind }) => ({ from, to, kind })),
		comments: [
			`Imported from ${input.file} (Ronten map JSON): ${doc.nodes.length} nodes, ${doc.edges.length} edges.`
		]
	};
	return { draft, sources: files };
}

function draftNode(
	n: JsonNode,
	nodes: JsonNode[],
	renamed: ReadonlyMap<string, string>,
	warn: Warn
): DraftNode {
	const ids = new Set(nodes.map((m) => m.id));
	const pcs = (n.pcs ?? []).filter((step, i) => {
		if (ids.has(step.node)) return true;
		warn(
			[...n.path, 'pcs', i, 'node'],
			`Step ${i + 1} of "${n.id}" names node "${step.node}", which the map lacks; it is left out.`,
			'Name the id of a node of the map.'
		);
		return false;
	});
	return {
		key: n.id,
		kind: n.kind,
		title: n.title.trim() || shortTitle(n.text) || n.id,
		text: n.text,
		tags: n.tags,
		...(n.section ? { section: n.section } : {}),
		...(n.quote && (n.kind === 'evidence' || n.kind === 'position')
			? { quote: { source: renamed.get(n.quote.source) ?? n.quote.source, exact: n.quote.exact } }
			: {}),
		...(n.base !== undefined ? { base: n.base } : {}),
		...(n.kind === 'argument' ? { pcs } : {})
	};
}

/**
 * The sources' declarations and the files to write beside the map. A source
 * keeps its path when it stays inside the map's folder and is not taken by
 * another; otherwise it is renamed under `sources/`, so that an import never
 * writes outside the folder it is given. A source with a text and no path gets
 * one, so its text is not lost. What the map's front matter would refuse is
 * mended here and said (an id that is no id, an address that is no web page),
 * so that the written map compiles.
 */
function sourceFiles(
	doc: RontenJson,
	input: ImportInput,
	warn: Warn
): { declarations: DraftSource[]; files: ImportedSource[]; renamed: Map<string, string> } {
	const used = new Set<string>();
	const declarations: DraftSource[] = [];
	const files: ImportedSource[] = [];
	const renamed = new Map<string, string>();
	const ids = new Set(doc.sources.map((s) => s.id).filter((id) => SOURCE_ID.test(id)));
	for (const [i, s] of doc.sources.entries()) {
		let id = s.id;
		if (!SOURCE_ID.test(id)) {
			const base = slugify(id) || 'source';
			id = base;
			for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
			ids.add(id);
			renamed.set(s.id, id);
			warn(
				['sources', i, 'id'],
				`The source id "${s.id}" may hold only letters, digits, - and _; it is imported as "${id}".`,
				'Give the source an id of letters, digits, - and _.'
			);
		}
		let url = s.url;
		if (url !== undefined && !WEB_URL.test(url.trim())) {
			warn(
				['sources', i, 'url'],
				`The source's address "${url}" is no web page (http or https); it is left out.`,
				'Give the address of the source on the web, or none.'
			);
			url = undefined;
		}
		const declaration = sourceDeclaration({ ...s, id, url, file: undefined });
		const file = s.file ?? (s.text ? `sources/${input.name}-${slugify(id)}.txt` : undefined);
		if (file !== undefined) {
			const kept = file.replace(/\\/g, '/');
			const safe = !sourcePathProblem(kept) && /^[\w./ -]+$/.test(kept);
			let path = safe ? kept : `sources/${input.name}-${slugify(id)}.txt`;
			for (let n = 2; used.has(path); n++) path = `sources/${input.name}-${slugify(id)}-${n}.txt`;
			used.add(path);
			declaration.file = path;
			files.push({ file: path, text: s.text });
		}
		declarations.push(declaration);
	}
	return { declarations, files, renamed };
}
