/** The size of chart text, the same at build time and in the browser: font size and weight by class, width from the chart font's metrics. */
import { advances } from './font-metrics';

export interface TextStyle {
  /** Font size, px. */
  size: number;
  weight: 'regular' | 'bold';
}

/**
 * The font-size and font-weight rules of the chart stylesheets, in cascade order (src/styles/global.css, then each
 * chart's CSS in chart-name order); tests/unit/charts/scene/text-metrics.test.ts holds this list to the CSS.
 */
export const TEXT_RULES: readonly { className: string; size?: number; bold?: boolean }[] = [
  { className: 'tick', size: 12 },
  { className: 'tick-strong', bold: true },
  { className: 'axis-title', size: 12 },
  { className: 'label-level', size: 12, bold: true },
  { className: 'label', size: 13 },
  { className: 'label-strong', bold: true },
  { className: 'label-inverse', bold: true },
  { className: 'label-key', size: 12 },
  { className: 'label-marker', size: 12, bold: true },
  { className: 'day-head', size: 13, bold: true },
  { className: 'day-segment-label', size: 12 },
  { className: 'fed-mark', size: 11 },
  { className: 'fed-bp', size: 11 },
  { className: 'fed-unscheduled', size: 13 },
  { className: 'ob-key', size: 12 },
  { className: 'ob-margin-label', size: 12 },
  { className: 'ob-margin-narrow', size: 11 },
  { className: 'ob-big', size: 16 },
  { className: 'ob-total-only-text', bold: true },
  { className: 'label-note', size: 12 },
];

/** The smallest chart text, px, at any width. */
export const MIN_TEXT_SIZE = 11;

/** Ascent and descent of the chart font, in ems (Arial's): the box a text's glyphs may fill. */
export const ASCENT = 0.905;
export const DESCENT = 0.212;

const cache = new Map<string, TextStyle>();

/** The style the chart CSS gives a text with these classes (a text without a sized class is an error in a chart). */
export function textStyle(className: string): TextStyle {
  let style = cache.get(className);
  if (style) return style;
  const classes = new Set(className.split(/\s+/));
  let size: number | undefined;
  let bold = false;
  for (const rule of TEXT_RULES) {
    if (!classes.has(rule.className)) continue;
    if (rule.size !== undefined) size = rule.size;
    if (rule.bold !== undefined) bold = rule.bold;
  }
  if (size === undefined) throw new Error(`chart text with class "${className}" has no font size: give it a class from TEXT_RULES (src/charts/scene/text-metrics.ts)`);
  style = { size, weight: bold ? 'bold' : 'regular' };
  cache.set(className, style);
  return style;
}

/** Advance width of `text` in px; a character the table lacks counts as the widest there is (an em). */
export function textWidth(text: string, style: TextStyle): number {
  const table = advances[style.weight];
  let sum = 0;
  for (const ch of text) sum += table[ch] ?? 1000;
  return (sum / 1000) * style.size;
}
