/**
 * The social card of a map (or of one position in it), as SVG: the title, the
 * source, and the map's shape drawn from the layout the graph uses, so a card
 * shows at a glance how large and how branched the argument is. The site build
 * rasterises it to PNG. Every text is escaped as XML: map text is never markup.
 */
import type { ArgumentMap, NodeKind } from '../model';
import { escapeMarkup } from '../text/markup';
import { toElements, type NodeElement } from './elements';
import { NODE_HEIGHT, NODE_WIDTH, POSITION_HEIGHT, POSITION_WIDTH } from './layout';
import { CARD_SIZE } from './node-page';

const FILL: Record<NodeKind, string> = {
	position: '#1f3a5f',
	claim: '#ffffff',
	evidence: '#cfe8cf',
	argument: '#ffe9b0'
};
const STROKE = '#5b6b80';
const FONT = 'DejaVu Sans, Noto Sans, Liberation Sans, Arial, sans-serif';

export interface CardOptions {
	/** Draw the texts (false when the machine that renders the card has no fonts). */
	text: boolean;
	/** A position to single out: its title heads the card and its box is marked. */
	focus?: string;
}

/** Roughly how wide a character is, in ems: rendering fonts are unknown here, so lines are estimated. */
// Generous for bold: a line estimated too long only wraps early, one estimated too short runs over the shape.
const emWidth = (c: string) =>
	/[\u1100-\uffdc]/.test(c)
		? 1
		: /[A-Z@#%&mw<>=]/.test(c)
			? 0.8
			: /[ il.,:;'|!]/.test(c)
				? 0.35
				: 0.64;

/** Breaks text into at most `lines` lines of `width` px at `size` px, the last cut with an ellipsis. */
export function wrapText(text: string, size: number, width: number, lines: number): string[] {
	const out: string[] = [];
	let line = '';
	let used = 0;
	// Words, kept with their space; CJK text breaks anywhere; a word too long for a line is cut.
	const words = text
		.replace(/\s+/g, ' ')
		.trim()
		.split(/(?<= )|(?=[\u3000-\u9fff])/u)
		.flatMap((w) => {
			const fit = Math.max(1, Math.floor(width / (0.8 * size)));
			return w.length > fit ? (w.match(new RegExp(`.{1,${fit}}`, 'gu')) ?? [w]) : [w];
		});
	for (const word of words) {
		const w = [...word].reduce((sum, c) => sum + emWidth(c) * size, 0);
		if (used + w > width && line) {
			out.push(line.trimEnd());
			if (out.length === lines) {
				out[lines - 1] = `${out[lines - 1]!.replace(/.{0,2}$/u, '')}…`;
				return out;
			}
			line = '';
			used = 0;
		}
		line += word;
		used += w;
	}
	if (line.trim()) out.push(line.trimEnd());
	return out;
}

function shape(map: ArgumentMap, focus: string | undefined, box: Box): string[] {
	const { elements } = toElements(map);
	const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
	if (nodes.length === 0) return [];
	const size = (n: NodeElement) =>
		n.data.kind === 'position'
			? { w: POSITION_WIDTH, h: POSITION_HEIGHT }
			: { w: NODE_WIDTH, h: NODE_HEIGHT };
	const xs = nodes.flatMap((n) => [n.position.x - size(n).w / 2, n.position.x + size(n).w / 2]);
	const ys = nodes.flatMap((n) => [n.position.y - size(n).h / 2, n.position.y + size(n).h / 2]);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	const scale = Math.min(box.w / (maxX - minX || 1), box.h / (maxY - minY || 1), 0.5);
	// Centred in the box.
	const ox = box.x + (box.w - (maxX - minX) * scale) / 2 - minX * scale;
	const oy = box.y + (box.h - (maxY - minY) * scale) / 2 - minY * scale;
	const at = new Map(nodes.map((n) => [n.data.id, n.position]));
	const round = (v: number) => Math.round(v * 10) / 10;
	const out: string[] = [`<g stroke="${STROKE}" stroke-width="1" opacity="0.55">`];
	for (const e of map.edges) {
		const a = at.get(e.from);
		const b = at.get(e.to);
		if (!a || !b) continue;
		const colour = e.kind === 'supports' ? '#2e7d32' : '#b3261e';
		out.push(
			`<line x1="${round(ox + a.x * scale)}" y1="${round(oy + a.y * scale)}" x2="${round(ox + b.x * scale)}" y2="${round(oy + b.y * scale)}" stroke="${colour}"/>`
		);
	}
	out.push('</g>', `<g stroke="${STROKE}" stroke-width="${scale < 0.1 ? 0.5 : 1}">`);
	for (const n of nodes) {
		const { w, h } = size(n);
		const marked = n.data.id === focus;
		out.push(
			`<rect x="${round(ox + (n.position.x - w / 2) * scale)}" y="${round(oy + (n.position.y - h / 2) * scale)}" width="${round(w * scale)}" height="${round(h * scale)}" rx="${round(6 * scale)}" fill="${marked ? '#e8a317' : FILL[n.data.kind]}"${marked ? ' stroke="#7a4f00" stroke-width="3"' : ''}/>`
		);
	}
	out.push('</g>');
	return out;
}

interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** The card as an SVG document of CARD_SIZE. */
export function cardSvg(map: ArgumentMap, options: CardOptions): string {
	const { width, height } = CARD_SIZE;
	const focus = options.focus ? map.nodes.find((n) => n.id === options.focus) : undefined;
	const out: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="#f6f7f9"/>`,
		`<rect width="${width}" height="10" fill="#1f3a5f"/>`
	];
	// With texts, they take the left part and the shape the right; without, the shape takes it all.
	const shapeBox: Box = options.text
		? { x: 700, y: 50, w: 460, h: 540 }
		: { x: 60, y: 50, w: width - 120, h: height - 100 };
	out.push(
		`<rect x="${shapeBox.x - 20}" y="${shapeBox.y - 20}" width="${shapeBox.w + 40}" height="${shapeBox.h + 40}" rx="12" fill="#ffffff" stroke="#d0d4da"/>`,
		...shape(map, focus?.id, shapeBox)
	);
	if (options.text) {
		const text = (x: number, y: number, size: number, content: string, attrs = '') =>
			`<text x="${x}" y="${y}" font-size="${size}" font-family="${FONT}"${attrs}>${escapeMarkup(content)}</text>`;
		out.push(text(60, 90, 26, 'Ronten · argument map', ' fill="#4a4f57" font-weight="bold"'));
		const heading = focus ? focus.title : map.title;
		const lines = wrapText(heading, 54, 600, focus ? 3 : 4);
		lines.forEach((line, i) =>
			out.push(text(60, 170 + i * 66, 54, line, ' fill="#1d1d1f" font-weight="bold"'))
		);
		let y = 170 + lines.length * 66 + 10;
		if (focus) {
			for (const line of wrapText(`in “${map.title}”`, 28, 600, 2)) {
				out.push(text(60, y, 28, line, ' fill="#1f3a5f"'));
				y += 38;
			}
		}
		const source = map.sources[0];
		if (source)
			for (const line of wrapText(
				`Source: ${source.title}${source.author ? ` — ${source.author}` : ''}`,
				26,
				600,
				2
			)) {
				out.push(text(60, y + 20, 26, line, ' fill="#4a4f57"'));
				y += 36;
			}
		const count = (kind: NodeKind) => map.nodes.filter((n) => n.kind === kind).length;
		out.push(
			text(
				60,
				578,
				22,
				`${count('position')} positions · ${count('claim')} claims · ${count('evidence')} evidence · ${count('argument')} arguments`,
				' fill="#4a4f57"'
			)
		);
	}
	out.push('</svg>');
	return out.join('\n');
}
