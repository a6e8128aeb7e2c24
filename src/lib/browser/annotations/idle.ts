/**
 * Work done while the page has nothing better to do: a task gets a slice of
 * time when the browser is idle, so that a long job (anchoring thousands of
 * annotations again) never holds up a frame or a reader's key press.
 */

/** Runs `task` when the page is idle, with a function that says how many ms its slice has left; returns a cancel. */
export type IdleRunner = (task: (timeLeft: () => number) => void) => () => void;

/** Less than a frame, so that a slice that runs over still leaves the frame time to draw. */
const SLICE_MS = 8;

/**
 * The browser's idle callbacks, or, where there are none, a task soon after. On a page that
 * is never idle (a large graph still drawing), a task runs after `timeoutMs` all the same.
 */
export function browserIdle(sliceMs = SLICE_MS, timeoutMs = 500): IdleRunner {
	return (task) => {
		if (typeof requestIdleCallback === 'function') {
			const handle = requestIdleCallback(
				(deadline) => {
					const until = performance.now() + Math.min(sliceMs, deadline.timeRemaining() || sliceMs);
					task(() => until - performance.now());
				},
				{ timeout: timeoutMs }
			);
			return () => cancelIdleCallback(handle);
		}
		const handle = setTimeout(() => {
			const until = performance.now() + sliceMs;
			task(() => until - performance.now());
		}, 0);
		return () => clearTimeout(handle);
	};
}

/**
 * Runs a task once the page is quiet: an idle period of at least `quietMs`, which the
 * browser gives only when no frame is waiting to be drawn (so not between the batches of
 * a graph still drawing), or after `withinMs` all the same.
 */
export function browserQuiet(quietMs = 30, withinMs = 3000): IdleRunner {
	if (typeof requestIdleCallback !== 'function') return browserIdle(0, withinMs);
	return (task) => {
		const until = performance.now() + withinMs;
		let handle = 0;
		const look = (deadline: IdleDeadline) => {
			const left = until - performance.now();
			if (deadline.timeRemaining() >= quietMs || deadline.didTimeout || left <= 0)
				task(() => deadline.timeRemaining());
			else handle = requestIdleCallback(look, { timeout: left });
		};
		handle = requestIdleCallback(look, { timeout: withinMs });
		return () => cancelIdleCallback(handle);
	};
}
