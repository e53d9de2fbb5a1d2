// Text-text overlaps and text outside the chart, from text boxes however they were measured (the build's font metrics, or Chromium's own boxes).

export interface TextBox {
  key: string;
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface TextProblem {
  kind: 'overlap' | 'outside';
  /** Overlap: the area both boxes cover, px²; outside: how far the text crosses the edge, px. */
  amount: number;
  what: string;
}

/** Boxes may touch, or overlap by this much (px) to absorb rounding; anything more is a problem. */
const SLACK = 0.5;

export function textProblems(boxes: TextBox[], size: { width: number; height: number }): TextProblem[] {
  const out: TextProblem[] = [];
  for (const b of boxes) {
    const past = Math.max(-b.left, -b.top, b.right - size.width, b.bottom - size.height);
    if (past > SLACK) out.push({ kind: 'outside', amount: past, what: `"${b.text}" (${b.key}) crosses the edge by ${past.toFixed(1)} px` });
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > SLACK && h > SLACK) out.push({ kind: 'overlap', amount: w * h, what: `"${a.text}" (${a.key}) and "${b.text}" (${b.key}) overlap by ${w.toFixed(1)} x ${h.toFixed(1)} px` });
    }
  }
  return out;
}

/** The widths the sweeps try: 280 to 1440 px in 20 px steps. */
export const SWEEP_WIDTHS = Array.from({ length: (1440 - 280) / 20 + 1 }, (_, i) => 280 + 20 * i);

/** The heights the sweeps try at each width: the size class's own (the build's layouts) and a short chart, as in a short window or frame. */
export const sweepHeights = (classHeight: number): number[] => [classHeight, 300];
