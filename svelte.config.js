import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// RONTEN_BUILD_DIR lets tests and benchmarks build side by side with the real site.
		adapter: adapter({
			strict: true,
			pages: process.env.RONTEN_BUILD_DIR ?? 'build',
			assets: process.env.RONTEN_BUILD_DIR ?? 'build',
			// Static hosts serve this for paths that do not exist: the site's own error page.
			fallback: '404.html'
		}),
		// A site published under a sub-path sets BASE_PATH=/sub/path at build time.
		paths: {
			base: /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? ''),
			relative: true
		},
		// Helpers shared by unit tests (beside the code) and the tests in tests/: kept out of src/.
		alias: { $test: 'tests/support' },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			// Only large maps have an outline page (a smaller map's outline is in its own page), so
			// a site of small maps renders none; any other route left unrendered still fails.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((route) => route !== '/maps/[id]/outline')) throw new Error(message);
			}
		},
		// The stylesheets are small: inside the page they cost no request that holds up its first paint and its scripts.
		inlineStyleThreshold: 16384,
		// Prerendered pages get a CSP <meta> with hashes of SvelteKit's own inline scripts.
		// Styles stay 'unsafe-inline' because Cytoscape and Svelte set style attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
