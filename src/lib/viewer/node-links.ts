/**
 * Links to a node are real links (`…/?node=ID`): they open in a new tab and can be copied.
 * The viewer provides the map page's path once; every NodeLink below reads it.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('node-links');

/**
 * The permalink of a node on a map page (the page's path, with its trailing slash). An empty
 * path is the page itself, whatever its name: the one-file viewer, opened from anywhere.
 */
export function nodeHref(mapPath: string, id: string): string {
	if (!mapPath) return `?node=${encodeURIComponent(id)}`;
	const page = mapPath.endsWith('/') ? mapPath : `${mapPath}/`;
	return `${page}?node=${encodeURIComponent(id)}`;
}

/** Call while the viewer initialises. */
export function provideNodeLinks(mapPath: () => string) {
	setContext(KEY, mapPath);
}

/** Call while a component initialises; gives the href of a node, or '?node=ID' outside a viewer. */
export function useNodeLinks(): (id: string) => string {
	const mapPath = getContext<(() => string) | undefined>(KEY);
	return (id) => (mapPath ? nodeHref(mapPath(), id) : `?node=${encodeURIComponent(id)}`);
}

/** A click that the page handles itself; with a modifier key or another button, the browser's. */
export function isPlainClick(e: MouseEvent): boolean {
	return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
