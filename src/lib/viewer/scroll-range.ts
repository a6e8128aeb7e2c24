/**
 * Brings a range of text to the middle of whatever scrolls it. A range has no
 * scrollIntoView of its own, and its text node's parent may be a whole source
 * text, whose middle is far from the passage.
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

export function scrollRangeIntoView(range: Range) {
	const rect = range.getBoundingClientRect();
	const box = scroller(range.startContainer.parentElement);
	if (box) {
		const outer = box.getBoundingClientRect();
		box.scrollBy({ top: rect.top + rect.height / 2 - (outer.top + outer.height / 2) });
	} else {
		window.scrollBy({ top: rect.top + rect.height / 2 - window.innerHeight / 2 });
	}
}
