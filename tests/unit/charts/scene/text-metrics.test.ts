// Covers src/charts/scene/text-metrics.ts: its text rules are the chart CSS's, every character charts write has a width, none is below 11 px.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { charts } from '../../../../src/charts/registry';
import { chartCssFiles } from '../../../../src/charts/chart-css-files';
import { sizeClasses } from '../../../../src/charts/scene/size-classes';
import { advances } from '../../../../src/charts/scene/font-metrics';
import { MIN_TEXT_SIZE, TEXT_RULES, textStyle, textWidth } from '../../../../src/charts/scene/text-metrics';

const ROOT = process.cwd();

/** Font size and weight set by each single-class chart rule (`.chart .tick`, `.chart-orders .ob-key`), from the CSS files. */
function cssTextRules(): Map<string, { size?: number; bold?: boolean }> {
  const out = new Map<string, { size?: number; bold?: boolean }>();
  for (const file of [join(ROOT, 'src/styles/global.css'), ...chartCssFiles(ROOT)]) {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of css.matchAll(/^\.chart(?:-[\w-]+)? \.([\w-]+)\s*\{([^}]*)\}/gm)) {
      const size = /font-size:\s*(\d+)px/.exec(m[2]!)?.[1];
      const weight = /font-weight:\s*(\d+)/.exec(m[2]!)?.[1];
      if (size === undefined && weight === undefined) continue;
      out.set(m[1]!, { ...(size ? { size: Number(size) } : {}), ...(weight ? { bold: Number(weight) >= 600 } : {}) });
    }
  }
  return out;
}

test('TEXT_RULES says what the chart CSS says, class by class', () => {
  const fromTable = new Map(TEXT_RULES.map(({ className, ...rest }) => [className, rest]));
  expect(Object.fromEntries(fromTable)).toEqual(Object.fromEntries(cssTextRules()));
});

test(`no chart text rule is below ${MIN_TEXT_SIZE} px`, () => {
  for (const rule of TEXT_RULES) if (rule.size !== undefined) expect(rule.size, rule.className).toBeGreaterThanOrEqual(MIN_TEXT_SIZE);
});

test('every character a chart writes has a width in the font table, and every text class has a size', () => {
  const missing = new Set<string>();
  for (const chart of charts) {
    for (const state of chart.states) {
      for (const size of Object.values(sizeClasses)) {
        for (const m of chart.scene(state, size).marks) {
          if (m.type !== 'text') continue;
          textStyle(m.className);
          for (const ch of m.text) if (advances.regular[ch] === undefined) missing.add(ch);
        }
      }
    }
  }
  expect([...missing]).toEqual([]);
});

test('widths are Arial’s: "7,002.28" at 13 px, bold wider than regular', () => {
  expect(textWidth('7,002.28', { size: 13, weight: 'regular' })).toBeCloseTo((6 * 556 + 2 * 278) * 0.013, 5);
  expect(textWidth('Reuters', { size: 13, weight: 'bold' })).toBeGreaterThan(textWidth('Reuters', { size: 13, weight: 'regular' }));
  expect(() => textStyle('grid')).toThrow(/no font size/);
});
