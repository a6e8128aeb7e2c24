/** Compiles inline Argdown in unit tests, with sources given as a name → text table. */
import { compileMap, type CompileResult } from './compile';

export function compileText(
	text: string,
	sources: Record<string, string> = {},
	file = 'test.argdown'
): CompileResult {
	return compileMap({
		id: 'test',
		file,
		content: text,
		loadSource: (name) => (name in sources ? (sources[name] as string) : null)
	});
}

export const codes = (r: CompileResult) => r.diagnostics.map((d) => d.code);
