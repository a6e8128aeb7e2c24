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
	const { declarations, files } = sourceFiles(doc, input);
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
		nodes: doc.nodes.map((n) => draftNode(n, doc.nodes, warn)),
		edges: doc.edges
			.filter((e) => e.origin === 'relation')
			.map(({ from, to, kind }) => ({ from, to, kind })),
		comments: [
			`Imported from ${input.file} (Ronten map JSON): ${doc.nodes.length} nodes, ${doc.edges.length} edges.`
		]
	};
	return { draft, sources: files };
}

function draftNode(n: JsonNode, nodes: JsonNode[], warn: Warn): DraftNode {
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
			? { quote: { source: n.quote.source, exact: n.quote.exact } }
			: {}),
		...(n.base !== undefined ? { base: n.base } : {}),
		...(n.kind === 'argument' ? { pcs } : {})
	};
}

/**
 * The sources' declarations and the files to write beside the map. A source
 * keeps its path when it stays inside the map's folder and is not taken by
 * another; otherwise it is renamed under `sources/`, so that an import never
 * writes outside the folder it is given.
 */
function sourceFiles(
	doc: RontenJson,
	input: ImportInput
): { declarations: DraftSource[]; files: ImportedSource[] } {
	const used = new Set<string>();
	const declarations: DraftSource[] = [];
	const files: ImportedSource[] = [];
	for (const s of doc.sources) {
		const declaration = sourceDeclaration({ ...s, file: undefined });
		if (s.file !== undefined) {
			const kept = s.file.replace(/\\/g, '/');
			const safe = !sourcePathProblem(kept) && /^[\w./ -]+$/.test(kept);
			let path = safe ? kept : `sources/${input.name}-${slugify(s.id)}.txt`;
			for (let n = 2; used.has(path); n++) path = `sources/${input.name}-${slugify(s.id)}-${n}.txt`;
			used.add(path);
			declaration.file = path;
			files.push({ file: path, text: s.text });
		}
		declarations.push(declaration);
	}
	return { declarations, files };
}
