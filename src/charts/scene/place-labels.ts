/** Label placement by geometry: x ticks thinned until they do not touch, labels kept inside the chart and clear of each other, or turned into numbered markers with a key. */
import { textWidth, textStyle, ASCENT } from './text-metrics';
import { moved, overlaps, textBox, union, type Box } from './text-box';
import type { DrawnMark } from './position-marks';
import type { ChartSize, Scene } from './scene';

/** Least room between two texts, px: their boxes (which hold the font’s ascent and descent) may touch. */
const GAP = 0;
/** Least room between two x-axis tick labels, px. */
const TICK_GAP = 8;
/** Texts keep this far inside the chart’s edges, px. */
const EDGE = 0;
/** The key under the chart: its class (font size in text-metrics.ts), line height and padding above, px. */
const KEY_CLASS = 'label-key';
const KEY_LINE = 15;
const KEY_PAD = 6;
const KEY_X = 4;
const MARKER_CLASS = 'label label-marker';
const OVER_RULE_CLASS = 'label-over-rule';

export interface KeyLine {
  /** The marker's number on the first line of its entry; undefined on a continuation line. */
  n?: number;
  text: string;
}

/** The words of each label (its lines joined), by label, in the order the scene draws them. */
export function labelText(scene: Scene): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const m of scene.marks) {
    if (m.type !== 'text' || m.symbol) continue;
    const id = m.label ?? m.key;
    out.set(id, [...(out.get(id) ?? []), m.text]);
  }
  return new Map([...out].map(([k, v]) => [k, v.join(' ')]));
}

/** The key's lines for `markers` (numbered 1, 2, … in that order), each entry wrapped to `width`. */
export function keyLines(markers: string[], texts: Map<string, string>, width: number): KeyLine[] {
  const style = textStyle(KEY_CLASS);
  const room = width - 2 * KEY_X;
  return markers.flatMap((label, i) => {
    const n = i + 1;
    const lines: KeyLine[] = [];
    let line = `${n}  `;
    for (const word of (texts.get(label) ?? label).split(' ')) {
      const next = /\s$/.test(line) ? line + word : `${line} ${word}`;
      if (textWidth(next, style) > room && !/^\s*\d*\s*$/.test(line)) {
        lines.push({ n: lines.length ? undefined : n, text: line });
        line = `    ${word}`;
      } else line = next;
    }
    lines.push({ n: lines.length ? undefined : n, text: line });
    return lines;
  });
}

/** Height the key takes under the plot, px (none without markers). */
export const keyHeight = (lines: KeyLine[]): number => (lines.length ? KEY_PAD + lines.length * KEY_LINE : 0);

export interface Placement {
  /** Every mark, with the labels placed (those in `unplaced` still where the scene put them). */
  marks: DrawnMark[];
  /** Labels that found no room, in the order met: markers for the next pass. */
  unplaced: string[];
  /** The marks without the unplaced labels and their leaders. */
  withoutUnplaced(): DrawnMark[];
}

/** Moves of a label tried in turn, px: none, then up and down, then sideways, then further. */
function nudges(line: number): [number, number][] {
  const out: [number, number][] = [[0, 0]];
  for (const k of [0.5, 1, 1.5, 2]) out.push([0, -k * line], [0, k * line], [-k * 16, 0], [k * 16, 0]);
  return out;
}

/** Moves of a marker tried in turn, px: a marker is small and may look further for room, nearest first. */
function markerNudges(line: number): [number, number][] {
  const out: [number, number][] = [];
  for (let dy = -2 * line; dy <= 2 * line; dy += line / 2) for (let dx = -48; dx <= 48; dx += 8) out.push([dx, dy]);
  return out.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
}

const inside = (b: Box, size: ChartSize): boolean => b.left >= EDGE && b.top >= EDGE && b.right <= size.width - EDGE && b.bottom <= size.height - EDGE;
/** The shift that brings `b` inside the chart (zero on an axis where it is already inside or cannot fit). */
const intoChart = (b: Box, size: ChartSize): [number, number] => {
  const axis = (lo: number, hi: number, max: number) => (hi - lo > max - 2 * EDGE ? 0 : lo < EDGE ? EDGE - lo : hi > max - EDGE ? max - EDGE - hi : 0);
  return [axis(b.left, b.right, size.width), axis(b.top, b.bottom, size.height)];
};
const shift = (m: DrawnMark, dx: number, dy: number): DrawnMark =>
  dx === 0 && dy === 0 ? m : { ...m, attrs: { ...m.attrs, x: round(Number(m.attrs['x']) + dx), y: round(Number(m.attrs['y']) + dy) } };
const round = (v: number): number => Math.round(v * 10) / 10;
const withClass = (m: DrawnMark, cls: string): DrawnMark => (cls ? { ...m, attrs: { ...m.attrs, class: `${m.attrs['class']} ${cls}` } } : m);

/**
 * Keeps every k-th x tick (the first always) for the least k at which neighbours do not touch and every tick is inside;
 * a tick that would touch fixed text (a y-axis label) is left out.
 */
function thinTicks(ticks: DrawnMark[], fixed: Box[], size: ChartSize): DrawnMark[] {
  // A tick label that would cross the chart's edge is anchored at its tick instead of centred on it.
  const fitted = ticks.map((t) => {
    const b = textBox(t);
    if (b.left < EDGE) return { ...t, attrs: { ...t.attrs, 'text-anchor': 'start' } };
    if (b.right > size.width - EDGE) return { ...t, attrs: { ...t.attrs, 'text-anchor': 'end' } };
    return t;
  });
  const sorted = [...fitted].sort((a, b) => Number(a.attrs['x']) - Number(b.attrs['x']));
  for (let k = 1; k <= sorted.length; k++) {
    const kept = sorted.filter((_, i) => i % k === 0);
    const boxes = kept.map(textBox);
    if (boxes.every((b, i) => i === 0 || b.left - boxes[i - 1]!.right >= TICK_GAP) && boxes.every((b) => inside(b, size))) {
      return kept.filter((_, i) => !fixed.some((f) => overlaps(boxes[i]!, f, -GAP)));
    }
  }
  return [];
}

/** Places the labels of `marks` (laid out at `size`); labels named in `markers` are drawn as numbered markers over `key`. */
export function placeLabels(marks: DrawnMark[], size: ChartSize, markers: string[], key: KeyLine[]): Placement {
  const fixed = marks.filter((m) => m.role === 'fixed').map(textBox);
  const ticks = thinTicks(marks.filter((m) => m.role === 'tick-x'), fixed, size);
  // A level rule (the 7,000 line, the 5,200 line) is read against the data: labels keep off it where they can (a label
  // that cannot, such as a row heading across the chart, is drawn over it on its halo).
  const rules = marks.filter((m) => m.tag === 'line' && /\brule-level\b/.test(String(m.attrs['class']))).map(ruleBox);
  const placedBoxes: Box[] = [...fixed, ...ticks.map(textBox)];
  // Dots are data: a label is moved off them where it can be, never onto them.
  const dots = marks.filter((m) => m.tag === 'circle').map(dotBox);
  const clearOfText = (b: Box) => inside(b, size) && !placedBoxes.some((p) => overlaps(b, p, -GAP));
  const offRules = (b: Box) => !rules.some((r) => overlaps(b, r));
  const clearOfMarks = (b: Box) => clearOfText(b) && offRules(b) && !dots.some((d) => overlaps(b, d));

  // Labels by id, in the order the scene draws them; placed highest priority first.
  const groups = new Map<string, DrawnMark[]>();
  for (const m of marks) if (m.role === 'label') groups.set(m.label!, [...(groups.get(m.label!) ?? []), m]);
  const order = [...groups.keys()].sort((a, b) => (groups.get(b)![0]!.priority ?? 0) - (groups.get(a)![0]!.priority ?? 0));
  const leaderOf = (label: string) => marks.find((m) => m.key === `${label}-leader` && m.tag === 'line');

  const replaced = new Map<string, DrawnMark[]>();
  /** A label moved up or down takes the end of its leader (y1, where the label sits) with it. */
  const leaderShift = new Map<string, number>();
  const unplaced: string[] = [];
  const lineHeight = (m: DrawnMark) => textStyle(String(m.attrs['class'])).size + 2;
  for (const label of order) {
    const lines = groups.get(label)!;
    const n = markers.indexOf(label) + 1;
    const texts = n > 0 ? marker(label, n, lines, leaderOf(label)) : lines;
    const variants = [texts, ...(n > 0 ? [] : flipped(texts))];
    const tries = (n > 0 ? markerNudges : nudges)(lineHeight(texts[0]!));
    let done = false;
    for (const clear of [clearOfMarks, clearOfText]) {
      for (const [i, variant] of variants.entries()) {
        const boxes = variant.map(textBox);
        const [cx, cy] = intoChart(union(boxes), size);
        // A mirrored label must fit where it is: pushed back inside the chart it would no longer be beside its point.
        if (i > 0 && (cx !== 0 || cy !== 0)) continue;
        const fit = tries.find(([dx, dy]) => boxes.every((b) => clear(moved(b, cx + dx, cy + dy))));
        if (!fit) continue;
        const placed = boxes.map((b) => moved(b, cx + fit[0], cy + fit[1]));
        placedBoxes.push(...placed);
        // Over a rule, the label's halo widens so the rule stops at its text instead of running through it.
        const overRule = !placed.every(offRules);
        replaced.set(label, variant.map((t) => withClass(shift(t, cx + fit[0], cy + fit[1]), overRule ? OVER_RULE_CLASS : '')));
        if (n === 0 && cy + fit[1] !== 0) leaderShift.set(label, cy + fit[1]);
        done = true;
        break;
      }
      if (done) break;
    }
    if (!done) unplaced.push(label);
  }

  const keyMarks = key.map((line, i): DrawnMark => ({
    key: `key-line-${line.n ?? `${i}c`}-${i}`,
    tag: 'text',
    attrs: { class: KEY_CLASS, x: KEY_X, y: round(size.height - keyHeight(key) + KEY_PAD + ASCENT * textStyle(KEY_CLASS).size + i * KEY_LINE), 'text-anchor': 'start' },
    text: line.text,
    role: 'fixed',
  }));
  const keptTicks = new Set(ticks.map((t) => t.key));
  const tickByKey = new Map(ticks.map((t) => [t.key, t]));
  const build = (drop: Set<string>): DrawnMark[] =>
    [
      ...marks.flatMap((m): DrawnMark[] => {
        if (m.role === 'tick-x') return keptTicks.has(m.key) ? [tickByKey.get(m.key)!] : [];
        if (m.role === 'label') {
          if (drop.has(m.label!)) return [];
          const group = replaced.get(m.label!);
          // The first line of a label stands for the group (a marker replaces all its lines).
          return group && groups.get(m.label!)![0] === m ? group : group ? [] : [m];
        }
        if (m.tag === 'line' && m.key.endsWith('-leader')) {
          const label = m.key.slice(0, -'-leader'.length);
          if (drop.has(label)) return [];
          const dy = leaderShift.get(label);
          if (dy) return [{ ...m, attrs: { ...m.attrs, y1: round(Number(m.attrs['y1']) + dy) } }];
        }
        return [m];
      }),
      ...keyMarks,
    ];
  return { marks: build(new Set()), unplaced, withoutUnplaced: () => build(new Set(unplaced)) };
}

/**
 * A label whose lines all end (or all start) beside its point, mirrored about the point: anchored the other way, at the
 * same distance on the other side. None for centred text.
 */
function flipped(lines: DrawnMark[]): DrawnMark[][] {
  const anchors = new Set(lines.map((m) => m.attrs['text-anchor'] ?? 'start'));
  if (anchors.size !== 1 || anchors.has('middle')) return [];
  const to = anchors.has('end') ? 'start' : 'end';
  return [lines.map((m) => ({ ...m, offsetX: -(m.offsetX ?? 0), attrs: { ...m.attrs, x: round(Number(m.attrs['x']) - 2 * (m.offsetX ?? 0)), 'text-anchor': to } }))];
}

/** The box a dot covers. */
function dotBox(m: DrawnMark): Box {
  const [cx, cy, r] = ['cx', 'cy', 'r'].map((k) => Number(m.attrs[k]));
  return { left: cx! - r!, right: cx! + r!, top: cy! - r!, bottom: cy! + r! };
}

/** The thin box a straight rule covers (1 px either side of it). */
function ruleBox(m: DrawnMark): Box {
  const [x1, x2, y1, y2] = ['x1', 'x2', 'y1', 'y2'].map((k) => Number(m.attrs[k]));
  return { left: Math.min(x1!, x2!) - 1, right: Math.max(x1!, x2!) + 1, top: Math.min(y1!, y2!) - 1, bottom: Math.max(y1!, y2!) + 1 };
}

/** A label's numbered marker: where its leader meets it, else where its first line starts. */
function marker(label: string, n: number, lines: DrawnMark[], leader: DrawnMark | undefined): DrawnMark[] {
  const first = lines[0]!;
  const at = leader ? { x: Number(leader.attrs['x1']), y: Number(leader.attrs['y1']) - 3 } : { x: Number(first.attrs['x']), y: Number(first.attrs['y']) };
  return [{ key: `${label}-marker`, tag: 'text', attrs: { class: MARKER_CLASS, x: at.x, y: at.y, 'text-anchor': leader ? 'middle' : String(first.attrs['text-anchor'] ?? 'start') }, text: String(n), role: 'label', label, priority: first.priority }];
}
