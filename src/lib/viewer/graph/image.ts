/**
 * An image of the view that says what it is: the graph as Cytoscape draws it,
 * framed with the map's title, its sources, a legend of what it shows and the
 * page it came from (the layout is image-frame.ts; this file only paints it).
 */
import type { Core } from 'cytoscape';
import type { EdgeKind, NodeKind } from '$lib/core/model';
import {
	FRAME_FONT,
	frameLayout,
	frameSvg,
	legendLabelAt,
	SWATCH_SIZE,
	type FrameAbout,
	type FrameLayout,
	type Measure,
	type Used
} from '../image-frame';
import { svgOf } from '../svg-snapshot';
import type { EdgeCanvas } from './edge-canvas';

/**
 * Kinds and relations drawn in the part of the graph on screen, hidden elements left out. A
 * large map's edges are `edges`, not Cytoscape's.
 */
export function usedInView(cy: Core, edges: EdgeCanvas | null = null): Used {
	const box = cy.extent();
	const inView = (p: { x: number; y: number }) =>
		p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
	const kinds = new Set<NodeKind>();
	const relations = new Set<EdgeKind>();
	let thesis = false;
	cy.nodes(':visible').forEach((n) => {
		if (!inView(n.position())) return;
		kinds.add(n.data('kind'));
		if (n.data('thesis')) thesis = true;
	});
	cy.edges(':visible').forEach((e) => {
		if (inView(e.source().position()) || inView(e.target().position()))
			relations.add(e.data('kind'));
	});
	for (const line of edges?.within(box) ?? []) {
		const ends = [line.source, line.target].map((id) => cy.getElementById(id).position());
		if (ends.some(inView)) relations.add(line.kind);
	}
	return { kinds, relations, thesis };
}

const cssFont = (f: { size: number; bold?: boolean }) =>
	`${f.bold ? 'bold ' : ''}${f.size}px ${FRAME_FONT}`;

/** The framed image of what the graph shows now, as PNG (twice the pixels) or SVG. */
export async function framedImage(
	cy: Core,
	format: 'png' | 'svg',
	about: FrameAbout,
	edges: EdgeCanvas | null = null
): Promise<Blob> {
	const canvas = document.createElement('canvas');
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('this browser cannot draw on a canvas');
	const measure: Measure = (text, font) => {
		ctx.font = cssFont(font);
		return ctx.measureText(text).width;
	};
	const layout = frameLayout(
		about,
		usedInView(cy, edges),
		{ width: cy.width(), height: cy.height() },
		measure
	);
	if (format === 'svg') {
		// Cytoscape's drawing of the nodes, without its white ground, over the edges.
		const graph = edges
			? stackedSvg(cy, [edges.svgOfView(), await svgOf(cy, null)])
			: await svgOf(cy);
		return new Blob([frameSvg(layout, graph)], { type: 'image/svg+xml' });
	}
	const graph = edges
		? await overEdges(cy, edges, 2)
		: await createImageBitmap(
				await cy.png({ output: 'blob-promise', full: false, scale: 2, bg: '#ffffff' })
			);
	paint(canvas, ctx, layout, graph, 2);
	graph.close();
	return new Promise((done, fail) =>
		canvas.toBlob(
			(b) => (b ? done(b) : fail(new Error('the image could not be encoded'))),
			'image/png'
		)
	);
}

/** SVG images the size of the graph on screen, one over the other. */
function stackedSvg(cy: Core, images: string[]): string {
	const inner = images.map((svg) => svg.slice(Math.max(0, svg.indexOf('<svg'))));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${cy.width()}" height="${cy.height()}" viewBox="0 0 ${cy.width()} ${cy.height()}">`,
		...inner,
		'</svg>'
	].join('\n');
}

/**
 * A large map's edges under Cytoscape's image of the nodes. Cytoscape's image is taken
 * without a ground, so the edges show through; the white ground goes under both.
 */
async function overEdges(cy: Core, edges: EdgeCanvas, scale: number): Promise<ImageBitmap> {
	const nodes = await createImageBitmap(
		await cy.png({ output: 'blob-promise', full: false, scale })
	);
	const canvas = document.createElement('canvas');
	canvas.width = nodes.width;
	canvas.height = nodes.height;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('this browser cannot draw on a canvas');
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	edges.paintView(ctx, scale, false);
	ctx.drawImage(nodes, 0, 0);
	nodes.close();
	return createImageBitmap(canvas);
}

function paint(
	canvas: HTMLCanvasElement,
	ctx: CanvasRenderingContext2D,
	layout: FrameLayout,
	graph: ImageBitmap,
	scale: number
) {
	canvas.width = layout.width * scale;
	canvas.height = layout.height * scale;
	ctx.scale(scale, scale);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, layout.width, layout.height);
	const { x, y, width, height } = layout.graph;
	ctx.drawImage(graph, x, y, width, height);
	ctx.strokeStyle = '#d0d4da';
	ctx.lineWidth = 1;
	ctx.beginPath();
	ctx.moveTo(0, y - 0.5);
	ctx.lineTo(layout.width, y - 0.5);
	ctx.moveTo(0, y + height + 0.5);
	ctx.lineTo(layout.width, y + height + 0.5);
	ctx.stroke();
	ctx.textBaseline = 'alphabetic';
	for (const line of layout.lines) {
		ctx.font = cssFont(line.font);
		ctx.fillStyle = line.color;
		ctx.fillText(line.text, line.x, line.y);
	}
	for (const item of layout.legend) {
		swatch(ctx, item);
		const at = legendLabelAt(item);
		ctx.font = cssFont(at.font);
		ctx.fillStyle = '#3b3f45';
		ctx.fillText(item.entry.label, at.x, at.y);
	}
}

function swatch(ctx: CanvasRenderingContext2D, { entry, x, y }: FrameLayout['legend'][number]) {
	const { width, height } = SWATCH_SIZE;
	ctx.save();
	if (entry.type === 'edge') {
		ctx.strokeStyle = entry.color;
		ctx.lineWidth = entry.width;
		ctx.setLineDash(entry.dash);
		ctx.beginPath();
		ctx.moveTo(x, y + height / 2);
		ctx.lineTo(x + width, y + height / 2);
		ctx.stroke();
	} else {
		ctx.fillStyle = entry.fill;
		ctx.strokeStyle = entry.stroke;
		ctx.lineWidth = entry.double ? 2 : 1;
		ctx.setLineDash(entry.dashed ? [3, 2] : []);
		ctx.beginPath();
		ctx.roundRect(x + 0.5, y + 0.5, width - 1, height - 1, 3);
		ctx.fill();
		ctx.stroke();
		if (entry.double) {
			ctx.lineWidth = 1;
			ctx.beginPath();
			ctx.roundRect(x + 3.5, y + 3.5, width - 7, height - 7, 2);
			ctx.stroke();
		}
	}
	ctx.restore();
}
