/** The fed chart: the FOMC's target range for the federal funds rate as a stepped band, 2015 to January 2026, with a mark at each decision. */
import { scaleLinear } from 'd3-scale';
import { xTicks, yGrid } from '../scene/axes';
import { defineChart, type StateData } from '../define-chart';
import { sourceLine } from '../../site/licences/credit';
import { formatDate, formatNumber, isoDay } from '../../story/format';
import { isNarrow as narrow } from '../scene/size-classes';
import type { ChartSize, Mark, Scene } from '../scene/scene';
import type { FedDecision } from '../../data/fed-funds-target-range';
import { fedData, viewRows, type FedData, type FedPeriod, type FedView } from '../../story/fed';

/** One state per period of the story (src/story/fed.ts). */
const states = ['zero-years', 'hikes', 'cuts', 'hold'] as const satisfies readonly FedPeriod[];
type FedState = (typeof states)[number];

/** The y axis runs from 0% to this in every state, so levels compare across states. */
const Y_MAX = 6;
/** Date labels hang this far below the 0% baseline, leaving room for the mark of a cut to 0%. */
const TICK_DY = 18;
/** Room between a band edge and the end of a leader line, in percentage points. */
const LEADER_GAP = 0.35;
/** Line height of stacked labels, px. */
const LINE = 15;

const marginFor = (size: ChartSize): Scene['margin'] => ({ top: 40, right: narrow(size) ? 18 : 28, bottom: 40, left: 36 });
const y = (v: number) => 1 - v / Y_MAX;
const time = (d: Date) => d.getTime();

/** A rate as the prose writes it, in tables too: 3.5 -> "3.50", 0 -> "0". */
const rateNumber = (v: number): string => (v === 0 ? '0' : formatNumber(v, 2));
/** 3.5 -> "3.50%", 0 -> "0%". */
const formatRate = (v: number): string => `${rateNumber(v)}%`;
/** The years a view spans, for a heading that stands alone: "2022–2023". */
const years = (from: FedDecision, to: FedDecision): string => {
  const a = from.decision_date.getUTCFullYear();
  const b = to.decision_date.getUTCFullYear();
  return a === b ? String(a) : `${a}–${b}`;
};
/** A decision's range, e.g. "3.50%–3.75%". */
const formatRange = (r: Pick<FedDecision, 'lower' | 'upper'>): string => `${formatRate(r.lower)}–${formatRate(r.upper)}`;
/** A range for a heading, kept on one line (word joiners around the dash). */
const headingRange = (r: Pick<FedDecision, 'lower' | 'upper'>): string => formatRange(r).replace('–', '\u2060–\u2060');
/** "+75 bp", "−25 bp". */
const formatBp = (bp: number): string => `${bp > 0 ? '+' : '−'}${Math.abs(bp)} bp`;
const monthYear = (d: Date) => formatDate(d, 'shortMonthYear');
const dayMonthLong = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long' });
/** "17 September, 29 October and 10 December 2025": the year only where it changes or at the end. */
const listDates = (rows: FedDecision[]): string =>
  rows
    .map((r, i) => {
      const next = rows[i + 1];
      return next && next.decision_date.getUTCFullYear() === r.decision_date.getUTCFullYear() ? dayMonthLong.format(r.decision_date) : formatDate(r.decision_date);
    })
    .join(', ')
    .replace(/, ([^,]*)$/, ' and $1');
const count = (rows: FedDecision[], action: FedDecision['action']) => rows.filter((r) => r.action === action).length;

/** Maps an effective date to a plot fraction for one view. */
function xScale(d: FedData, view: FedView) {
  const first = d.decisions[view.from]!;
  const last = d.decisions[view.to]!;
  return scaleLinear().domain([time(first.effective_date), time(last.effective_date)]).range([0, 1]);
}

/**
 * The band as one closed outline: the upper bound left to right, the lower bound back. Every
 * state has a point for every decision in the file (outside the view they sit on its edges at
 * the edge's level), so between states each corner glides and the band zooms rather than morphs.
 */
export function bandPoints(d: FedData, view: FedView): [number, number][] {
  const x = xScale(d, view);
  const first = d.decisions[view.from]!;
  const last = d.decisions[view.to]!;
  const t0 = time(first.effective_date);
  const t1 = time(last.effective_date);
  const bound = (k: 'lower' | 'upper'): [number, number][] =>
    d.decisions.flatMap((r, i) => {
      const t = time(r.effective_date);
      const at = (v: number, before: boolean): [number, number] =>
        t < t0 || (t === t0 && before) ? [0, y(first[k])] : t > t1 ? [1, y(last[k])] : [x(t), y(v)];
      const prev = d.decisions[i - 1];
      return prev ? [at(prev[k], true), at(r[k], false)] : [at(r[k], false)];
    });
  const upper = bound('upper');
  return [...upper, ...bound('lower').reverse(), upper[0]!];
}

/** One mark per decision in the view: ▲ above the band for a hike, ▼ below it for a cut (▽ if unscheduled), a dot on it for a hold. */
function decisionMarks(d: FedData, state: FedState, small: boolean): Mark[] {
  const view = d.views[state];
  const x = xScale(d, view);
  return viewRows(d, state).map((r): Mark => {
    const key = `dec-${isoDay(r.decision_date)}`;
    const at = x(time(r.effective_date));
    if (r.action === 'hike') {
      return { type: 'text', key, className: 'fed-mark fed-hike', x: at, y: y(r.upper), dy: -7, anchor: 'middle', baseline: 'middle', text: '▲', symbol: true };
    }
    if (r.action === 'cut') {
      const unscheduled = r.meeting_type === 'unscheduled';
      return { type: 'text', key, className: `fed-mark fed-cut${unscheduled ? ' fed-unscheduled' : ''}`, x: at, y: y(r.lower), dy: 7, anchor: 'middle', baseline: 'middle', text: unscheduled ? '▽' : '▼', symbol: true };
    }
    const day = r === d.decisions[d.day];
    return { type: 'dot', key, className: day ? 'fed-hold fed-hold-day' : 'fed-hold', x: at, y: y((r.lower + r.upper) / 2), r: day ? 4.5 : small ? 1.75 : 2.5 };
  });
}

/** Tick dates for a view, on calendar multiples of the step: years on long views, half-years or quarters on short ones. */
function tickDates(from: Date, to: Date, isNarrow: boolean): Date[] {
  const years = (time(to) - time(from)) / (365.25 * 864e5);
  const stepMonths = years > 8 ? (isNarrow ? 24 : 12) : years > 4 ? 12 : years > 2 ? 6 : 3;
  const out: Date[] = [];
  for (let m = from.getUTCFullYear() * 12; ; m++) {
    const t = new Date(Date.UTC(Math.floor(m / 12), m % 12, 1));
    if (t > to) break;
    if (t >= from && m % stepMonths === 0) out.push(t);
  }
  return out;
}

/** Grid, axes, band and decision marks: what every state draws. */
function base(d: FedData, state: FedState, size: ChartSize, margin: Scene['margin']): Mark[] {
  const isNarrow = narrow(size);
  const view = d.views[state];
  const x = xScale(d, view);
  const first = d.decisions[view.from]!.effective_date;
  const last = d.decisions[view.to]!.effective_date;
  const ticks = tickDates(first, last, isNarrow);
  const tickLabel = (t: Date, i: number) =>
    t.getUTCMonth() === 0 ? String(t.getUTCFullYear()) : i === 0 ? monthYear(t) : formatDate(t, 'shortMonthYear').slice(0, 3);
  const small = state === 'hold' && isNarrow;
  return [
    // The 0% gridline is the baseline.
    ...yGrid([0, 1, 2, 3, 4, 5, 6], y, (v) => `${v}%`).map((m): Mark => (m.key === 'grid-y-0' ? { ...m, className: 'axis' } : m)),
    ...xTicks(ticks.map((t, i) => [t, i] as const), ([t]) => x(time(t)), ([t, i]) => tickLabel(t, i), ([t]) => isoDay(t).slice(0, 7)).map((m) => ({ ...m, dy: TICK_DY })),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -24, anchor: 'start', text: 'Percent' },
    { type: 'path', key: 'fed-band', className: 'fed-band', points: bandPoints(d, view) },
    ...decisionMarks(d, state, small),
  ];
}

/** A label placed at `level` with a leader line down to `target` (both in percent) at a decision. */
function callout(key: string, xPos: number, level: number, target: number, lines: string[], anchor: 'start' | 'end' | 'middle', className = 'label'): Mark[] {
  return [
    { type: 'rule', key: `${key}-leader`, className: 'fed-leader', x1: xPos, x2: xPos, y1: y(level), y2: y(target) },
    ...lines.map((text, i): Mark => ({ type: 'text', key: `${key}-${i}`, label: key, className, x: xPos, y: y(level), dy: -4 - LINE * (lines.length - 1 - i), anchor, text })),
  ];
}

/** Lines of text stacked downward from a point. */
function note(key: string, xPos: number, level: number, dy: number, lines: string[], anchor: 'start' | 'end' | 'middle', className = 'label', dx = 0): Mark[] {
  return lines.map((text, i): Mark => ({ type: 'text', key: `${key}-${i}`, label: key, className, x: xPos, y: y(level), dx, dy: dy + LINE * i, anchor, text }));
}

const SUBTITLE = 'Target range for the federal funds rate, percent, at each FOMC decision: ▲\u00a0hike, ▼\u00a0cut, ●\u00a0hold';

/** 2015 to early 2022: near zero, nine small hikes to 2018, cuts in 2019 and two unscheduled cuts back to zero in March 2020. */
function zeroYears(d: FedData, size: ChartSize): Scene {
  const margin = marginFor(size);
  const rows = viewRows(d, 'zero-years');
  const x = xScale(d, d.views['zero-years']);
  const at = (r: FedDecision) => x(time(r.effective_date));
  const firstHike = rows.find((r) => r.action === 'hike')!;
  const top = rows.reduce((a, b) => (b.upper > a.upper ? b : a));
  const hikesToTop = count(rows.filter((r) => r.decision_date <= top.decision_date), 'hike');
  const unscheduled = rows.filter((r) => r.meeting_type === 'unscheduled');
  const beforeUnscheduled = rows[rows.indexOf(unscheduled[0]!) - 1]!;
  const afterTop = rows.filter((r) => r.decision_date > top.decision_date && r.decision_date < unscheduled[0]!.decision_date);
  const cutsAfterTop = afterTop.filter((r) => r.action === 'cut');
  const last = rows.at(-1)!;
  const floor = unscheduled.at(-1)!;
  const marks: Mark[] = [
    ...base(d, 'zero-years', size, margin),
    ...callout('note-first-hike', at(firstHike), 3.3, firstHike.upper + LEADER_GAP, ['First hike', formatDate(firstHike.decision_date, 'short')], 'start'),
    ...callout('note-top', at(top), 4.6, top.upper + LEADER_GAP, [`${hikesToTop} hikes to`, formatRange(top), monthYear(top.decision_date)], 'middle'),
    ...callout('note-cuts', at(cutsAfterTop[0]!), 3.3, afterTop[afterTop.indexOf(cutsAfterTop[0]!) - 1]!.upper + LEADER_GAP, [`${cutsAfterTop.length} cuts`, String(cutsAfterTop[0]!.decision_date.getUTCFullYear())], 'end', 'label fed-label-cut'),
    ...callout('note-unscheduled', at(unscheduled[0]!), 4.6, beforeUnscheduled.upper + LEADER_GAP, [`${unscheduled.length} unscheduled`, `cuts, ${monthYear(unscheduled[0]!.decision_date)}`], 'start', 'label fed-label-cut'),
    ...note('note-held', 1, floor.upper, -25, ['Held at', formatRange(floor)], 'end'),
  ];
  return {
    chart: 'fed', state: 'zero-years', margin, marks,
    title: `${years(rows[0]!, last)}: near zero, up to ${headingRange(top)}, then back`,
    subtitle: SUBTITLE,
    alt: `Stepped band chart of the federal funds target range from ${formatDate(rows[0]!.decision_date, 'monthYear')} to ${formatDate(last.decision_date, 'monthYear')}. It sat at ${formatRange(rows[0]!)} until the first hike of the period, on ${formatDate(firstHike.decision_date)}; ${hikesToTop} hikes took it to ${formatRange(top)} by ${formatDate(top.decision_date)}. Then came ${cutsAfterTop.length} cuts in ${cutsAfterTop[0]!.decision_date.getUTCFullYear()} and ${unscheduled.length} unscheduled cuts in ${formatDate(unscheduled[0]!.decision_date, 'monthYear')}, which brought it back to ${formatRange(floor)}, where it was held until ${formatDate(last.decision_date)}.`,
  };
}

/** March 2022 to July 2023: eleven hikes to 5.25%-5.50%, then a year of holds. */
function hikes(d: FedData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = marginFor(size);
  const rows = viewRows(d, 'hikes');
  const x = xScale(d, d.views.hikes);
  const at = (r: FedDecision) => x(time(r.effective_date));
  const ups = rows.filter((r) => r.action === 'hike');
  const first = ups[0]!;
  const peak = ups.at(-1)!;
  const holdsAtPeak = rows.filter((r) => r.decision_date > peak.decision_date && r.action === 'hold');
  const biggest = Math.max(...ups.map((r) => r.change_bp));
  const nBiggest = ups.filter((r) => r.change_bp === biggest).length;
  const start = rows[0]!;
  const marks: Mark[] = [
    ...base(d, 'hikes', size, margin),
    ...note('note-hikes', at(ups[3]!), 1.2, 0, [`${ups.length} hikes,`, `${monthYear(first.decision_date)} to ${monthYear(peak.decision_date)}`, `${nBiggest} of them ${formatBp(biggest)}`], 'start', 'label', 14),
    ...note('note-peak', (at(peak) + 1) / 2, peak.upper, -12, [formatRange(peak)], 'middle', 'label label-strong'),
    ...note('note-held', (at(holdsAtPeak[0]!) + 1) / 2, peak.lower, 22, [`Held ${holdsAtPeak.length} times`], 'middle'),
    // Wide only: each hike's size above its mark, the unit on the first.
    ...(isNarrow ? [] : ups.map((r, i): Mark => ({ type: 'text', key: `bp-${isoDay(r.decision_date)}`, className: 'label fed-bp', x: at(r), y: y(r.upper), dy: -19, anchor: 'middle', text: i === 0 ? formatBp(r.change_bp) : formatBp(r.change_bp).replace(' bp', '') }))),
  ];
  return {
    chart: 'fed', state: 'hikes', margin, marks,
    title: `${years(first, peak)}: ${ups.length} hikes took the range to ${headingRange(peak)}`,
    subtitle: SUBTITLE,
    alt: `Stepped band chart of the federal funds target range from ${formatDate(start.decision_date, 'monthYear')} to ${formatDate(rows.at(-1)!.decision_date, 'monthYear')}. From ${formatRange(start)}, ${ups.length} hikes between ${formatDate(first.decision_date)} and ${formatDate(peak.decision_date)}, ${nBiggest} of them by ${biggest} basis points, raised it to ${formatRange(peak)}. It was then held there at ${holdsAtPeak.length} decisions.`,
  };
}

/** September 2024 to December 2025: three cuts, a pause, three more cuts to 3.50%-3.75%. */
function cuts(d: FedData, size: ChartSize): Scene {
  const margin = marginFor(size);
  const rows = viewRows(d, 'cuts');
  const x = xScale(d, d.views.cuts);
  const at = (r: FedDecision) => x(time(r.effective_date));
  const start = rows[0]!;
  const downs = rows.filter((r) => r.action === 'cut');
  const firstYear = downs[0]!.decision_date.getUTCFullYear();
  const early = downs.filter((r) => r.decision_date.getUTCFullYear() === firstYear);
  const late = downs.filter((r) => r.decision_date.getUTCFullYear() !== firstYear);
  const pause = rows.filter((r) => r.action === 'hold' && r.decision_date > early.at(-1)!.decision_date && r.decision_date < late[0]!.decision_date);
  const endEarly = early.at(-1)!;
  const end = rows.at(-1)!;
  const pauseMid = (at(pause[0]!) + at(pause.at(-1)!)) / 2;
  const marks: Mark[] = [
    ...base(d, 'cuts', size, margin),
    ...note('note-start', 0, start.upper, -10, [formatRange(start)], 'start', 'label label-strong', 2),
    ...note('note-early', at(endEarly), endEarly.upper, -12, [`${early.length} cuts in ${firstYear}, to ${formatRange(endEarly)}`], 'start', 'label fed-label-cut', 4),
    ...note('note-pause', pauseMid, endEarly.lower, 24, [`Held ${pause.length} times`], 'middle'),
    ...note('note-late', 1, end.lower, 26, [`${late.length} cuts in ${late[0]!.decision_date.getUTCFullYear()},`, `to ${formatRange(end)}`], 'end', 'label fed-label-cut'),
  ];
  return {
    chart: 'fed', state: 'cuts', margin, marks,
    title: `${years(early[0]!, late.at(-1)!)}: ${early.length} cuts, a pause, ${late.length} more, down to ${headingRange(end)}`,
    subtitle: SUBTITLE,
    alt: `Stepped band chart of the federal funds target range from ${formatDate(start.decision_date, 'monthYear')} to ${formatDate(end.decision_date, 'monthYear')}. From ${formatRange(start)}, ${early.length} cuts between ${formatDate(early[0]!.decision_date)} and ${formatDate(endEarly.decision_date)} lowered it to ${formatRange(endEarly)}. After ${pause.length} holds, ${late.length} more cuts, on ${listDates(late)}, took it to ${formatRange(end)}.`,
  };
}

/** The whole series, ending on the 28 January 2026 hold. */
function hold(d: FedData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = marginFor(size);
  const rows = viewRows(d, 'hold');
  const x = xScale(d, d.views.hold);
  const at = (r: FedDecision) => x(time(r.effective_date));
  const day = d.decisions[d.day]!;
  const peak = rows.reduce((a, b) => (b.upper > a.upper ? b : a));
  const since = rows.filter((r) => r.action !== 'hold').at(-1)!;
  const marks: Mark[] = [
    ...base(d, 'hold', size, margin),
    ...callout('note-day', 1, Y_MAX, day.upper + LEADER_GAP, [`${formatDate(day.decision_date, 'short')}: held at`, formatRange(day)], 'end', 'label label-strong'),
    ...(isNarrow ? [] : note('note-peak', at(peak), peak.upper, 4, [`Peak ${formatRange(peak)}`], 'end', 'label', -12)),
  ];
  return {
    chart: 'fed', state: 'hold', margin, marks,
    title: `${formatDate(day.decision_date)}: held at ${headingRange(day)}`,
    subtitle: SUBTITLE,
    alt: `Stepped band chart of the federal funds target range at all ${rows.length} FOMC decisions from ${formatDate(rows[0]!.decision_date, 'monthYear')} to ${formatDate(day.decision_date, 'monthYear')}. The last decision, on ${formatDate(day.decision_date)}, held the range at ${formatRange(day)}, where the cut of ${formatDate(since.decision_date)} had left it, below the peak of ${formatRange(peak)} reached on ${formatDate(peak.decision_date)}.`,
  };
}

const basisOf = (r: FedDecision): string =>
  r.source.startsWith('https://federalreserve.gov/') ? 'Federal Reserve table' : 'FOMC statement as reported (see source)';

/** The decisions each state draws, with the file's columns. */
function data(d: FedData, state: FedState): StateData {
  return {
    columns: [
      { key: 'decision_date', label: 'Decision' },
      { key: 'effective_date', label: 'Effective' },
      { key: 'lower', label: 'Lower bound (%)', numeric: true, format: rateNumber },
      { key: 'upper', label: 'Upper bound (%)', numeric: true, format: rateNumber },
      { key: 'change_bp', label: 'Change (basis points)', numeric: true },
      { key: 'action', label: 'Action' },
      { key: 'meeting_type', label: 'Meeting' },
      { key: 'basis', label: 'Basis' },
      { key: 'source', label: 'Source' },
    ],
    rows: viewRows(d, state).map((r) => ({
      decision_date: isoDay(r.decision_date),
      effective_date: isoDay(r.effective_date),
      lower: r.lower,
      upper: r.upper,
      change_bp: r.change_bp,
      action: r.action,
      meeting_type: r.meeting_type,
      basis: basisOf(r),
      source: r.source,
    })),
    valueColumn: 'upper',
  };
}

/** The fed chart: the target range since 2015 through the zero years, the hikes, the cuts and the January 2026 hold. */
export const fed = defineChart({
  id: 'fed',
  states,
  cut: () => fedData(),
  title: () => 'The Fed’s target range for the federal funds rate, 2015 to January 2026',
  source: () =>
    sourceLine('fed', 'Source: Federal Reserve Board (target range at each decision, “The Fed Explained”) to June 2024; later decisions from FOMC statements as reported by ABA Banking Journal and others (named in the data’s source column); levels cross-checked with FRED (DFEDTARU, DFEDTARL).'),
  scenes: { 'zero-years': zeroYears, hikes, cuts, hold },
  data,
});
