/** SVG of a Cytoscape view through the cytoscape-svg extension, loaded and registered on first use. */
import type { Core } from 'cytoscape';

let registered: Promise<void> | null = null;

export async function svgOf(cy: Core): Promise<string> {
	// Cytoscape complains when an extension is registered twice, so once per page.
	registered ??= Promise.all([import('cytoscape'), import('cytoscape-svg')]).then(
		([{ default: cytoscape }, { default: svg }]) => void cytoscape.use(svg)
	);
	await registered;
	return (cy as Core & { svg(options: object): string }).svg({ full: false, bg: '#ffffff' });
}
