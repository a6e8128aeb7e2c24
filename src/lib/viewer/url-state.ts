/**
 * The part of the view that lives in the URL:
 * `?node=…&q=…&view=…&focus=2&collapsed=a,b&hide=evidence,argument&position=…&mine=1`.
 */
import { NODE_KINDS, type NodeKind } from '$lib/core/model';
import { readWhatIfUrl, writeWhatIfUrl, type WhatIfUrl } from './what-if-url';

export const VIEWS = ['details', 'trace', 'source', 'outline', 'notes', 'flow'] as const;
export type PanelView = (typeof VIEWS)[number];

/** With the Evaluate layer and the reader's what-if (`evaluate=1&reject=a,b&base=a:0.8`). */
export interface UrlState extends WhatIfUrl {
	node: string | null;
	query: string;
	view: PanelView;
	/** Steps around the selection that focus mode shows; absent for the whole map. */
	focus?: number;
	/** Nodes whose branches are folded. */
	collapsed?: string[];
	/** Node kinds the filters hide. */
	hide?: NodeKind[];
	/** Only what bears on this position is shown. */
	position?: string;
	/** Only the nodes the reader annotated are shown. */
	mine?: boolean;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

export function readUrlState(params: URLSearchParams): UrlState {
	const view = params.get('view');
	const state: UrlState = {
		node: params.get('node') || null,
		query: params.get('q') ?? '',
		view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as PanelView) : 'details'
	};
	const focus = Number(params.get('focus'));
	if (Number.isInteger(focus) && focus > 0) state.focus = Math.min(focus, 9);
	const collapsed = list(params.get('collapsed'));
	if (collapsed.length) state.collapsed = collapsed;
	const hide = list(params.get('hide')).filter((k): k is NodeKind =>
		(NODE_KINDS as readonly string[]).includes(k)
	);
	if (hide.length) state.hide = hide;
	const position = params.get('position');
	if (position) state.position = position;
	if (params.get('mine') === '1') state.mine = true;
	return { ...state, ...readWhatIfUrl(params) };
}

/** Only what differs from the defaults goes into the URL, so links stay short. */
export function writeUrlState(base: URL, state: UrlState): URL {
	const url = new URL(base);
	url.search = '';
	const set = (key: string, value: string) => url.searchParams.set(key, value);
	if (state.node) set('node', state.node);
	if (state.query) set('q', state.query);
	if (state.view !== 'details') set('view', state.view);
	if (state.focus) set('focus', String(state.focus));
	if (state.collapsed?.length) set('collapsed', state.collapsed.join(','));
	if (state.hide?.length) set('hide', state.hide.join(','));
	if (state.position) set('position', state.position);
	if (state.mine) set('mine', '1');
	writeWhatIfUrl(set, state);
	return url;
}
