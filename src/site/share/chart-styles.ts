/** The charts' CSS as plain declarations for a share card: the `.chart` rules of the site's styles, with custom properties resolved. */
import { readFileSync } from 'node:fs';
import { chartCssFiles } from '../../charts/chart-css-files';
import { join } from 'node:path';

/** Values of the custom properties declared in `:root` blocks. */
export function customProperties(css: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const block of css.matchAll(/:root\s*\{([^}]*)\}/g)) {
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

/** Reads the site's global styles and every chart's own stylesheet. */
export function siteChartCss(root: string, fonts: { sans: string }): string {
  const global = join(root, 'src/styles/global.css');
  const files = [global, ...chartCssFiles(root)];
  const vars = customProperties(readFileSync(global, 'utf8'));
  return files.map((f) => legacyRgb(resolveColorMix(chartRules(readFileSync(f, 'utf8'), vars, fonts, f), f))).join('');
}
