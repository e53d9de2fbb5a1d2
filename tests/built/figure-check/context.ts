// The context of each figure on one page: its sentence, text, row, figure, table and step, the dates they name, and the data rows those pick.
import type { Computed } from './computations';
import type { Data, DataRow } from './data';
import { findFigures, type Found, type Skipped } from './find';
import type { Segment } from './html';
import { CHAPTER_FILES, filesFor } from './scopes';

/** What the check knows before it reads a page: the data, rows by date key, the computations and the story's days. */
export interface Index {
  data: Data;
  dist: string;
  allFiles: string[];
  byKey: Map<string, DataRow[]>;
  named: Computed[];
  storyYear: number;
  bases: string[];
}

export interface Item {
  seg: Segment;
  segId: number;
  f: Found;
  sentence: number;
  /** The figure before it in the same sentence. */
  prev?: Item;
  status?: 'traced' | 'allowed' | 'failed';
  how?: string;
  /** Written without a year and none found nearby: the story's year was assumed. */
  yearAssumed?: boolean;
}

export interface Level {
  name: 'sentence' | 'text' | 'row' | 'group' | 'wrap' | 'state';
  id: string;
  items: Item[];
}

/** A table cell that cites a source ("Saxo Bank, 29 Jan 2026: …"): its dates are the source's, not the row's. */
export const citesSource = (seg: Segment) => seg.place === 'table-cell' && /\bsources?\b/i.test(seg.columnHead ?? '');

const SENTENCE_END = /(?<=[.!?;])\s+(?=[A-Z0-9“"‘(])/g;

export function sentenceStarts(text: string): number[] {
  return [0, ...[...text.matchAll(SENTENCE_END)].map((m) => m.index! + m[0].length)];
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** The data key a date-like figure stands for: YYYY-MM-DD, YYYY-MM or YYYYQn. */
export function keyOf(f: Found): string | undefined {
  if (f.year === undefined) return undefined;
  if (f.kind === 'date') return `${f.year}-${p2(f.month!)}-${p2(f.day!)}`;
  if (f.kind === 'month') return `${f.year}-${p2(f.month!)}`;
  if (f.kind === 'quarter') return `${f.year}Q${f.quarter}`;
  return undefined;
}

export class PageContext {
  readonly items: Item[] = [];
  private readonly segItems: Item[][] = [];
  private readonly byScope = new Map<string, Item[]>();
  private readonly rowTexts = new Map<string, string[]>();
  private readonly entryTexts = new Map<string, string[]>();
  private readonly segs: Segment[];
  private readonly rowCellTexts = new Map<string, string[]>();
  private readonly stateSubtitles = new Map<string, string>();
  private readonly levelCache = new Map<string, Item[]>();
  private readonly keyCache = new Map<string, string[]>();
  private readonly linked = new Map<string, Set<string>>();

  constructor(
    readonly index: Index,
    segs: Segment[],
    skipped: Skipped[],
  ) {
    this.segs = segs;
    segs.forEach((seg, segId) => {
      if (seg.entry) this.entryTexts.set(seg.entry, [...(this.entryTexts.get(seg.entry) ?? []), seg.text]);
      // A contents entry belongs to the chapter its link points into.
      if (seg.place === 'contents' && !seg.chapter) seg.chapter = Object.keys(CHAPTER_FILES).find((slug) => (seg.links ?? []).some((h) => h === `#${slug}` || h.startsWith(`#${slug}-`) || h.endsWith(`/${slug}/`)));
      const row = seg.scopes[0]?.kind === 'row' ? seg.scopes[0].key : undefined;
      if (row && seg.place === 'table-cell') this.rowCellTexts.set(row, [...(this.rowCellTexts.get(row) ?? []), seg.text]);
      const starts = sentenceStarts(seg.text);
      let prev: Item | undefined;
      const mine = findFigures(seg.text, skipped).map((f) => {
        const sentence = starts.filter((s) => s <= f.index).length - 1;
        const it: Item = { seg, segId, f, sentence, prev: prev && prev.sentence === sentence ? prev : undefined };
        prev = it;
        return it;
      });
      this.segItems.push(mine);
      this.items.push(...mine);
      for (const s of seg.scopes) {
        if (!this.byScope.has(s.key)) this.byScope.set(s.key, []);
        this.byScope.get(s.key)!.push(...mine);
        if (s.kind === 'row') this.rowTexts.set(s.key, [...(this.rowTexts.get(s.key) ?? []), seg.text]);
      }
      const state = seg.scopes.find((s) => s.kind === 'state');
      if (seg.place === 'chart-subtitle' && state) this.stateSubtitles.set(state.key, seg.text);
    });
    this.items.forEach((it) => this.resolveYear(it));
  }

  /** Figures at each level of context around an item, innermost first: its sentence, its text, then each enclosing scope. */
  levels(it: Item): Level[] {
    const sid = `s:${it.segId}:${it.sentence}`;
    let sentence = this.levelCache.get(sid);
    if (!sentence) this.levelCache.set(sid, (sentence = this.segItems[it.segId]!.filter((x) => x.sentence === it.sentence)));
    return [
      { name: 'sentence', id: sid, items: sentence },
      { name: 'text', id: `t:${it.segId}`, items: this.segItems[it.segId]! },
      ...it.seg.scopes.map((s) => ({ name: s.kind, id: s.key, items: this.byScope.get(s.key) ?? [] })),
    ];
  }

  /** The date keys the figures of a level name. */
  keysOf(lv: Pick<Level, 'id' | 'items'>): string[] {
    let v = this.keyCache.get(lv.id);
    if (!v) this.keyCache.set(lv.id, (v = lv.items.map((x) => keyOf(x.f)).filter((k): k is string => Boolean(k))));
    return v;
  }

  /** The figures sharing a scope (a table row, an SVG, a table's wrapper with its download link). */
  inScope(key: string): Item[] {
    return this.byScope.get(key) ?? [];
  }

  /** Rows of the given files that hold any of the keys. */
  rowsFor(keys: Iterable<string>, files: string[]): DataRow[] {
    const out = new Set<DataRow>();
    for (const k of keys) for (const r of this.index.byKey.get(k) ?? []) if (files.includes(r.file)) out.add(r);
    return [...out];
  }

  /**
   * The files a text may quote; in the notes, a line that names files (a chapter's list of files) speaks only for them, and so does every
   * line of a data set's entry (div.notes-item), whose heading names its file.
   */
  filesOf(seg: Segment): string[] {
    const row = seg.scopes.find((x) => x.kind === 'row');
    if (seg.chapter === 'notes') {
      for (const texts of [row && this.rowTexts.get(row.key), seg.entry && this.entryTexts.get(seg.entry)]) {
        const named = this.index.allFiles.filter((f) => (texts || []).some((t) => t.includes(f)));
        if (named.length) return named;
      }
    }
    return filesFor(seg, this.index.allFiles);
  }

  /** The states a chart shows on this page (its steps, figures and headings: the distinct data-state values inside its data-chart). */
  chartStates(chart: string): string[] {
    return [...new Set(this.segs.filter((s) => s.chart === chart && s.state).map((s) => s.state!))];
  }

  /** The tables of a chart on this page marked data-withheld (their rows are not offered for download), by their wrappers. */
  withheldTables(chart: string): string[] {
    return [...new Set(this.segs.filter((s) => s.chart === chart && s.withheld).flatMap((s) => s.scopes.filter((x) => x.kind === 'wrap').map((x) => x.key)))];
  }

  /** The figures in the table cells of a chart on this page. */
  chartTableItems(chart: string): Item[] {
    return this.items.filter((x) => x.seg.chart === chart && x.seg.place === 'table-cell');
  }

  /** The other cells of a table cell's row. */
  rowCells(seg: Segment): string[] {
    return seg.place === 'table-cell' ? (this.rowCellTexts.get(seg.scopes[0]?.key ?? '') ?? []) : [];
  }

  /** The words between the previous figure of the sentence (or its start) and this figure. */
  textBefore(it: Item): string {
    const t = it.seg.text;
    const from = it.prev ? it.prev.f.index + it.prev.f.text.length : sentenceStarts(t)[it.sentence]!;
    return t.slice(from, it.f.index);
  }

  /** Dates, months, quarters and years in the figure's own sentence (or, for a table cell, its row): a computation about other dates does not fit. */
  nearKeys(it: Item): string[] {
    const lv = it.seg.place === 'table-cell' ? this.levels(it).find((l) => l.name === 'row') : this.levels(it)[0];
    return lv ? [...this.keysOf(lv), ...lv.items.filter((x) => x.f.kind === 'year').map((x) => String(x.f.year))] : [];
  }

  /**
   * The unit a number written without one is in: "percent" or a scale (tn, bn) named by its table column's header or its row,
   * by the nearest unit word before it in its own text ("in USD trillion rounded to 0.1: Nvidia 4.6"), or by its chart's subtitle.
   */
  unitHint(it: Item): string | undefined {
    const { seg, f } = it;
    const head = seg.columnHead ?? '';
    if (/%|\bpercent\b/i.test(head) || this.rowCells(seg).includes('percent')) return 'percent';
    const state = seg.scopes.find((s) => s.kind === 'state');
    const before = [...seg.text.slice(0, f.index).matchAll(/\b(trillion|tn|billion|bn)\b/gi)].at(-1)?.[1];
    const subtitle = seg.place === 'chart-label' || seg.place === 'chart-title' ? (state && this.stateSubtitles.get(state.key)) : undefined;
    for (const t of [head, before, subtitle]) {
      if (!t) continue;
      if (/\btrillion\b|\btn\b/i.test(t)) return 'tn';
      if (/\bbillion\b|\bbn\b/i.test(t)) return 'bn';
    }
    return undefined;
  }

  /** Where a figure was traced to a row, the row's dates count as shown beside it (in its sentence, text and row). */
  link(it: Item, keys: string[]): void {
    for (const id of this.nearIds(it)) {
      if (!this.linked.has(id)) this.linked.set(id, new Set());
      for (const k of keys) this.linked.get(id)!.add(k);
    }
  }

  /** The dates of the rows that figures beside this one were traced to. */
  linkedNear(it: Item): string[] {
    return this.nearIds(it).flatMap((id) => [...(this.linked.get(id) ?? [])]);
  }

  private nearIds(it: Item): string[] {
    return [`s:${it.segId}:${it.sentence}`, `t:${it.segId}`, ...it.seg.scopes.filter((s) => s.kind === 'row').map((s) => s.key)];
  }

  /**
   * A date written without a year ("29 Jan") takes the year of the same day written in full nearby, else the nearest year given
   * that makes a date the data hold, else the story's year (a title read alone, in the contents list; the trace says so).
   */
  private resolveYear(it: Item): void {
    const f = it.f;
    if (f.year !== undefined || (f.kind !== 'date' && f.kind !== 'month')) return;
    const lvls = this.levels(it);
    for (const lv of lvls) {
      const full = lv.items.find((x) => x !== it && x.f.kind === f.kind && x.f.year !== undefined && x.f.month === f.month && x.f.day === f.day);
      if (full) {
        f.year = full.f.year;
        return;
      }
    }
    const files = filesFor(it.seg, this.index.allFiles);
    for (const lv of lvls) {
      const years = [...new Set(lv.items.filter((x) => x !== it && x.f.year !== undefined && x.f.kind !== 'time').map((x) => x.f.year!))];
      const fits = years.find((y) => (this.index.byKey.get(keyOf({ ...f, year: y })!) ?? []).some((r) => files.includes(r.file)));
      if (fits !== undefined) {
        f.year = fits;
        return;
      }
    }
    f.year = this.index.storyYear;
    it.yearAssumed = true;
  }
}
