/** The indices chart: the Nasdaq, the S&P 500 and the Dow rebased to 100, over twelve months, as a gap to the Dow, and year to date. */
import { scaleLinear } from 'd3-scale';
import { xAxisLine, xTicks, yGrid } from '../scene/axes';
import { defineChart, type StateData } from '../define-chart';
import { sourceLine } from '../../site/licences/credit';
import { downsample } from '../scene/downsample';
import { formatDate, formatNumber, isoDay, withDecimals } from '../../story/format';
import { isNarrow as narrow } from '../scene/size-classes';
import type { ChartSize, Mark, Scene } from '../scene/scene';
import { indicesData, OTHERS, SERIES, type IndicesData, type RebasedWindow, type SeriesId } from '../../story/indices';

const states = ['year', 'dow-lags', 'ytd'] as const;
type IndicesState = (typeof states)[number];

/** Plot heights at the smallest layouts a size class is drawn at (phone and short desktop windows), for spacing labels. */
const minPlotHeight = (size: ChartSize) => (narrow(size) ? 250 : 400);
const LINE_HEIGHT = 15;

/** A change since the base, from a rebased value: 120.898 -> "+20.9%" (or "20.9%" unsigned). */
const percentFromRebased = (v: number, signed = true): string => `${signed && v >= 100 ? '+' : ''}${formatNumber(v - 100, 1)}%`;
/** A lead in percentage points: 11.61 -> "+11.6 pts". */
const points = (v: number): string => `${v >= 0 ? '+' : ''}${formatNumber(v, 1)} pts`;

function margins(size: ChartSize) {
  return { top: 40, right: narrow(size) ? 76 : 128, bottom: 32, left: 44 };
}

/**
 * Pixel offsets, one per label, that keep labels at plot fractions `ys` at least `gap` px apart
 * at plot height `ph` (the smallest the layout is drawn at); taller plots only spread them further.
 */
function dodge(ys: number[], ph: number, gap: number): number[] {
  const order = ys.map((y, i) => ({ y: y * ph, i })).sort((a, b) => a.y - b.y);
  const placed: number[] = [];
  order.forEach((o, k) => placed.push(k === 0 ? o.y : Math.max(o.y, placed[k - 1]! + gap)));
  const overflow = placed.at(-1)! - ph;
  const shifted = overflow > 0 ? placed.map((p) => p - overflow) : placed;
  const dy: number[] = [];
  order.forEach((o, k) => (dy[o.i] = shifted[k]! - o.y));
  return dy;
}

/** Direct labels at the right end of each line: name and value on one line (wide) or two (narrow). */
function endLabels(ends: Record<SeriesId, number>, y: (v: number) => number, size: ChartSize, value: (id: SeriesId) => string): Mark[] {
  const isNarrow = narrow(size);
  const dys = dodge(SERIES.map((s) => y(ends[s.id])), minPlotHeight(size), (isNarrow ? 2 : 1) * LINE_HEIGHT + 3);
  return SERIES.flatMap((s, i): Mark[] => {
    const at = { x: 1, y: y(ends[s.id]), dx: 8, anchor: 'start' as const };
    const dy = dys[i]!;
    return isNarrow
      ? [
          { type: 'text', key: `label-${s.id}`, label: `label-${s.id}`, className: `label label-strong label-${s.id}`, ...at, dy: dy - 2, text: s.name },
          { type: 'text', key: `label-${s.id}-value`, label: `label-${s.id}`, className: `label label-${s.id}`, ...at, dy: dy + 13, text: value(s.id) },
        ]
      : [{ type: 'text', key: `label-${s.id}`, className: `label label-strong label-${s.id}`, ...at, dy, baseline: 'middle', text: `${s.name} ${value(s.id)}` }];
  });
}

/** Three rebased lines over a window, with the 100 line, end dots and direct end labels. */
function rebasedLines(w: RebasedWindow, size: ChartSize, opts: { domain: [number, number]; grid: number[]; keyPrefix: string; ticks: Date[]; tickFormat: (d: Date) => string }): Mark[] {
  const margin = margins(size);
  const pw = size.width - margin.left - margin.right;
  const first = w.rows[0]!.date.getTime();
  const last = w.rows.at(-1)!;
  const x = scaleLinear().domain([first, last.date.getTime()]).range([0, 1]);
  const y = scaleLinear().domain(opts.domain).range([1, 0]);
  return [
    ...yGrid(opts.grid, y, (v) => formatNumber(v)),
    xAxisLine(),
    ...xTicks(opts.ticks, (d) => x(d.getTime()), opts.tickFormat, (d) => isoDay(d)),
    { type: 'rule', key: 'rule-base', className: 'rule-base', x1: 0, x2: 1, y1: y(100), y2: y(100) },
    ...SERIES.flatMap((s): Mark[] => [
      { type: 'path', key: `${opts.keyPrefix}${s.id}`, className: `line line-${s.id}`, points: downsample(w.rows.map((r): [number, number] => [x(r.date.getTime()), y(r.rebased[s.id])]), Math.round(pw)) },
      { type: 'dot', key: `dot-end-${s.id}`, className: `dot dot-${s.id}`, x: 1, y: y(last.rebased[s.id]), r: 3.5 },
    ]),
    ...endLabels(last.rebased, y, size, (id) => percentFromRebased(last.rebased[id])),
  ];
}

const monthStart = (y: number, m: number) => new Date(Date.UTC(y, m, 1));

/** Twelve months of the three indices, each rebased to its close on the base day. */
function year(d: IndicesData, size: ChartSize): Scene {
  const ticks = narrow(size) ? [monthStart(2025, 4), monthStart(2025, 8), monthStart(2026, 0)] : [monthStart(2025, 3), monthStart(2025, 6), monthStart(2025, 9), monthStart(2026, 0)];
  const margin = margins(size);
  const last = d.year.rows.at(-1)!.rebased;
  const base = formatDate(d.year.base, 'short');
  const marks: Mark[] = [
    ...rebasedLines(d.year, size, { domain: [75, 125], grid: [80, 90, 100, 110, 120], keyPrefix: 'line-', ticks, tickFormat: (t) => formatDate(t, 'shortMonthYear') }),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -24, anchor: 'start', text: `Index, close on ${base} = 100` },
  ];
  return {
    chart: 'indices', state: 'year', margin, marks,
    title: `In the year to ${formatDate(d.day, 'short')} the Nasdaq gained ${percentFromRebased(last.nasdaq, false)}, the Dow ${percentFromRebased(last.dow, false)}`,
    subtitle: `Daily closes, rebased: each index's close on ${base} = 100`,
    alt: `Line chart of three indices rebased to 100 on ${formatDate(d.year.base)}. By ${formatDate(d.day)} the Nasdaq Composite stood at ${formatNumber(last.nasdaq, 2)} (${percentFromRebased(last.nasdaq)}), the S&P 500 at ${formatNumber(last.sp500, 2)} (${percentFromRebased(last.sp500)}) and the Dow Jones Industrial Average at ${formatNumber(last.dow, 2)} (${percentFromRebased(last.dow)}).`,
  };
}

/** The same twelve months as each index's lead over the Dow: the Dow's line becomes the zero line. */
function dowLags(d: IndicesData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = margins(size);
  const pw = size.width - margin.left - margin.right;
  const first = d.gaps[0]!.date.getTime();
  const lastGap = d.gaps.at(-1)!;
  const x = scaleLinear().domain([first, lastGap.date.getTime()]).range([0, 1]);
  const y = scaleLinear().domain([-10, 20]).range([1, 0]);
  const ticks = isNarrow ? [monthStart(2025, 4), monthStart(2025, 8), monthStart(2026, 0)] : [monthStart(2025, 3), monthStart(2025, 6), monthStart(2025, 9), monthStart(2026, 0)];
  const from = x(d.behindBothFrom.getTime());
  const widest = d.widest.nasdaq;
  const behind = formatDate(d.behindBothFrom, 'short');
  const leads: Record<SeriesId, number> = { ...lastGap.lead, dow: 0 };
  const marks: Mark[] = [
    { type: 'rect', key: 'band-behind', className: 'band-behind', x: from, y: 0, width: 1 - from, height: 1 },
    ...yGrid([-10, -5, 0, 5, 10, 15, 20], y, (v) => (v > 0 ? `+${v}` : String(v))),
    xAxisLine(),
    ...xTicks(ticks, (t) => x(t.getTime()), (t) => formatDate(t, 'shortMonthYear'), (t) => isoDay(t)),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -24, anchor: 'start', text: 'Lead over the Dow, percentage points' },
    ...(isNarrow
      ? [`Dow behind both`, `on every close`, `from ${behind}`]
      : [`Dow behind both on every close from ${behind}`]
    ).map((text, i, all): Mark => ({ type: 'text', key: `band-behind-label-${i}`, label: 'band-behind-label', className: 'label label-band', x: from, y: 1, dx: 6, dy: -8 - (all.length - 1 - i) * LINE_HEIGHT, anchor: 'start', text })),
    ...SERIES.flatMap((s): Mark[] => [
      {
        type: 'path', key: `line-${s.id}`, className: `line line-${s.id}`,
        points: downsample(d.gaps.map((g): [number, number] => [x(g.date.getTime()), y(s.id === 'dow' ? 0 : g.lead[s.id])]), Math.round(pw)),
      },
      { type: 'dot', key: `dot-end-${s.id}`, className: `dot dot-${s.id}`, x: 1, y: y(leads[s.id]), r: 3.5 },
    ]),
    ...endLabels(leads, y, size, (id) => (id === 'dow' ? 'zero line' : points(leads[id]))),
    { type: 'dot', key: 'dot-widest', className: 'dot dot-nasdaq', x: x(widest.date.getTime()), y: y(widest.lead), r: 4 },
    { type: 'text', key: 'label-widest', className: 'label', x: x(widest.date.getTime()), y: y(widest.lead), dx: -8, anchor: 'end', baseline: 'middle', text: `Widest ${points(widest.lead)}, ${formatDate(widest.date, isNarrow ? 'dayMonth' : 'short')}` },
  ];
  return {
    chart: 'indices', state: 'dow-lags', margin, marks,
    title: `From ${behind} to ${formatDate(d.day, 'short')} the Dow trailed both on every close`,
    subtitle: `Lead over the Dow: each rebased line minus the Dow's, in percentage points`,
    alt: `Line chart of the gap to the Dow. The S&P 500 stayed ahead of the Dow from ${formatDate(d.aheadFrom.sp500)} and the Nasdaq from ${formatDate(d.aheadFrom.nasdaq)}. Over those twelve months the Nasdaq's lead was widest at ${formatNumber(widest.lead, 1)} points on ${formatDate(widest.date)}; on ${formatDate(d.day)} it was ${formatNumber(lastGap.lead.nasdaq, 1)} points and the S&P 500's ${formatNumber(lastGap.lead.sp500, 1)}.`,
  };
}

/** January 2026 alone, each index rebased to its last close of 2025. */
function ytd(d: IndicesData, size: ChartSize): Scene {
  const margin = margins(size);
  const rows = d.ytd.rows;
  const last = rows.at(-1)!.rebased;
  const day = (m: number, dd: number, yr = 2026) => new Date(Date.UTC(yr, m, dd));
  const ticks = narrow(size) ? [d.ytd.base, day(0, 14), d.day] : [d.ytd.base, day(0, 7), day(0, 14), day(0, 21), d.day];
  const ends = SERIES.map((s) => last[s.id]);
  const spread = Math.max(...ends) - Math.min(...ends);
  const base = formatDate(d.ytd.base, 'short');
  const marks: Mark[] = [
    ...rebasedLines(d.ytd, size, { domain: [98, 104], grid: [98, 100, 102, 104], keyPrefix: 'line-ytd-', ticks, tickFormat: (t) => formatDate(t, 'dayMonth') }),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -24, anchor: 'start', text: `Index, close on ${base} = 100` },
  ];
  return {
    chart: 'indices', state: 'ytd', margin, marks,
    title: `Year to date on ${formatDate(d.day, 'short')}, the three were within ${formatNumber(spread, 1)} points of each other`,
    subtitle: `Daily closes, rebased: each index's close on ${base} = 100; a tighter scale`,
    alt: `Line chart of three indices rebased to 100 on ${formatDate(d.ytd.base)}. By ${formatDate(d.day)} the Nasdaq Composite stood at ${formatNumber(last.nasdaq, 2)} (${percentFromRebased(last.nasdaq)}), the Dow Jones Industrial Average at ${formatNumber(last.dow, 2)} (${percentFromRebased(last.dow)}) and the S&P 500 at ${formatNumber(last.sp500, 2)} (${percentFromRebased(last.sp500)}).`,
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;
/** Closes, rebased values and leads in tables: two decimals, as the prose writes them (49,015.60, 109.29). */
const two = withDecimals(2);

/** The rows a rebased state draws: closes as in the data, rebased values to two decimals. */
function windowData(w: RebasedWindow): StateData {
  const base = formatDate(w.base, 'short');
  return {
    columns: [
      { key: 'date', label: 'Date' },
      ...SERIES.map((s) => ({ key: `${s.id}_close`, label: `${s.longName} close`, numeric: true, format: two })),
      ...SERIES.map((s) => ({ key: `${s.id}_rebased`, label: `${s.name} rebased (${base} = 100)`, numeric: true, format: two })),
    ],
    rows: w.rows.map((r) => ({
      date: isoDay(r.date),
      ...Object.fromEntries(SERIES.map((s) => [`${s.id}_close`, r.close[s.id]])),
      ...Object.fromEntries(SERIES.map((s) => [`${s.id}_rebased`, round2(r.rebased[s.id])])),
    })),
    valueColumn: 'nasdaq_rebased',
  };
}

function data(d: IndicesData, state: IndicesState): StateData {
  switch (state) {
    case 'year':
      return windowData(d.year);
    case 'dow-lags':
      return {
        columns: [
          { key: 'date', label: 'Date' },
          ...OTHERS.map((id) => ({ key: `${id}_lead`, label: `${SERIES.find((s) => s.id === id)!.name} lead over the Dow (percentage points)`, numeric: true, format: two })),
        ],
        rows: d.gaps.map((g) => ({ date: isoDay(g.date), ...Object.fromEntries(OTHERS.map((id) => [`${id}_lead`, round2(g.lead[id])])) })),
        valueColumn: 'nasdaq_lead',
      };
    case 'ytd':
      return windowData(d.ytd);
  }
}

/** The indices chart: the Nasdaq Composite, the S&P 500 and the Dow rebased to 100 over the twelve months and the year to date. */
export const indices = defineChart({
  id: 'indices',
  states,
  cut: () => indicesData(),
  title: () => 'The Nasdaq, the S&P 500 and the Dow, rebased to 100',
  source: () => sourceLine('indices', 'Source: Yahoo Finance daily closes (^IXIC, ^GSPC, ^DJI), checked against FRED; rebasing and gaps computed from the closes.'),
  scenes: { year, 'dow-lags': dowLags, ytd },
  data,
});
