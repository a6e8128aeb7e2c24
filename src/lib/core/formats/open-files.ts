/**
 * Files a reader opens in the browser → a map to view. An `.argdown` file is
 * compiled with the other files given as its sources; an AIF or Kialo file is
 * imported first. Everything runs here: nothing is uploaded. The compiler and
 * importers load on first use, so the page that offers this stays light.
 */
import type { Diagnostic } from '../diagnostics';
import { notTextProblem } from './shared/not-text';
import type { ArgumentMap } from '../model';

export interface LocalFile {
	name: string;
	bytes: Uint8Array;
}

export interface OpenedMap {
	/** Null when nothing could be read; the diagnostics say why. */
	map: ArgumentMap | null;
	diagnostics: Diagnostic[];
	/** What the main file was read as: argdown, aif or kialo. */
	format: string | null;
	/** The map as Argdown, for an imported file (so it can be saved into `arguments/`). */
	argdown: string | null;
}

const stem = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'map';
const isArgdown = (name: string) => /\.(argdown|ad)$/i.test(name);

/** The file the others serve: an Argdown map first, then AIF JSON, then any text file. */
export function mainFile(files: LocalFile[]): LocalFile | undefined {
	return (
		files.find((f) => isArgdown(f.name)) ??
		files.find((f) => /\.json$/i.test(f.name)) ??
		files.find((f) => /\.txt$/i.test(f.name)) ??
		files[0]
	);
}

export async function openFiles(files: LocalFile[]): Promise<OpenedMap> {
	const [{ compileMap }, { importText }, { readText }] = await Promise.all([
		import('../compile'),
		import('./import-file'),
		import('../text/read-text')
	]);
	const failed = (diagnostics: Diagnostic[]): OpenedMap => ({
		map: null,
		diagnostics,
		format: null,
		argdown: null
	});
	const main = mainFile(files);
	if (!main) return failed([]);
	const notText = notTextProblem(main.bytes, main.name);
	if (notText) return failed([notText]);
	// The one read check (size, UTF-8), whatever the file turns out to be.
	const read = readText(main.bytes, main.name);
	if (read.value === null) return failed(read.diagnostics);
	// Sources are found by file name, whatever folder the map names them in.
	const others = new Map(
		files.filter((f) => f !== main).map((f) => [f.name.replace(/^.*[\\/]/, ''), f.bytes])
	);
	const byName = (path: string) => others.get(path.replace(/^.*[\\/]/, '')) ?? null;

	if (isArgdown(main.name)) {
		const result = compileMap({
			id: stem(main.name),
			file: main.name,
			content: read.value,
			loadSource: byName
		});
		return {
			map: result.map,
			diagnostics: result.diagnostics.map(inTheBrowser),
			format: 'argdown',
			argdown: null
		};
	}
	const imported = importText({ text: read.value, file: main.name, name: stem(main.name) });
	if (!imported.value) return failed(imported.diagnostics.map((d) => unknownHere(d, main.name)));
	const { argdown, sources, format } = imported.value;
	const texts = new Map(sources.map((s) => [s.file, s.text]));
	const compiled = compileMap({
		id: stem(main.name),
		file: `${stem(main.name)}.argdown`,
		content: argdown,
		loadSource: (path) => texts.get(path) ?? byName(path)
	});
	return {
		map: compiled.map,
		diagnostics: [
			...imported.diagnostics,
			...compiled.diagnostics.map((d) => ofImported(d, main.name, format))
		],
		format,
		argdown
	};
}

/**
 * The page offers no command line: a file of no known kind is told what it can open instead,
 * and a text file alone that it is likely a source, to be opened with its map.
 */
function unknownHere(d: Diagnostic, name: string): Diagnostic {
	if (d.code !== 'unknown-format') return d;
	return {
		...d,
		hint: /\.txt$/i.test(name)
			? 'If it is a source text, open it together with the .argdown map that quotes it (select both, or drop both). A Kialo export is a .txt file too, starting with its discussion title.'
			: 'Open an .argdown map (with its source texts), a map exported by Ronten as JSON, an AIF JSON file or a Kialo export.'
	};
}

/**
 * A problem of the map read from an imported file belongs to that file: the reader never
 * had the Argdown it was turned into, so its lines and Argdown advice mean nothing to them.
 */
function ofImported(d: Diagnostic, name: string, format: string): Diagnostic {
	const { line: _line, column: _column, endLine: _endLine, endColumn: _endColumn, ...rest } = d;
	return {
		...rest,
		file: name,
		line: 1,
		column: 1,
		message: `${d.message} (in the map read from this ${format} file)`,
		...(d.code === 'empty-map'
			? {
					hint: `The file holds no statements or arguments: check that it is the ${format} file meant.`
				}
			: {})
	};
}

/**
 * A page cannot read a path, only the files the reader chooses: a missing source is fixed by
 * choosing its text file along with the map, whatever folder the map names it in.
 */
function inTheBrowser(d: Diagnostic): Diagnostic {
	if (d.code !== 'source-missing') return d;
	const name = /"([^"]+)"/.exec(d.message)?.[1]?.replace(/^.*[\\/]/, '');
	return {
		...d,
		hint: `Open the map again and choose its text file${name ? ` "${name}"` : ''} too: select both in the file dialog, or drop both together.`
	};
}
