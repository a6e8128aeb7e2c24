/**
 * Card images, rasterised at build time: the SVG the core draws (core/view/card-svg.ts)
 * turned into PNG by resvg, which needs no browser and no native toolchain.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { cardSvg } from '../core/view/card-svg';
import type { ArgumentMap } from '../core';

/** How the cards are drawn on this machine; RONTEN_CARD_FONTS=none draws them as a machine without fonts would. */
function renderOptions(): ResvgRenderOptions {
	const system = process.env.RONTEN_CARD_FONTS !== 'none';
	return { font: { loadSystemFonts: system, defaultFontFamily: 'DejaVu Sans' } };
}

/**
 * Whether resvg finds a font to draw text with. Without one it draws no text at all (and
 * says nothing), so a card would show an empty left half: such a machine gets cards of the
 * map's shape alone, which still tell one map from another.
 */
export function canDrawText(options = renderOptions()): boolean {
	const probe =
		'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><text x="2" y="16" font-size="16">Ab</text></svg>';
	const pixels = new Resvg(probe, options).render().pixels;
	// Any pixel that is not fully transparent is ink.
	for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
	return false;
}

export function createCardRenderer() {
	const options = renderOptions();
	let text: boolean | undefined;
	/** The PNG card of a map, or of one of its positions. */
	return (map: ArgumentMap, focus?: string): Uint8Array<ArrayBuffer> => {
		text ??= canDrawText(options);
		const svg = cardSvg(map, { text, ...(focus ? { focus } : {}) });
		// A copy in a plain ArrayBuffer, as a Response body takes it (a Buffer may share a pool).
		return new Uint8Array(new Resvg(svg, options).render().asPng());
	};
}
