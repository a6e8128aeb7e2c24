/**
 * The viewer's panels, in tab order: a new panel is one component file and
 * one line here (and its id in url-state's VIEWS, so links can name it).
 */
import type { Component } from 'svelte';
import type { PanelView } from './url-state';
import type { PanelProps } from './panel-props';
import NodePanel from './components/NodePanel.svelte';
import TracePanel from './components/TracePanel.svelte';
import SourcePanel from './components/SourcePanel.svelte';
import OutlinePanel from './components/OutlinePanel.svelte';
import Overview from './components/Overview.svelte';
import FlowPanel from './components/FlowPanel.svelte';
import NotesPanel from './components/NotesPanel.svelte';

export interface PanelSpec {
	id: PanelView;
	label: string;
	component: Component<PanelProps>;
	/** Whether the panel shows a node: until one is selected, `placeholder` stands in. */
	needsSelection: boolean;
	/** A prompt, or a panel of its own (the Details panel opens on the map's overview). */
	placeholder?: string | Component<PanelProps>;
	/** Shows only the reader's own notes: left out where they are not (`PanelProps.personal`). */
	personal?: boolean;
}

export const PANELS: readonly PanelSpec[] = [
	{
		id: 'details',
		label: 'Details',
		component: NodePanel,
		needsSelection: true,
		placeholder: Overview
	},
	{
		id: 'trace',
		label: 'Trace',
		component: TracePanel,
		needsSelection: true,
		placeholder:
			'Select a node to trace what supports and contests it, and how it bears on each position.'
	},
	{ id: 'source', label: 'Source', component: SourcePanel, needsSelection: false },
	{ id: 'outline', label: 'Outline', component: OutlinePanel, needsSelection: false },
	{ id: 'flow', label: 'Flow', component: FlowPanel, needsSelection: false },
	{ id: 'notes', label: 'Notes', component: NotesPanel, needsSelection: false, personal: true }
];

/** The panels a viewer shows: without the reader's own where they are not kept. */
export const panelsFor = (personal = true): readonly PanelSpec[] =>
	personal ? PANELS : PANELS.filter((p) => !p.personal);

export type { PanelProps };
