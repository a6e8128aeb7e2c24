/**
 * Checking a file of annotations, as a teacher does with files collected from
 * students: is it a W3C annotation file we read, and, against a map, where
 * does each annotation land now (exact, moved, fuzzy or orphaned).
 */
import { hasErrors, type Diagnostic, type Staged } from '../diagnostics';
import { anchorAll, anchorTargets, type AnchorStatus } from './anchor';
import type { Annotation } from './model';
import { readAnnotations } from './read';

/** One annotation and where it lands in the map. */
export interface AnchorLine {
	id: string;
	kind: Annotation['kind'];
	/** The node id, or the source id a highlight is in. */
	on: string;
	/** The quoted passage of a highlight. */
	quote?: string;
	status: AnchorStatus;
}

export interface CheckReport {
	/** Annotations read, deleted ones aside. */
	count: number;
	/** How many annotations name each map id. */
	maps: Record<string, number>;
	/** Against a map: each of its annotations, in the file's order; annotations of other maps aside. */
	anchors?: AnchorLine[];
	/** Against a map: how many annotations have each status. */
	statuses?: Record<AnchorStatus, number>;
}

/** What a map offers: its id, node ids and source texts. */
export interface CheckMap {
	id: string;
	nodes: readonly { id: string }[];
	sources: readonly { id: string; text: string }[];
}

/** Reads `text` and, given a map, anchors its annotations; null when the file has errors. */
export function checkAnnotations(
	text: string,
	file: string,
	map?: CheckMap
): Staged<CheckReport | null> {
	const read = readAnnotations(text, file);
	if (hasErrors(read.diagnostics)) return { value: null, diagnostics: read.diagnostics };
	const live = read.value.filter((a) => !a.deleted);
	const maps: Record<string, number> = {};
	for (const a of live) maps[a.map] = (maps[a.map] ?? 0) + 1;
	const report: CheckReport = { count: live.length, maps };
	const diagnostics: Diagnostic[] = [...read.diagnostics];
	if (!map) return { value: report, diagnostics };
	const mine = live.filter((a) => a.map === map.id);
	const landed = anchorAll(mine, anchorTargets(map));
	const statuses: Record<AnchorStatus, number> = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
	report.anchors = mine.map((a) => {
		const status = landed.get(a.id)?.status ?? 'orphaned';
		statuses[status]++;
		return a.kind === 'node'
			? { id: a.id, kind: a.kind, on: a.node, status }
			: { id: a.id, kind: a.kind, on: a.source, quote: a.anchor.exact, status };
	});
	report.statuses = statuses;
	return { value: report, diagnostics };
}
