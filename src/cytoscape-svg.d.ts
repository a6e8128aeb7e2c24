declare module 'cytoscape-svg' {
	import type { Ext } from 'cytoscape';
	const extension: Ext;
	export default extension;
}
