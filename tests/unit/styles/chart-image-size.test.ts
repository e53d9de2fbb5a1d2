// Covers the chart image rules in src/styles/global.css against the image layouts (src/site/image-layouts.ts): every
// picture is drawn no wider than the narrowest column it is shown in, so it is only ever scaled up, never down.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COLUMN_PADDING, imageLayouts, NARROWEST_WINDOW } from '../../../src/site/image-layouts';

const global = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');

/** The image's width in a window this wide, by the page's own .chart-image img rules (not those of the sticky or embed frames): the column, capped by the max-width in force. */
function shownWidth(window: number): number {
  const rules = [...global.matchAll(/(?:^|@media \(min-width: (\d+)px\) \{\s*)\.chart-image img \{([^}]*)\}/gm)].map((m) => ({
    from: Number(m[1] ?? 0),
    max: Number(/max-width: (\d+)px;/.exec(m[2]!)?.[1] ?? Infinity),
  }));
  const cap = rules.filter((r) => window >= r.from).at(-1)?.max ?? Infinity;
  return Math.min(window - 2 * COLUMN_PADDING, cap);
}

/** The layout a window of this width shows: the last whose fromWindow it reaches. */
const layoutAt = (window: number) => imageLayouts.filter((l) => window >= l.fromWindow).at(-1)!;

describe('chart image sizes in global.css', () => {
  test('the .chart-image img rules cap the image (at 360 px, and 720 px in wider windows)', () => {
    expect(shownWidth(400)).toBe(360);
    expect(shownWidth(1440)).toBe(720);
  });

  test('at every window from the narrowest, the image shown is drawn no wider than it is shown: never scaled down', () => {
    const scaledDown: string[] = [];
    for (let window = NARROWEST_WINDOW; window <= 1600; window++) {
      const layout = layoutAt(window);
      if (shownWidth(window) < layout.width) scaledDown.push(`${window} px window: the ${layout.name} image (${layout.width} px) shown at ${shownWidth(window)} px`);
    }
    expect(scaledDown).toEqual([]);
  });

  test('no rule sizes the image by its content, which an image not yet loaded does not have', () => {
    expect(global).not.toMatch(/\.chart-image img \{[^}]*max-content/);
  });
});
