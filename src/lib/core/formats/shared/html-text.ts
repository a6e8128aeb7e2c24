/**
 * Plain text from the analysed HTML that OVA stores beside an AIF graph,
 * with the passage each `<span id="node…">` covers, so quotes can be recovered.
 */
import { Parser } from 'htmlparser2';

export interface HtmlText {
	text: string;
	/** Span id without the `node` prefix → [start, end) in `text`. */
	spans: Map<string, [number, number]>;
}

const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function htmlText(html: string): HtmlText {
	let text = '';
	const spans = new Map<string, [number, number]>();
	const open: (string | null)[] = [];
	const parser = new Parser(
		{
			onopentag(name, attrs) {
				if (BREAKS.has(name) && text && !text.endsWith('\n')) text += '\n';
				if (name === 'span') {
					const id = /^node(.+)$/.exec(attrs.id ?? '')?.[1] ?? null;
					open.push(id);
					if (id) spans.set(id, [text.length, text.length]);
				}
			},
			ontext(chunk) {
				text += chunk.replace(/\u00a0/g, ' ');
			},
			onclosetag(name) {
				if (name !== 'span') return;
				const id = open.pop();
				const span = id ? spans.get(id) : undefined;
				if (span) span[1] = text.length;
			}
		},
		{ decodeEntities: true }
	);
	parser.write(html);
	parser.end();
	return { text, spans };
}
