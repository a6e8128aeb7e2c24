/**
 * The URL mirrors what is worth sharing: a reload, back/forward or a shared
 * link restores it. Each history entry we push carries the same state in
 * page.state (SvelteKit's shallow routing), because page.url keeps the URL
 * the page was loaded with.
 */
import { untrack } from 'svelte';
import { page } from '$app/state';
import { pushState, replaceState } from '$app/navigation';
import type { ViewerState } from './state.svelte';
import { readUrlState, writeUrlState } from './url-state';

export interface UrlSync {
	/** Writes the viewer's state into the URL: a new history entry, or in place (typing). */
	commit(push: boolean): void;
}

/**
 * Keeps a viewer and the URL in step. Call it while a component initialises; `ready` is false
 * until the component has mounted (the prerendered page has no URL state to apply).
 */
export function syncUrl(viewer: () => ViewerState, ready: () => boolean): UrlSync {
	$effect(() => {
		if (!ready()) return;
		const state = page.state.view;
		// Only a new URL state re-applies it: what applyUrl reads must not make this effect run
		// again, or a filter changed on the page would be reset from the URL it has not reached yet.
		untrack(() =>
			// Read once, never changed: no reactive URL needed.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			viewer().applyUrl(state ?? readUrlState(new URL(window.location.href).searchParams))
		);
	});
	const commit = (push: boolean) => {
		const state = viewer().urlState();
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const url = writeUrlState(new URL(window.location.href), state);
		if (url.href === window.location.href) return;
		// The URL is this very page with a new query string, so there is no route to resolve().
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		if (push) pushState(url, { view: state });
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		else replaceState(url, { view: state });
	};
	// Selection, panel and query are committed where they change (a selection is a history
	// entry); focus, collapsed branches and filters are written in place whenever they change.
	// Its first run is the page starting: SvelteKit's router takes no history call until the
	// page has hydrated, and the URL already says what the view shows.
	let started = false;
	$effect(() => {
		if (!ready()) return;
		viewer().urlState();
		if (started) untrack(() => commit(false));
		started = true;
	});
	return { commit };
}
