/**
 * The reader's layer: a badge on the top-right corner of every node the reader
 * annotated. The badge draws a glyph (lines of text for a note, and +, − or ?
 * for a stance), so no reader depends on its colour. It is an image on the
 * node, not its border or label: those belong to the thesis, the selection,
 * folds and the Evaluate layer, and the badge must show beside all of them.
 */
import type { Core, StylesheetJson } from 'cytoscape';
import type { Annotation, Stance } from '$lib/core/annotate/model';
import type { GraphLayer } from './layers';

/** What the reader left on one node. */
export interface ReaderMark {
	/** A note or tags. */
	note: boolean;
	stance?: Stance;
}

/** How each stance is told in the badge and in words (the legend and tooltip read the same table). */
export const STANCE_MARK: Record<Stance, { glyph: string; says: string }> = {
	agree: { glyph: '+', says: 'you agree' },
	disagree: { glyph: '−', says: 'you disagree' },
	unsure: { glyph: '?', says: 'you are unsure' }
};

const INK = '#4b2a7a';
const CELL = 16;
/** The badge's size on the node, in graph units: a cell reads at the zoom titles are drawn at. */
const SIZE = 22;

/** Nodes the reader annotated, with what they left; deleted and empty annotations aside. */
export function readerMarks(list: readonly Annotation[]): Map<string, ReaderMark> {
	const marks = new Map<string, ReaderMark>();
	for (const a of list) {
		if (a.kind !== 'node' || a.deleted) continue;
		const note = !!a.note.trim() || a.tags.length > 0;
		if (!note && !a.stance) continue;
		marks.set(a.node, a.stance ? { note, stance: a.stance } : { note });
	}
	return marks;
}

/** The key of a mark's badge, which is also its class: `noted`, `agree`, `noted-agree`, … */
export function markKey(mark: ReaderMark): string {
	return [mark.note ? 'noted' : '', mark.stance ?? ''].filter(Boolean).join('-');
}

const KEYS: string[] = [
	'noted',
	...(Object.keys(STANCE_MARK) as Stance[]).flatMap((s) => [s, `noted-${s}`])
];
const CLASSES = ['reader-mark', ...KEYS.map((k) => `reader-${k}`)].join(' ');

/** The badge as an SVG image: a dark rounded box, one white glyph per cell. */
export function badgeSvg(mark: ReaderMark): string {
	const cells: string[] = [];
	// A note: three lines of "text", drawn, so no font is needed.
	if (mark.note)
		cells.push(
			[4, 8, 12]
				.map((y, i) => `<path d="M4 ${y}h${i === 2 ? 5 : 8}" stroke="#fff" stroke-width="1.8"/>`)
				.join('')
		);
	if (mark.stance) {
		const g = mark.stance;
		cells.push(
			g === 'unsure'
				? `<text x="8" y="12.5" font-family="sans-serif" font-weight="bold" font-size="13" fill="#fff" text-anchor="middle">?</text>`
				: `<path d="M3.5 8h9${g === 'agree' ? 'M8 3.5v9' : ''}" stroke="#fff" stroke-width="2.2"/>`
		);
	}
	const width = CELL * cells.length;
	const body = cells.map((c, i) => `<g transform="translate(${i * CELL} 0)">${c}</g>`).join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${CELL}" viewBox="0 0 ${width} ${CELL}">` +
		`<rect x="0.5" y="0.5" width="${width - 1}" height="${CELL - 1}" rx="4" fill="${INK}" stroke="#fff"/>` +
		`${body}</svg>`
	);
}

const dataUri = (svg: string) => `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;

/** The layer's rules, part of the graph's stylesheet (they match only while a node is marked). */
export function readerMarkStyle(): StylesheetJson {
	return KEYS.map((key) => {
		const parts = key.split('-');
		const mark: ReaderMark = {
			note: parts[0] === 'noted',
			...(parts.at(-1) !== 'noted' ? { stance: parts.at(-1) as Stance } : {})
		};
		const cells = (mark.note ? 1 : 0) + (mark.stance ? 1 : 0);
		return {
			selector: `node.reader-${key}`,
			style: {
				'background-image': dataUri(badgeSvg(mark)),
				'background-width': `${SIZE * cells}px`,
				'background-height': `${SIZE}px`,
				'background-fit': 'none',
				'background-position-x': '100%',
				'background-position-y': '0%',
				// Over the corner, half outside the box, so it covers no title.
				'background-offset-x': `${SIZE / 2}px`,
				'background-offset-y': `-${SIZE / 2}px`,
				'background-clip': 'none',
				'background-image-containment': 'over',
				'bounds-expansion': SIZE
			}
		};
	}) as StylesheetJson;
}

export class ReaderMarkLayer implements GraphLayer {
	constructor(private readonly marks: ReadonlyMap<string, ReaderMark>) {}

	apply(cy: Core) {
		cy.batch(() => {
			for (const [id, mark] of this.marks) {
				const node = cy.getElementById(id);
				const cls = `reader-${markKey(mark)}`;
				if (node.nonempty() && !node.hasClass(cls))
					node.removeClass(CLASSES).addClass(`reader-mark ${cls}`);
			}
		});
	}

	remove(cy: Core) {
		cy.batch(() => cy.nodes('.reader-mark').removeClass(CLASSES));
	}
}
