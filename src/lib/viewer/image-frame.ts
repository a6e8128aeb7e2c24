/**
 * The frame around an image of the view: the map's title and its sources above
 * the graph, a legend of what the image shows and the page it came from below.
 * An image leaves the page, so it must say on its own what it is. Plain data
 * and arithmetic (text is measured by a function the caller passes), so the
 * layout and the SVG are tested without a browser; graph/image.ts paints the PNG.
 */
import type { EdgeKind, NodeKind, SourceDocument } from '$lib/core/model';
import { escapeMarkup } from '$lib/core/text/markup';
import { attributionLine } from './attribution';
import { KIND_STYLE, RELATION_STYLE, THESIS_BORDER } from './graph-style';

/** What the image is of, from the map and the page. */
export interface FrameAbout {
	title: string;
	sources: readonly Pick<SourceDocument, 'title' | 'author' | 'publisher' | 'date' | 'url'>[];
	/** The address of the view the image shows. */
	page: string;
	/** When the image was made (YYYY-MM-DD). */
	date: string;
}

/** Which kinds of node and relation the image shows: only those get a legend entry. */
export interface Used {
	kinds: ReadonlySet<NodeKind>;
	relations: ReadonlySet<EdgeKind>;
	thesis: boolean;
}

export type LegendEntry =
	| { type: 'node'; label: string; fill: string; stroke: string; dashed: boolean; double: boolean }
	| { type: 'edge'; label: string; color: string; dash: number[]; width: number };

const DASH = { solid: [], dashed: [6, 4], dotted: [2, 3] } as const;

/** The legend of what is used, in the order of the viewer's own legend. */
export function legendEntries(used: Used): LegendEntry[] {
	const entries: LegendEntry[] = [];
	for (const [kind, s] of Object.entries(KIND_STYLE) as [NodeKind, (typeof KIND_STYLE)[NodeKind]][])
		if (used.kinds.has(kind))
			entries.push({
				type: 'node',
				label: s.label,
				fill: s.fill,
				stroke: '#55595f',
				dashed: kind === 'evidence',
				double: false
			});
	if (used.thesis)
		entries.push({
			type: 'node',
			label: 'thesis',
			fill: KIND_STYLE.position.fill,
			stroke: THESIS_BORDER,
			dashed: false,
			double: true
		});
	for (const [kind, s] of Object.entries(RELATION_STYLE) as [
		EdgeKind,
		(typeof RELATION_STYLE)[EdgeKind]
	][])
		if (used.relations.has(kind))
			entries.push({
				type: 'edge',
				label: s.label,
				color: s.color,
				dash: [...DASH[s.line]],
				width: kind === 'contradicts' ? 4 : 2
			});
	return entries;
}

export interface Font {
	size: number;
	bold?: boolean;
}
/** The width of a text in a font, in CSS pixels (canvas `measureText` in the browser). */
export type Measure = (text: string, font: Font) => number;

export interface TextLine {
	text: string;
	x: number;
	/** The baseline. */
	y: number;
	font: Font;
	color: string;
}

export interface FrameLayout {
	width: number;
	height: number;
	/** Where the graph's own image goes. */
	graph: { x: number; y: number; width: number; height: number };
	lines: TextLine[];
	/** Legend entries with the top left of their swatch; the label follows it. */
	legend: { entry: LegendEntry; x: number; y: number }[];
}

export const FRAME_FONT = 'system-ui, sans-serif';
const PAD = 16;
const SWATCH = { width: 28, height: 14, gap: 6 };
const TITLE: Font = { size: 20, bold: true };
const BODY: Font = { size: 13 };
const SMALL: Font = { size: 11 };
const lineHeight = (f: Font) => Math.round(f.size * 1.35);

/** Lines of at most `width`, broken between words; a word too long (an address) is cut. */
export function wrap(text: string, width: number, font: Font, measure: Measure): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const tried = line ? `${line} ${word}` : word;
		if (measure(tried, font) <= width) {
			line = tried;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		while (measure(line, font) > width && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && measure(line.slice(0, cut), font) > width) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Where everything goes around a graph image of `graph` CSS pixels. */
export function frameLayout(
	about: FrameAbout,
	used: Used,
	graph: { width: number; height: number },
	measure: Measure
): FrameLayout {
	const width = Math.max(Math.round(graph.width), 320);
	const inner = width - 2 * PAD;
	const lines: TextLine[] = [];
	let y = PAD;
	const write = (text: string, font: Font, color: string) => {
		for (const t of wrap(text, inner, font, measure)) {
			y += lineHeight(font);
			lines.push({ text: t, x: PAD, y: y - Math.round(font.size * 0.3), font, color });
		}
	};
	write(about.title, TITLE, '#1d1d1f');
	for (const s of about.sources) write(`Source: ${attributionLine(s)}`, BODY, '#3b3f45');
	y += 8;
	const box = { x: 0, y, width, height: Math.round(graph.height) };
	y += box.height + 10;
	const legend: FrameLayout['legend'] = [];
	let x = PAD;
	const row = lineHeight(BODY) + 4;
	for (const entry of legendEntries(used)) {
		const w = SWATCH.width + SWATCH.gap + measure(entry.label, SMALL);
		if (x > PAD && x + w > width - PAD) {
			x = PAD;
			y += row;
		}
		legend.push({ entry, x, y });
		x += w + 16;
	}
	if (legend.length) y += row;
	write(`Drawn with Ronten from ${about.page} on ${about.date}`, SMALL, '#4a4f57');
	return { width, height: y + PAD, graph: box, lines, legend };
}

/** Where a legend entry's label is written, beside its swatch. */
export const legendLabelAt = (item: FrameLayout['legend'][number]) => ({
	x: item.x + SWATCH.width + SWATCH.gap,
	y: item.y + SWATCH.height - 2,
	font: SMALL
});
export const SWATCH_SIZE = SWATCH;

const fontAttrs = (f: Font) =>
	`font-family="${FRAME_FONT}" font-size="${f.size}"${f.bold ? ' font-weight="bold"' : ''}`;

function swatchSvg(item: FrameLayout['legend'][number]): string {
	const { entry, x, y } = item;
	const { width, height } = SWATCH;
	if (entry.type === 'edge')
		return `<line x1="${x}" y1="${y + height / 2}" x2="${x + width}" y2="${y + height / 2}" stroke="${entry.color}" stroke-width="${entry.width}"${entry.dash.length ? ` stroke-dasharray="${entry.dash.join(' ')}"` : ''}/>`;
	const rect = `<rect x="${x + 0.5}" y="${y + 0.5}" width="${width - 1}" height="${height - 1}" rx="3" fill="${entry.fill}" stroke="${entry.stroke}" stroke-width="${entry.double ? 2 : 1}"${entry.dashed ? ' stroke-dasharray="3 2"' : ''}/>`;
	return entry.double
		? `${rect}<rect x="${x + 3.5}" y="${y + 3.5}" width="${width - 7}" height="${height - 7}" rx="2" fill="none" stroke="${entry.stroke}"/>`
		: rect;
}

/**
 * The framed view as one SVG document: `graphSvg` is the graph as Cytoscape writes it (an
 * `<svg>` element, with or without an XML prolog), placed in the frame's graph box.
 */
export function frameSvg(layout: FrameLayout, graphSvg: string): string {
	const start = graphSvg.indexOf('<svg');
	const inner = start >= 0 ? graphSvg.slice(start) : '';
	const { graph } = layout;
	const text = (t: TextLine) =>
		`<text x="${t.x}" y="${t.y}" fill="${t.color}" ${fontAttrs(t.font)}>${escapeMarkup(t.text)}</text>`;
	const legend = layout.legend.map((item) => {
		const at = legendLabelAt(item);
		return `${swatchSvg(item)}<text x="${at.x}" y="${at.y}" fill="#3b3f45" ${fontAttrs(at.font)}>${escapeMarkup(item.entry.label)}</text>`;
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		...layout.lines.map(text),
		// A nested <svg> is placed by its x and y; its own width, height and viewBox stay.
		inner.replace(/^<svg\b/, `<svg x="${graph.x}" y="${graph.y}"`),
		// Rules above and below the graph, as the PNG draws them.
		...[graph.y - 0.5, graph.y + graph.height + 0.5].map(
			(y) => `<line x1="0" y1="${y}" x2="${layout.width}" y2="${y}" stroke="#d0d4da"/>`
		),
		...legend,
		'</svg>'
	].join('\n');
}
