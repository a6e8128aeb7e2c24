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
	/** Writes the viewer's state into the URL now: a new history entry, or in place. */
	commit(push: boolean): void;
	/** Writes it in place once the reader pauses (typing): see SETTLE_MS. */
	commitSoon(): void;
}

/**
 * How long the URL waits for a reader to stop typing or toggling. Each write is a history call
 * that the browser answers with work of its own (it fetches and decodes the page's icon again:
 * 5–60 ms a keystroke on a large map, measured when the icon was an SVG), and Safari refuses
 * more than 100 of them in 30 seconds.
 */
const SETTLE_MS = 300;

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
	let pending: ReturnType<typeof setTimeout> | undefined;
	const commit = (push: boolean) => {
		clearTimeout(pending);
		pending = undefined;
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
	const commitSoon = () => {
		clearTimeout(pending);
		pending = setTimeout(() => commit(false), SETTLE_MS);
	};
	// Selection and panel are committed where they change (a selection is a history entry); the
	// query, focus, collapsed branches and filters are written in place once they settle.
	// Its first run is the page starting: SvelteKit's router takes no history call until the
	// page has hydrated, and the URL already says what the view shows.
	let started = false;
	$effect(() => {
		if (!ready()) return;
		viewer().urlState();
		if (started) untrack(commitSoon);
		started = true;
	});
	// A reader who leaves (or reloads) before the URL has settled takes its last state along.
	$effect(() => {
		const flush = () => {
			if (pending !== undefined) commit(false);
		};
		window.addEventListener('pagehide', flush);
		return () => {
			window.removeEventListener('pagehide', flush);
			clearTimeout(pending);
		};
	});
	return { commit, commitSoon };
}
