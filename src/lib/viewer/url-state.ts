/** The part of the view that lives in the URL: `?node=…&q=…&view=…`. */
export const VIEWS = ['details', 'trace', 'source', 'outline'] as const;
export type PanelView = (typeof VIEWS)[number];

export interface UrlState {
	node: string | null;
	query: string;
	view: PanelView;
}

export function readUrlState(params: URLSearchParams): UrlState {
	const view = params.get('view');
	return {
		node: params.get('node') || null,
		query: params.get('q') ?? '',
		view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as PanelView) : 'details'
	};
}

/** Only what differs from the defaults goes into the URL, so links stay short. */
export function writeUrlState(base: URL, state: UrlState): URL {
	const url = new URL(base);
	url.search = '';
	if (state.node) url.searchParams.set('node', state.node);
	if (state.query) url.searchParams.set('q', state.query);
	if (state.view !== 'details') url.searchParams.set('view', state.view);
	return url;
}
