/** Draws an SVG to PNG in Node with resvg, using only the given font files (never the machine's own), so the output is the same everywhere. */
import { Resvg } from '@resvg/resvg-js';
import type { ShareFonts } from './share-fonts';

export function svgToPng(svg: string, fonts: ShareFonts): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fonts.files, loadSystemFonts: false, defaultFontFamily: fonts.sans },
    background: 'white',
  });
  return new Uint8Array(resvg.render().asPng());
}
