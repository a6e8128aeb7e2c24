/** The bundled reference map, compiled with its source, for tests of what the viewer draws. */
import referenceText from '../../arguments/japan-nato.argdown?raw';
import article from '../../arguments/sources/nato-and-japan.txt?raw';
import { compileMap } from '../../src/lib/core/compile';
import type { ArgumentMap } from '../../src/lib/core/model';

/** The thesis its front matter names, set here whether or not the compiler reads it yet. */
export const REFERENCE_THESIS = 'cross-regional-deterrence';

export function referenceMap(): ArgumentMap {
	const { map } = compileMap({
		id: 'japan-nato',
		file: 'japan-nato.argdown',
		content: referenceText,
		loadSource: (name) => (name === 'sources/nato-and-japan.txt' ? article : null)
	});
	return { ...map, thesis: REFERENCE_THESIS };
}
