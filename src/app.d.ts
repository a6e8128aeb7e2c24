// See https://svelte.dev/docs/kit/types#app.d.ts
import type { UrlState } from '$lib/viewer/url-state';

declare global {
	namespace App {
		/** What a map page's history entries remember: selection, query and panel. */
		interface PageState {
			view?: UrlState;
		}
	}
}

export {};
