/** SVG of a Cytoscape view through the cytoscape-svg extension, loaded and registered on first use. */
import type { Core } from 'cytoscape';

let registered: Promise<void> | null = null;

/** `bg`: the ground under the graph, or none (null) for an image to lay over another. */
export async function svgOf(cy: Core, bg: string | null = '#ffffff'): Promise<string> {
	// Cytoscape complains when an extension is registered twice, so once per page.
	registered ??= Promise.all([import('cytoscape'), import('cytoscape-svg')]).then(
		([{ default: cytoscape }, { default: svg }]) => void cytoscape.use(svg)
	);
	await registered;
	const options = bg ? { full: false, bg } : { full: false };
	return (cy as Core & { svg(options: object): string }).svg(options);
}
