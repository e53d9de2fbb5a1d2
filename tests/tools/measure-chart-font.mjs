// Writes src/charts/scene/font-metrics.ts: advance widths of the chart font (Arial's metrics, as Liberation Sans) read in Chromium.
// Run after changing the characters charts may use: node tests/tools/measure-chart-font.mjs
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './browser.mjs';

/** Printable ASCII and the typographic characters the house style writes (dashes, quotes, minus, arrows, markers). */
const CHARS = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), ...'·–—’‘“”−…€£×▲▼▽●○\u00a0\u2060'];
const FONT = "'Liberation Sans'";

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
const widths = await page.evaluate(
  ({ chars, font }) => {
    const ctx = document.createElement('canvas').getContext('2d');
    const read = (weight) => {
      ctx.font = `${weight} 1000px ${font}`;
      return Object.fromEntries(chars.map((c) => [c, Math.round(ctx.measureText(c).width)]));
    };
    return { regular: read(400), bold: read(700) };
  },
  { chars: CHARS, font: FONT },
);
await browser.close();

writeFileSync(
  new URL('../../src/charts/scene/font-metrics.ts', import.meta.url),
  `/** Advance widths of the chart font in thousandths of an em (Arial's metrics; measured from Liberation Sans by tests/tools/measure-chart-font.mjs). */
/** The characters measured, in order. */
const CHARS = ${JSON.stringify(CHARS.join(''))};
const table = (widths: readonly number[]): Readonly<Record<string, number>> => Object.fromEntries([...CHARS].map((c, i) => [c, widths[i]!]));

export const advances: Record<'regular' | 'bold', Readonly<Record<string, number>>> = {
  regular: table(${JSON.stringify(CHARS.map((c) => widths.regular[c]))}),
  bold: table(${JSON.stringify(CHARS.map((c) => widths.bold[c]))}),
};
`,
);
console.log(`font-metrics.ts: ${CHARS.length} characters, regular and bold`);
