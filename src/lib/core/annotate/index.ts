/** Personal annotation: the model, the W3C mapping both ways, merging and re-anchoring. */
export * from './model';
export * from './targets';
export * from './export';
export * from './read';
export * from './import';
export * from './merge';
export * from './anchor';
export * from './reanchor';
export * from './passage';
export type * from './w3c-types';
