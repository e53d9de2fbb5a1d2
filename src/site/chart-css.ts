/** The charts' CSS as plain declarations, for files drawn outside the page (chart images, share cards): the `.chart` rules, custom properties resolved. */
import { readFileSync } from 'node:fs';
import { chartCssFiles } from '../charts/chart-css-files';
import { join } from 'node:path';

/** A colour scheme of the palette: the top-level `:root` block (light), or that with the dark-scheme `:root` block over it. */
export type Scheme = 'light' | 'dark';

/** Values of the custom properties of `scheme`: every `:root` block for dark, only those outside `@media` for light. */
export function customProperties(css: string, scheme: Scheme = 'light'): Map<string, string> {
  const vars = new Map<string, string>();
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const block of flat.matchAll(/:root\s*\{([^}]*)\}/g)) {
    const insideMedia = /@media[^{]*\{\s*$/.test(flat.slice(0, block.index));
    if (insideMedia && scheme === 'light') continue;
    for (const m of block[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars.set(m[1]!, m[2]!.trim());
  }
  return vars;
}

/**
 * The top-level rules whose every selector starts with `.chart` (the mark styles), with `var(--x)`
 * replaced by its value and the font families given as `fonts`. An unknown property fails with its name.
 */
export function chartRules(css: string, vars: Map<string, string>, fonts: { sans: string }, where: string): string {
  const flat = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  // Walk the top-level blocks; @media/@container/@supports blocks hold layout, not marks, and are skipped whole.
  let i = 0;
  while (i < flat.length) {
    const open = flat.indexOf('{', i);
    if (open === -1) break;
    let depth = 1;
    let close = open + 1;
    for (; close < flat.length && depth > 0; close++) depth += flat[close] === '{' ? 1 : flat[close] === '}' ? -1 : 0;
    const prelude = flat.slice(i, open).trim();
    const body = flat.slice(open + 1, close - 1);
    if (!prelude.startsWith('@') && !body.includes('{') && prelude.split(',').every((sel) => /^\.chart(\s|$|-|\.)/.test(sel.trim()))) {
      out.push(`${prelude}{${body}}`);
    }
    i = close;
  }
  return out
    .join('')
    .replace(/var\((--[\w-]+)(?:\s*,\s*([^)]+))?\)/g, (_, name: string, fallback?: string) => {
      const value = vars.get(name) ?? fallback?.trim();
      if (value === undefined) throw new Error(`${where}: the chart styles use ${name}, which no :root block declares`);
      return value;
    })
    .replace(/font-family\s*:[^;}]+/g, `font-family:${fonts.sans}`)
    .replace(/\s+/g, ' ');
}

const hex = (c: string): number[] => {
  const h = c.slice(1);
  const full = h.length === 3 ? [...h].map((x) => x + x).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
};

/**
 * Replaces `color-mix(in srgb, #a P%, #b)` by the colour it names (resvg does not know color-mix);
 * any other form fails with the file, since the card would silently lose the colour.
 */
export function resolveColorMix(css: string, where: string): string {
  return css.replace(/color-mix\(([^()]*)\)/g, (all, args: string) => {
    const m = /^\s*in srgb\s*,\s*(#[0-9a-f]{3}|#[0-9a-f]{6})\s*(\d+(?:\.\d+)?%)?\s*,\s*(#[0-9a-f]{3}|#[0-9a-f]{6})\s*(\d+(?:\.\d+)?%)?\s*$/i.exec(args);
    if (!m) throw new Error(`${where}: share cards understand ${'color-mix(in srgb, #rrggbb N%, #rrggbb)'} only; found ${all}`);
    const p = m[2] ? parseFloat(m[2]) / 100 : m[4] ? 1 - parseFloat(m[4]) / 100 : 0.5;
    const [a, b] = [hex(m[1]!), hex(m[3]!)];
    return `#${a.map((v, i) => Math.round(v * p + b[i]! * (1 - p)).toString(16).padStart(2, '0')).join('')}`;
  });
}

/** `rgb(29 79 145 / 0.18)` (CSS Color 4) as `rgba(29,79,145,0.18)`, which resvg reads. */
export function legacyRgb(css: string): string {
  return css.replace(/rgba?\(\s*([\d.]+%?)\s+([\d.]+%?)\s+([\d.]+%?)\s*(?:\/\s*([\d.]+%?)\s*)?\)/g, (_, r: string, g: string, b: string, a?: string) =>
    a === undefined ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${a.endsWith('%') ? parseFloat(a) / 100 : a})`,
  );
}

/** The site's palette in `scheme`, from its global styles under `root` (the project folder). */
export const sitePalette = (root: string, scheme: Scheme = 'light'): Map<string, string> =>
  customProperties(readFileSync(join(root, 'src/styles/global.css'), 'utf8'), scheme);

/**
 * The chart rules of the site's global styles and of every chart's stylesheet, in `scheme`'s colours. `fonts.sans`
 * replaces every font family; `plain` also resolves color-mix() and CSS Color 4 rgb() for renderers without them (resvg).
 */
export function siteChartCss(root: string, fonts: { sans: string }, { scheme = 'light', plain = true }: { scheme?: Scheme; plain?: boolean } = {}): string {
  const files = [join(root, 'src/styles/global.css'), ...chartCssFiles(root)];
  const vars = sitePalette(root, scheme);
  return files
    .map((f) => {
      const rules = chartRules(readFileSync(f, 'utf8'), vars, fonts, f);
      return plain ? legacyRgb(resolveColorMix(rules, f)) : rules;
    })
    .join('');
}
