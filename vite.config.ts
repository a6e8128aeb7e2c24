import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: [
			'src/**/*.test.ts',
			'tests/cli/**/*.test.ts',
			'tests/deps/**/*.test.ts',
			'tests/site/**/*.test.ts'
		],
		environment: 'node',
		testTimeout: 30_000
	}
});
