/**
 * `$app/state` for the one-file viewer: the part of SvelteKit's `page` the
 * viewer reads (the URL and the state of shallow history entries), kept by
 * plain History API calls. A file opened from disk may change its own query
 * string and fragment, which is all the viewer writes.
 */
class OneFilePage {
	url = $state(new URL(window.location.href));
	state = $state.raw<App.PageState>({});
}

export const page = new OneFilePage();

window.addEventListener('popstate', (event) => {
	page.url = new URL(window.location.href);
	page.state = (event.state as App.PageState | null) ?? {};
});
