/** Scene and Mark types: plain, serialisable chart data in which every mark has a stable key. */

/** Pixel margins around the plot area. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The box a chart is laid out in, in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

/**
 * Positions are fractions of the plot area (x: 0 left to 1 right; y: 0 top to 1 bottom), so a
 * scene computed once at build time can be laid out at any measured size in the browser with
 * no scales; offsets (`dx`, `dy`, `r`) are pixels so text and dots keep their size.
 */
interface MarkBase {
  /** Stable identity across states: the same key moves, a new key enters, a missing key exits. */
  key: string;
  /** CSS class(es) that style the mark (colours live in CSS, not in scenes). */
  className: string;
}

export interface PathMark extends MarkBase {
  type: 'path';
  points: [number, number][];
}

export interface RuleMark extends MarkBase {
  type: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Pixel extension of the rule beyond x1 (negative, to the left) and x2, e.g. into a margin. */
  dx1?: number;
  dx2?: number;
}

export interface RectMark extends MarkBase {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Minimum pixel width, so a real but tiny value stays visible. */
  minWidth?: number;
}

export interface TextMark extends MarkBase {
  type: 'text';
  x: number;
  y: number;
  dx?: number;
  dy?: number;
  anchor: 'start' | 'middle' | 'end';
  /** 'middle' centres the text on y; 'hanging' hangs it below y; default sits on y. */
  baseline?: 'middle' | 'hanging';
  text: string;
  /**
   * The label this text is a line of (default: its own key). The lines of one label are placed together: nudged
   * clear of other text, or, when there is no room, turned into one numbered marker with its words in a key under
   * the chart (src/charts/scene/place-labels.ts). A rule keyed `<label>-leader` is the label's leader line.
   */
  label?: string;
  /** Which label keeps its place when two collide: the higher (default 3 for bold text, 2 otherwise). */
  priority?: number;
  /** A glyph that is a mark of the data (▲ a hike), not words: drawn where the data puts it, never moved. */
  symbol?: boolean;
}

export interface DotMark extends MarkBase {
  type: 'dot';
  x: number;
  y: number;
  r: number;
}

export type Mark = PathMark | RuleMark | RectMark | TextMark | DotMark;

/** One state of one chart: what it says and what it draws. */
export interface Scene {
  chart: string;
  state: string;
  /** Heading above the chart for this state. */
  title: string;
  /** Units and scale, under the title. */
  subtitle: string;
  /** Text alternative: what the state shows, with its figures, in a sentence or two. */
  alt: string;
  margin: Margin;
  marks: Mark[];
}
