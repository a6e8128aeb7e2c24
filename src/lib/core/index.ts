/** The public surface of the pure core. */
export * from './diagnostics';
export * from './model';
export {
	compileMap,
	MAX_MAP_BYTES,
	type CompileInput,
	type CompileResult,
	type SourceLoader
} from './compile';
export { edgeKindOf, POSITION_TAG } from './compile/build-graph';
export { adjacency, polarityOf, type Adjacency, type Polarity } from './graph/adjacency';
export { bearingIndex, type Bearing, type BearingIndex, type Stance } from './graph/bearing';
export {
	flatTrace,
	traceNode,
	type Chain,
	type ChainStep,
	type FlatTrace,
	type Trace,
	type TraceBranch,
	type TraceRow
} from './graph/trace';
export { treeRows, type TreeRow } from './graph/tree-rows';
export * from './search';
export { exporterFor, exportFormats } from './formats/registry';
export type { Exporter, Importer } from './formats/types';
