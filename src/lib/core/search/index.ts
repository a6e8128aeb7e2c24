/** Full-text search over a map: build the index ahead of time, query it anywhere. */
export * from './types';
export * from './build';
export * from './query';
