import { expect, test, type Page, type Worker } from '@playwright/test';
import { graphDrawn, watchConsole } from './helpers';

/**
 * The large fixture map (tests/fixtures/site/large.argdown, 1,100 nodes) is past
 * EVALUATION_WORKER_FROM, so the viewer evaluates it in a worker. Rejecting «Claim 23»
 * takes away the only standing attack on «Claim 5», which then stands.
 */
const NODES = 1100;
const REJECTED = 'claim-23';
const FREED = 'claim-5';

/** The verdict the graph draws for a node: the class the Evaluate layer gave it. */
function verdictOf(page: Page, id: string) {
	return page.getByTestId('graph').evaluate((el, nodeId) => {
		const cy = (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
		const node = cy.getElementById(nodeId);
		return (['in', 'out', 'undecided'] as const).find((l) => node.hasClass(`eval-${l}`)) ?? null;
	}, id);
}

function evaluatedNodes(page: Page) {
	return page.getByTestId('graph').evaluate((el) => {
		const cy = (el as unknown as { _cyreg: { cy: import('cytoscape').Core } })._cyreg.cy;
		return cy.nodes('.evaluated').length;
	});
}

/** Frames the page draws in half a second: none if its thread were busy. */
function framesIn500ms(page: Page) {
	return page.evaluate(
		() =>
			new Promise<number>((done) => {
				let frames = 0;
				const start = performance.now();
				const tick = () => {
					frames++;
					if (performance.now() - start < 500) requestAnimationFrame(tick);
					else done(frames);
				};
				requestAnimationFrame(tick);
			})
	);
}

type Gate = { answers: number; release: () => void };

/**
 * From inside the worker, for this test only: counts the answers it posts, and holds the
 * questions it receives until `release()`, so the test can look at the page in between.
 */
function holdQuestions(worker: Worker) {
	return worker.evaluate(() => {
		const scope = self as unknown as Gate & {
			onmessage: ((e: MessageEvent) => void) | null;
			postMessage: (m: unknown, transfer: Transferable[]) => void;
		};
		const answer = scope.onmessage!;
		const post = scope.postMessage.bind(scope);
		const held: MessageEvent[] = [];
		scope.answers = 0;
		scope.postMessage = (m, transfer) => {
			scope.answers++;
			post(m, transfer);
		};
		scope.release = () => {
			scope.onmessage = answer;
			for (const e of held.splice(0)) answer.call(scope, e);
		};
		scope.onmessage = (e) => held.push(e);
	});
}

test('a large map is evaluated in a worker: verdicts, a what-if and its reset, the page never waiting', async ({
	page
}) => {
	const errors = watchConsole(page);
	const started = page.waitForEvent('worker', (w) => /evaluation-worker/.test(w.url()));
	await page.goto(`/maps/large/?node=${REJECTED}&evaluate=1`);
	await graphDrawn(page, 'complete');
	const worker = await started;
	const graph = page.getByTestId('graph');
	await expect(graph).toHaveAttribute('data-evaluated', 'true');
	await expect.poll(() => evaluatedNodes(page)).toBe(NODES);
	await expect.poll(() => verdictOf(page, FREED)).toBe('out');
	await expect(page.getByTestId('node-evaluation')).toContainText('✓ in');

	await holdQuestions(worker);
	const suppose = page.getByTestId('suppose-rejected');
	await suppose.click();
	// The page takes the click at once and keeps drawing, while the evaluation waits in the worker.
	await expect(suppose).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('hypothetical')).toContainText('1 supposition');
	expect(await framesIn500ms(page)).toBeGreaterThan(5);
	expect(await verdictOf(page, FREED)).toBe('out');
	await worker.evaluate(() => (self as unknown as Gate).release());
	await expect.poll(() => verdictOf(page, FREED)).toBe('in');
	await expect.poll(() => verdictOf(page, REJECTED)).toBe('out');
	await expect(page.getByTestId('why-label')).toHaveText('Out: rejected in this what-if.');
	expect(await worker.evaluate(() => (self as unknown as Gate).answers)).toBeGreaterThan(0);

	await page.getByTestId('hypothetical').getByRole('button', { name: 'Reset to the map' }).click();
	await expect(page.getByTestId('hypothetical')).toHaveCount(0);
	await expect.poll(() => verdictOf(page, FREED)).toBe('out');
	await expect.poll(() => verdictOf(page, REJECTED)).toBe('in');
	await expect(page).not.toHaveURL(/reject=/);
	expect(errors).toEqual([]);
});

test('the overview waits for the graph before it starts evaluating, then shows each position its verdict', async ({
	page
}) => {
	const errors = watchConsole(page);
	// Whether the graph was complete when the page asked for the evaluation worker.
	await page.addInitScript(() => {
		const Native = window.Worker;
		const seen: (string | null)[] = [];
		(window as unknown as { workersStarted: typeof seen }).workersStarted = seen;
		window.Worker = class extends Native {
			constructor(url: string | URL, options?: WorkerOptions) {
				super(url, options);
				if (/evaluation-worker/.test(String(url)))
					seen.push(
						document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.complete ?? null
					);
			}
		};
	});
	await page.goto('/maps/large/');
	await graphDrawn(page, 'complete');
	await expect(page.getByTestId('position-verdict').first()).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { workersStarted: unknown[] }).workersStarted)
	).toEqual(['true']);
	expect(errors).toEqual([]);
});
