/**
 * The CSS behind an embed's `theme=light|dark`: the palette of src/styles/global.css in that scheme whatever the
 * reader's system prefers, read from the stylesheet itself so the two never drift apart.
 */
import { sitePalette, type Scheme } from './chart-css';

/** Palette entries that are not colours. */
const NOT_COLOURS = /^--(serif|sans|measure)$/;

/**
 * `:root[data-theme=<scheme>]` with every colour of that scheme's palette and its `color-scheme` (which the chart
 * images, SVG in <img>, follow as well). On screen only: print keeps the light palette, as everywhere else.
 */
export function forcedThemeCss(palette: (scheme: Scheme) => Map<string, string>): string {
  const block = (scheme: Scheme) => {
    const colours = [...palette(scheme)].filter(([name]) => !NOT_COLOURS.test(name));
    return `:root[data-theme='${scheme}']{color-scheme:${scheme};${colours.map(([k, v]) => `${k}:${v}`).join(';')}}`;
  };
  return `@media screen{${block('light')}${block('dark')}}`;
}

/** The embed pages' theme CSS, from the site's global.css under `root` (the project folder). */
export const embedThemeCss = (root = process.cwd()): string => forcedThemeCss((scheme) => sitePalette(root, scheme));
