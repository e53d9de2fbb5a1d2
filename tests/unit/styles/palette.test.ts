// Covers the colours in src/styles/global.css: every colour has a dark-scheme value, and each meets its contrast target
// against the page in both schemes (4.5:1 for colours that text may use, 3:1 for marks only); chart styles use the variables.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chartCssFiles } from '../../../src/charts/chart-css-files';
import { describe, expect, test } from 'vitest';

const css = (path: string) => readFileSync(new URL(`../../../src/styles/${path}`, import.meta.url), 'utf8');
const global = css('global.css');

/** Colour custom properties (hex values) declared directly in a block's body. */
function colours(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
const light = colours(/^:root\s*\{([^}]*)\}/m.exec(global)![1]!);
const darkBlock = /@media screen and \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(global);
const dark = colours(darkBlock?.[1] ?? '');

/** Not information: hairlines and fills behind content. */
const DECORATIVE = ['--paper', '--rule', '--grid'];
/** Graphical marks never used for text: WCAG 1.4.11, 3:1. Every other colour may colour text: 1.4.3, 4.5:1. */
const MARKS_ONLY = ['--axis', '--focus'];

function luminance(hex: string): number {
  let h = hex.slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('colour palette', () => {
  test('the light palette is found, with the chart colours', () => {
    expect(Object.keys(light)).toEqual(expect.arrayContaining(['--paper', '--ink', '--line', '--level', '--bar', '--c-blue', '--c-orange', '--c-teal', '--c-purple', '--c-gold', '--c-gray']));
  });

  test('every colour has a dark-scheme value, and the dark scheme defines no colour of its own', () => {
    expect(darkBlock, 'global.css has a "@media screen and (prefers-color-scheme: dark) { :root { … } }" block').not.toBeNull();
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });

  for (const [scheme, palette] of [['light', light], ['dark', dark]] as const) {
    test(`${scheme} scheme: each colour meets its contrast target against --paper`, () => {
      const paper = palette['--paper']!;
      const failures = Object.entries(palette)
        .filter(([name]) => !DECORATIVE.includes(name))
        .map(([name, value]) => ({ name, value, ratio: contrast(value, paper), target: MARKS_ONLY.includes(name) ? 3 : 4.5 }))
        .filter((c) => c.ratio < c.target)
        .map((c) => `${c.name} ${c.value} on ${paper}: ${c.ratio.toFixed(2)}:1, needs ${c.target}:1` + (c.target === 4.5 ? ' (a colour for marks only goes in MARKS_ONLY)' : ''));
      expect(failures).toEqual([]);
    });
  }

  test('text on the paper and the page’s muted text are well above the minimum in both schemes', () => {
    for (const p of [light, dark]) {
      expect(contrast(p['--ink']!, p['--paper']!)).toBeGreaterThan(12);
      expect(contrast(p['--muted']!, p['--paper']!)).toBeGreaterThan(6);
    }
  });

  test('chart styles name colours only through the palette variables (so the dark scheme reaches them)', () => {
    const files = chartCssFiles(fileURLToPath(new URL('../../../', import.meta.url)));
    expect(files.length, 'chart stylesheets found').toBeGreaterThan(0);
    const literals = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/gi)].map((m) => `${f}: ${m[0]}`),
    );
    expect(literals).toEqual([]);
  });
});
