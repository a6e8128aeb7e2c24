/**
 * Files a reader opens in the browser → a map to view. An `.argdown` file is
 * compiled with the other files given as its sources; an AIF or Kialo file is
 * imported first. Everything runs here: nothing is uploaded. The compiler and
 * importers load on first use, so the page that offers this stays light.
 */
import type { Diagnostic } from '../diagnostics';
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
		return { map: result.map, diagnostics: result.diagnostics, format: 'argdown', argdown: null };
	}
	const imported = importText({ text: read.value, file: main.name, name: stem(main.name) });
	if (!imported.value) return failed(imported.diagnostics);
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
		diagnostics: [...imported.diagnostics, ...compiled.diagnostics],
		format,
		argdown
	};
}
