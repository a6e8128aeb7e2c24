/**
 * The state of the compare page: the chosen reference, the student's map as
 * read from local files, the report, and the mark it gives each reference
 * node on the graph. Files are read in the browser with the same core
 * function as /open/; nothing leaves the machine.
 */
import type { Diagnostic } from '$lib/core/diagnostics';
import type { CompareReport } from '$lib/core/compare';
import type { ArgumentMap } from '$lib/core/model';
import type { LocalFile } from '$lib/core/formats/open-files';
import type { ViewerMap } from '$lib/core/view/viewer-map';
import { compareMarks } from '$lib/viewer/graph/compare';

export class ComparePage {
	reference = $state.raw<ViewerMap | null>(null);
	student = $state.raw<ArgumentMap | null>(null);
	report = $state.raw<CompareReport | null>(null);
	/** The report as marks on the reference map's nodes. */
	marks = $derived(this.report ? compareMarks(this.report) : null);
	diagnostics = $state.raw<Diagnostic[]>([]);
	status = $state('');
	busy = $state(false);

	#mapUrl: (id: string) => string;
	#loads = 0;

	constructor(mapUrl: (id: string) => string) {
		this.#mapUrl = mapUrl;
	}

	/** Loads a reference map of the site (its prerendered viewer.json), then compares again. */
	async chooseReference(id: string) {
		const load = ++this.#loads;
		this.reference = null;
		this.report = null;
		if (!id) return;
		this.status = 'Loading the reference map…';
		try {
			const response = await fetch(this.#mapUrl(id));
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			const map = (await response.json()) as ViewerMap;
			if (load !== this.#loads) return; // another choice came after this one
			this.reference = map;
			this.status = '';
			await this.#compare();
		} catch (e) {
			if (load === this.#loads)
				this.status = `The reference map could not be loaded: ${e instanceof Error ? e.message : e}`;
		}
	}

	/** Opens the student's files, read locally (a map and the sources it quotes), then compares. */
	async openStudent(files: LocalFile[]) {
		if (files.length === 0) return;
		this.report = null;
		this.student = null;
		this.diagnostics = [];
		this.status = 'Reading…';
		try {
			const { openFiles } = await import('$lib/core/formats/open-files');
			const opened = await openFiles(files);
			this.diagnostics = opened.diagnostics;
			if (!opened.map || opened.map.nodes.length === 0) {
				this.status = 'No map could be read from the file: see the problems below.';
				return;
			}
			this.student = opened.map;
			await this.#compare();
		} catch (e) {
			this.status = `The file could not be read: ${e instanceof Error ? e.message : e}`;
		}
	}

	async #compare() {
		const reference = this.reference;
		const student = this.student;
		if (!reference || !student) {
			this.status = reference ? 'Now open the student’s file.' : 'Now choose the reference map.';
			return;
		}
		this.busy = true;
		this.status = 'Comparing…';
		try {
			const { compareMaps } = await import('$lib/core/compare');
			const report = compareMaps(reference, student);
			if (reference !== this.reference || student !== this.student) return;
			this.report = report;
			this.status = `Compared ${student.title} (${student.nodes.length} nodes) with ${reference.title}.`;
		} finally {
			this.busy = false;
		}
	}
}
