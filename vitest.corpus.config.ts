import { defineConfig } from 'vitest/config';

// The corpus lives beside the clone (../shared/corpus) and is read in place.
export default defineConfig({
	test: {
		include: ['tests/corpus/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
