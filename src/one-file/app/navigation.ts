/** `$app/navigation` for the one-file viewer: shallow history entries only, as the viewer uses. */
import { page } from './state.svelte';

function write(kind: 'pushState' | 'replaceState', url: string | URL, state: App.PageState) {
	history[kind](state, '', url);
	page.url = new URL(window.location.href);
	page.state = state;
}

export const pushState = (url: string | URL, state: App.PageState) =>
	write('pushState', url, state);
export const replaceState = (url: string | URL, state: App.PageState) =>
	write('replaceState', url, state);
