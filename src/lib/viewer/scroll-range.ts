/**
 * Scrolling something into view within this page only. The browser's
 * scrollIntoView scrolls every scrolling ancestor, the frame's own host page
 * too: an embed opened on a quote pulled the page around it down to the frame.
 * A range of text has no scrollIntoView of its own either, and its text node's
 * parent may be a whole source text, whose middle is far from the passage.
 */

/** The nearest ancestor that scrolls vertically, or null for the page itself. */
function scroller(from: Element | null): Element | null {
	for (let el = from; el; el = el.parentElement) {
		const { overflowY } = getComputedStyle(el);
		if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight)
			return el;
	}
	return null;
}

/** Brings a range of text to the middle of whatever scrolls it. */
export function scrollRangeIntoView(range: Range) {
	reveal(range.getBoundingClientRect(), range.startContainer.parentElement, 'center');
}

/**
 * Brings an element into view in the nearest box that scrolls it (or this page): `nearest`
 * moves it only as far as needed, `center` to the middle, `start` to the top.
 */
export function scrollElementIntoView(
	el: Element,
	block: 'nearest' | 'center' | 'start' = 'nearest',
	behavior: ScrollBehavior = 'auto'
) {
	reveal(el.getBoundingClientRect(), el.parentElement, block, behavior);
}

function reveal(
	rect: DOMRect,
	inside: Element | null,
	block: 'nearest' | 'center' | 'start',
	behavior: ScrollBehavior = 'auto'
) {
	const box = scroller(inside);
	const outer = box ? box.getBoundingClientRect() : { top: 0, bottom: window.innerHeight };
	let by = 0;
	if (block === 'start') by = rect.top - outer.top;
	else if (block === 'center') by = (rect.top + rect.bottom - outer.top - outer.bottom) / 2;
	else if (rect.top < outer.top || rect.height > outer.bottom - outer.top)
		by = rect.top - outer.top;
	else if (rect.bottom > outer.bottom) by = rect.bottom - outer.bottom;
	if (!by) return;
	(box ?? window).scrollBy({ top: by, behavior });
}
