/**
 * Splits a source text into runs, each with the evidence nodes whose quotes
 * cover it, so the source panel can highlight every quote, overlaps included.
 */
import { quoteOf } from '../core/model';
import type { ViewerNode } from '../core/view/viewer-map';

export interface Segment {
	text: string;
	start: number;
	nodes: string[];
}

export function sourceSegments(
	text: string,
	sourceId: string,
	nodes: readonly ViewerNode[]
): Segment[] {
	const anchors = nodes.flatMap((n) => {
		const q = quoteOf(n);
		return q && q.source === sourceId && q.start >= 0
			? [{ id: n.id, start: q.start, end: q.end }]
			: [];
	});
	const cuts = new Set([0, text.length]);
	for (const a of anchors) {
		cuts.add(a.start);
		cuts.add(a.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i] as number;
		const end = points[i + 1] as number;
		if (end <= start) continue;
		const covering = anchors.filter((a) => a.start <= start && a.end >= end).map((a) => a.id);
		segments.push({ text: text.slice(start, end), start, nodes: covering });
	}
	return segments;
}
