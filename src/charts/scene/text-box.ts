/** The box a drawn text fills, from the chart font's metrics: what label placement keeps apart and inside the chart. */
import { ASCENT, DESCENT, textStyle, textWidth } from './text-metrics';
import type { DrawnMark } from './position-marks';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const ANCHOR_SHIFT = { start: 0, middle: 0.5, end: 1 } as const;

/** The box of a drawn `<text>`: its advance width placed by its anchor, its font's ascent and descent about its baseline. */
export function textBox(m: DrawnMark): Box {
  const style = textStyle(String(m.attrs['class'] ?? ''));
  const width = textWidth(m.text ?? '', style);
  const anchor = (m.attrs['text-anchor'] ?? 'start') as keyof typeof ANCHOR_SHIFT;
  const left = Number(m.attrs['x']) - width * ANCHOR_SHIFT[anchor];
  const dy = m.attrs['dy'];
  const baseline = Number(m.attrs['y']) + (typeof dy === 'string' && dy.endsWith('em') ? parseFloat(dy) * style.size : Number(dy ?? 0));
  // Browsers round a font's ascent and descent to whole pixels at each size (Chromium's text boxes do).
  return { left, right: left + width, top: baseline - Math.round(ASCENT * style.size), bottom: baseline + Math.round(DESCENT * style.size) };
}

/** True when two boxes overlap by more than `slack` px both ways (boxes that only touch do not). */
export const overlaps = (a: Box, b: Box, slack = 0): boolean =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;

/** The smallest box holding every box given. */
export const union = (boxes: Box[]): Box => ({
  left: Math.min(...boxes.map((b) => b.left)),
  top: Math.min(...boxes.map((b) => b.top)),
  right: Math.max(...boxes.map((b) => b.right)),
  bottom: Math.max(...boxes.map((b) => b.bottom)),
});

/** `box` moved by (dx, dy). */
export const moved = (box: Box, dx: number, dy: number): Box => ({ left: box.left + dx, right: box.right + dx, top: box.top + dy, bottom: box.bottom + dy });
