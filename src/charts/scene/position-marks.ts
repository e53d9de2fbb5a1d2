/** Positions a Scene's marks at a pixel size: turns plot fractions into SVG elements and attributes, before labels are placed. */
import type { ChartSize, Margin, Mark, Scene } from './scene';

/** Axis titles are placed first, then bold labels, then the rest (a scene may say otherwise per label). */
const defaultPriority = (className: string): number => (/\baxis-title\b/.test(className) ? 4 : /\b(label-strong|label-level)\b/.test(className) ? 3 : 2);

/** What a text is to label placement: an x-axis tick (thinned), fixed text (other ticks), a data glyph, or a label (axis titles too). */
export type TextRole = 'tick-x' | 'fixed' | 'symbol' | 'label';

/** One SVG element ready to draw: tag, attributes and optional text. */
export interface DrawnMark {
  key: string;
  tag: 'path' | 'line' | 'rect' | 'text' | 'circle';
  attrs: Record<string, string | number>;
  text?: string;
  /** Texts only: its role, the label it is a line of, and that label's priority (see TextMark). */
  role?: TextRole;
  label?: string;
  priority?: number;
  /** Texts only: how far (px) the text is drawn right of its point (the scene's dx), so a label can be mirrored about it. */
  offsetX?: number;
}

/** Rounds to 0.1 px: finer detail is invisible and only costs bytes. */
const px = (v: number): number => Math.round(v * 10) / 10;

export function positionMarks(scene: Scene, size: ChartSize, margin: Margin = scene.margin): DrawnMark[] {
  const pw = Math.max(1, size.width - margin.left - margin.right);
  const ph = Math.max(1, size.height - margin.top - margin.bottom);
  const X = (f: number) => px(margin.left + f * pw);
  const Y = (f: number) => px(margin.top + f * ph);
  return scene.marks.map((m) => drawMark(m, X, Y, pw, ph));
}

function drawMark(m: Mark, X: (f: number) => number, Y: (f: number) => number, pw: number, ph: number): DrawnMark {
  const base = { key: m.key };
  const cls = { class: m.className };
  switch (m.type) {
    case 'path':
      return { ...base, tag: 'path', attrs: { ...cls, d: m.points.map(([x, y], i) => `${i ? 'L' : 'M'}${X(x)},${Y(y)}`).join('') } };
    case 'rule':
      return { ...base, tag: 'line', attrs: { ...cls, x1: px(X(m.x1) + (m.dx1 ?? 0)), y1: Y(m.y1), x2: px(X(m.x2) + (m.dx2 ?? 0)), y2: Y(m.y2) } };
    case 'rect': {
      const w = Math.max(m.minWidth ?? 0, m.width * pw);
      return { ...base, tag: 'rect', attrs: { ...cls, x: X(m.x), y: Y(m.y), width: px(w), height: px(m.height * ph) } };
    }
    case 'text': {
      const attrs: Record<string, string | number> = { ...cls, x: px(X(m.x) + (m.dx ?? 0)), y: px(Y(m.y) + (m.dy ?? 0)), 'text-anchor': m.anchor };
      if (m.baseline === 'middle') attrs['dy'] = '0.35em';
      if (m.baseline === 'hanging') attrs['dy'] = '0.8em';
      return { ...base, tag: 'text', attrs, text: m.text, role: roleOf(m), label: m.label ?? m.key, priority: m.priority ?? defaultPriority(m.className), offsetX: m.dx ?? 0 };
    }
    case 'dot':
      return { ...base, tag: 'circle', attrs: { ...cls, cx: X(m.x), cy: Y(m.y), r: m.r } };
  }
}

function roleOf(m: Extract<Mark, { type: 'text' }>): TextRole {
  if (m.symbol) return 'symbol';
  const classes = m.className.split(/\s+/);
  if (classes.includes('tick') && m.key.startsWith('tick-x')) return 'tick-x';
  if (classes.includes('tick')) return 'fixed';
  return 'label';
}
