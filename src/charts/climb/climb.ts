/** The climb chart: the S&P 500 from 1871 to 7,000, in four states from the long view to the day itself. */
import { scaleLinear, scaleLog } from 'd3-scale';
import { max } from 'd3-array';
import { xAxisLine, xTicks, yGrid } from '../scene/axes';
import { defineChart, type StateData } from '../define-chart';
import { downsample } from '../scene/downsample';
import { formatDate, formatNumber, formatPercentChange, isoDay, withDecimals } from '../../story/format';
import { isNarrow as narrow } from '../scene/size-classes';
import type { ChartSize, Mark, Scene } from '../scene/scene';
import { climbData, type ClimbData } from '../../story/climb';
import { sourceLine } from '../../site/licences/credit';

const states = ['long-view', 'milestones', 'from-6000', 'jan28'] as const;
type ClimbState = (typeof states)[number];

const LEVEL = 7000;
const utcYear = (y: number) => Date.UTC(y, 0, 1);

/** Log-scale line of monthly averages since 1871, with the 7,000 line. */
function longView(d: ClimbData, size: ChartSize): Scene {
  const margin = { top: 40, right: narrow(size) ? 20 : 28, bottom: 32, left: 52 };
  const pw = size.width - margin.left - margin.right;
  const first = d.monthly[0]!;
  const last = d.monthly[d.monthly.length - 1]!;
  const x = scaleLinear().domain([first.date.getTime(), last.date.getTime()]).range([0, 1]);
  const y = scaleLog().domain([2, 10000]).range([1, 0]);
  const points = downsample(
    d.monthly.map((r): [number, number] => [x(r.date.getTime()), y(r.sp500_monthly_avg)]),
    Math.round(pw),
  );
  const step = narrow(size) ? 40 : 20;
  const growth = last.sp500_monthly_avg / first.sp500_monthly_avg;
  const years: number[] = [];
  for (let yr = 1880; yr <= last.date.getUTCFullYear() - 5; yr += step) years.push(yr);
  const marks: Mark[] = [
    ...yGrid([10, 100, 1000, 10000], y, (v) => formatNumber(v)),
    xAxisLine(),
    ...xTicks(years, (yr) => x(utcYear(yr)), String, String),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -24, anchor: 'start', text: 'Index points, log scale' },
    { type: 'rule', key: 'rule-7000', className: 'rule-level', x1: 0, x2: 1, y1: y(LEVEL), y2: y(LEVEL) },
    { type: 'text', key: 'rule-7000-label', className: 'label-level', x: 0, y: y(LEVEL), dx: 4, dy: -6, anchor: 'start', text: '7,000' },
    { type: 'path', key: 'line-monthly', className: 'line', points },
    { type: 'dot', key: 'dot-start', className: 'dot', x: 0, y: y(first.sp500_monthly_avg), r: 3.5 },
    { type: 'text', key: 'label-start', className: 'label', x: 0, y: y(first.sp500_monthly_avg), dx: 2, dy: 28, anchor: 'start', text: `${formatNumber(first.sp500_monthly_avg)} in ${first.date.getUTCFullYear()}` },
    { type: 'dot', key: 'dot-end', className: 'dot', x: 1, y: y(last.sp500_monthly_avg), r: 3.5 },
    { type: 'text', key: 'label-end', className: 'label label-strong', x: 1, y: y(last.sp500_monthly_avg), dy: 22, anchor: 'end', text: `${formatNumber(last.sp500_monthly_avg, 2)}` },
    { type: 'text', key: 'label-end-note', className: 'label', x: 1, y: y(last.sp500_monthly_avg), dy: 40, anchor: 'end', text: `${formatDate(last.date, 'monthYear')} average` },
  ];
  return {
    chart: 'climb', state: 'long-view', margin, marks,
    title: `Over ${last.date.getUTCFullYear() - first.date.getUTCFullYear()} years the index has multiplied ${growth > 1000 ? 'more than a thousandfold' : `${formatNumber(growth, 0)}-fold`}`,
    subtitle: 'S&P 500 and its forerunners, monthly average of daily closes, index points on a log scale',
    alt: `Line chart on a log scale. The S&P 500's monthly average climbs from ${formatNumber(first.sp500_monthly_avg)} in ${formatDate(first.date, 'monthYear')} to ${formatNumber(last.sp500_monthly_avg, 2)} in ${formatDate(last.date, 'monthYear')}, just under the 7,000 line.`,
  };
}

/** One row per thousand-point milestone: trading days since the previous one, and the percentage step. */
function milestones(d: ClimbData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 56, right: isNarrow ? 56 : 72, bottom: 32, left: 52 };
  const rows = d.milestones;
  const longest = max(rows, (r) => r.trading_days_since_previous_milestone_first_close ?? 0) ?? 1;
  const x = scaleLinear().domain([0, longest]).range([0, 1]).nice();
  const band = 1 / rows.length;
  const marks: Mark[] = [
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -40, anchor: 'start', text: 'First close at or above' },
    { type: 'text', key: 'ms-head-days', className: 'axis-title', x: 0, y: 0, dy: -20, anchor: 'start', text: 'Trading days since the previous thousand' },
    { type: 'text', key: 'ms-head-pct', className: 'axis-title', x: 1, y: 0, dx: margin.right, dy: -20, anchor: 'end', text: 'Step' },
    ...x.ticks(isNarrow ? 2 : 4).flatMap((v): Mark[] => [
      { type: 'rule', key: `grid-x-days-${v}`, className: 'grid', x1: x(v), x2: x(v), y1: 0, y2: 1 },
      { type: 'text', key: `tick-x-days-${v}`, className: 'tick', x: x(v), y: 1, dy: 8, anchor: 'middle', baseline: 'hanging', text: formatNumber(v) },
    ]),
  ];
  rows.forEach((r, i) => {
    const yMid = band * (i + 0.5);
    const previous = rows[i - 1];
    const days = r.trading_days_since_previous_milestone_first_close;
    const after = r.first_close_at_or_above_date.getTime() > d.day.getTime();
    marks.push({ type: 'text', key: `ms-level-${r.level}`, className: 'tick tick-strong', x: 0, y: yMid, dx: -6, anchor: 'end', baseline: 'middle', text: formatNumber(r.level) });
    if (days !== null && previous) {
      const w = x(days);
      const inside = w > 0.55;
      marks.push(
        { type: 'rect', key: `ms-bar-${r.level}`, className: after ? 'bar bar-later' : 'bar', x: 0, y: yMid - band * 0.32, width: w, height: band * 0.64, minWidth: 2 },
        { type: 'text', key: `ms-days-${r.level}`, className: inside ? 'label label-inverse' : 'label', x: w, y: yMid, dx: inside ? -6 : 6, anchor: inside ? 'end' : 'start', baseline: 'middle', text: `${formatNumber(days)}${after ? ` (to ${formatDate(r.first_close_at_or_above_date, 'short')})` : ''}` },
        { type: 'text', key: `ms-pct-${r.level}`, className: 'label label-strong', x: 1, y: yMid, dx: margin.right, anchor: 'end', baseline: 'middle', text: formatPercentChange((r.level - previous.level) / previous.level) },
      );
    } else {
      marks.push({ type: 'text', key: `ms-days-${r.level}`, className: 'label', x: 0, y: yMid, dx: 6, anchor: 'start', baseline: 'middle', text: `first close ${formatDate(r.first_close_at_or_above_date, 'short')}` });
    }
  });
  const gaps = rows.filter((r) => r.trading_days_since_previous_milestone_first_close !== null);
  const firstGap = gaps[0]!;
  const lastBefore = [...gaps].reverse().find((r) => r.first_close_at_or_above_date.getTime() <= d.day.getTime())!;
  const daysOf = (r: (typeof gaps)[number]) => r.trading_days_since_previous_milestone_first_close!;
  // The gaps that ran longer than the one before: the chart shows them, so the alt text names them.
  const longer = gaps.filter((r, i) => i > 0 && daysOf(r) > daysOf(gaps[i - 1]!));
  const longerText = longer
    .map((r) => `${formatNumber(r.level - 1000)} to ${formatNumber(r.level)} (${formatNumber(daysOf(r))}${r.first_close_at_or_above_date.getTime() > d.day.getTime() ? `, to ${formatDate(r.first_close_at_or_above_date)}` : ''})`)
    .join(' and ');
  return {
    chart: 'climb', state: 'milestones', margin, marks,
    title: 'Each thousand points is a smaller step than the last',
    subtitle: 'Trading days from one thousand-point milestone to the next (first close at or above), and the rise each represents',
    alt: `Bar chart of ${formatNumber(rows.length)} milestones. From ${formatNumber(firstGap.level - 1000)} to ${formatNumber(firstGap.level)} took ${formatNumber(firstGap.trading_days_since_previous_milestone_first_close!)} trading days, a ${formatPercentChange(1)} rise; from ${formatNumber(lastBefore.level - 1000)} to ${formatNumber(lastBefore.level)} took ${formatNumber(lastBefore.trading_days_since_previous_milestone_first_close!)}, a ${formatPercentChange(1000 / (lastBefore.level - 1000))} rise. Longer than the gap before them were ${longerText}. The step from 6,000 to 7,000 is ${formatPercentChange(1000 / 6000)}.`,
  };
}

/** Daily closes from the first close above 6,000 to the story's day, with 6,000 and 7,000 lines. */
function from6000(d: ClimbData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 40, right: isNarrow ? 20 : 28, bottom: 32, left: 52 };
  const pw = size.width - margin.left - margin.right;
  const first = d.daily[0]!;
  const last = d.daily[d.daily.length - 1]!;
  const low = d.daily.reduce((a, b) => (b.close < a.close ? b : a));
  const x = scaleLinear().domain([first.date.getTime(), last.date.getTime()]).range([0, 1]);
  const y = scaleLinear().domain([4500, 7500]).range([1, 0]);
  const points = downsample(d.daily.map((r): [number, number] => [x(r.date.getTime()), y(r.close)]), Math.round(pw));
  const months = isNarrow ? [[2025, 0], [2025, 6], [2026, 0]] : [[2025, 0], [2025, 3], [2025, 6], [2025, 9], [2026, 0]];
  const marks: Mark[] = [
    ...yGrid([5000, 6000, 7000], y, (v) => formatNumber(v)),
    xAxisLine(),
    ...xTicks(months, ([yr, m]) => x(Date.UTC(yr!, m!, 1)), ([yr, m]) => formatDate(new Date(Date.UTC(yr!, m!, 1)), 'shortMonthYear'), ([yr, m]) => `${yr}-${m}`),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -24, anchor: 'start', text: 'Index points, daily close' },
    { type: 'rule', key: 'rule-7000', className: 'rule-level', x1: 0, x2: 1, y1: y(LEVEL), y2: y(LEVEL) },
    { type: 'text', key: 'rule-7000-label', className: 'label-level', x: 0, y: y(LEVEL), dx: 4, dy: -6, anchor: 'start', text: '7,000' },
    { type: 'path', key: 'line-daily', className: 'line', points },
    { type: 'dot', key: 'dot-start', className: 'dot', x: 0, y: y(first.close), r: 3.5 },
    { type: 'text', key: 'label-start', className: 'label', x: 0, y: y(first.close), dx: 2, dy: isNarrow ? 30 : 54, anchor: 'start', text: isNarrow ? formatNumber(first.close, 2) : `${formatNumber(first.close, 2)} on ${formatDate(first.date, 'short')}` },
    ...(isNarrow ? [{ type: 'text', key: 'label-start-note', className: 'label', x: 0, y: y(first.close), dx: 2, dy: 46, anchor: 'start', text: formatDate(first.date, 'short') } satisfies Mark] : []),
    { type: 'dot', key: 'dot-low', className: 'dot', x: x(low.date.getTime()), y: y(low.close), r: 3.5 },
    { type: 'text', key: 'label-low', className: 'label', x: x(low.date.getTime()), y: y(low.close), dy: 18, anchor: 'middle', text: `Low ${formatNumber(low.close, 2)}, ${formatDate(low.date, 'short')}` },
    { type: 'dot', key: 'dot-end', className: 'dot', x: 1, y: y(last.close), r: 3.5 },
    { type: 'text', key: 'label-end', className: 'label label-strong', x: 1, y: y(last.close), dy: -32, anchor: 'end', text: formatNumber(last.close, 2) },
    { type: 'text', key: 'label-end-note', className: 'label', x: 1, y: y(last.close), dy: -14, anchor: 'end', text: `close, ${formatDate(last.date, 'short')}` },
  ];
  return {
    chart: 'climb', state: 'from-6000', margin, marks,
    title: `From 6,000 to the edge of 7,000, through the spring ${low.date.getUTCFullYear()} sell-off`,
    subtitle: 'S&P 500 daily close, index points',
    alt: `Line chart of daily closes. From ${formatNumber(first.close, 2)} on ${formatDate(first.date)} the index fell to a low of ${formatNumber(low.close, 2)} on ${formatDate(low.date)}, then climbed to ${formatNumber(last.close, 2)} on ${formatDate(last.date)}, just below the 7,000 line.`,
  };
}

/** The session before and the story's session: open, high, low and close against the 7,000 line. */
function jan28(d: ClimbData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 56, right: isNarrow ? 16 : 28, bottom: 32, left: 52 };
  const y = scaleLinear().domain([6950, 7015]).range([1, 0]);
  const xs = isNarrow ? [0.2, 0.6] : [0.22, 0.68];
  const tick = isNarrow ? 14 : 20;
  const [before, day] = d.sessions as [ClimbData['sessions'][number], ClimbData['sessions'][number]];
  const marks: Mark[] = [
    ...yGrid([6960, 6980, 7000], y, (v) => formatNumber(v)),
    xAxisLine(),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -40, anchor: 'start', text: 'Index points' },
    { type: 'rule', key: 'rule-7000', className: 'rule-level', x1: 0, x2: 1, y1: y(LEVEL), y2: y(LEVEL) },
    { type: 'text', key: 'rule-7000-label', className: 'label-level', x: 0, y: y(LEVEL), dx: 4, dy: -6, anchor: 'start', text: '7,000' },
  ];
  [before, day].forEach((s, i) => {
    const id = isoDay(s.date);
    const x = xs[i]!;
    const main = s === day;
    const cls = main ? 'ohlc ohlc-main' : 'ohlc';
    marks.push(
      { type: 'rule', key: `ohlc-${id}-range`, className: cls, x1: x, x2: x, y1: y(s.high), y2: y(s.low) },
      { type: 'rule', key: `ohlc-${id}-open`, className: cls, x1: x, x2: x, dx1: -tick, dx2: 0, y1: y(s.open), y2: y(s.open) },
      { type: 'rule', key: `ohlc-${id}-close`, className: cls, x1: x, x2: x, dx1: 0, dx2: tick, y1: y(s.close), y2: y(s.close) },
      { type: 'text', key: `ohlc-${id}-day`, className: main ? 'tick tick-strong' : 'tick', x, y: 1, dy: 8, anchor: 'middle', baseline: 'hanging', text: formatDate(s.date, 'weekdayDayMonth') },
    );
    if (main) {
      marks.push(
        { type: 'text', key: `ohlc-${id}-high-label`, className: 'label label-strong', x, y: y(s.high), dx: 6, dy: -10, anchor: 'start', text: `High ${formatNumber(s.high, 2)}` },
        { type: 'text', key: `ohlc-${id}-open-label`, className: 'label', x, y: y(s.open), dx: -tick - 4, dy: -10, anchor: 'end', text: `Open ${formatNumber(s.open, 2)}` },
        { type: 'text', key: `ohlc-${id}-close-label`, className: 'label label-strong', x, y: y(s.close), dx: tick + 4, anchor: 'start', baseline: 'middle', text: `Close ${formatNumber(s.close, 2)}` },
        { type: 'text', key: `ohlc-${id}-low-label`, className: 'label', x, y: y(s.low), dy: 18, anchor: 'middle', text: `Low ${formatNumber(s.low, 2)}` },
      );
    } else {
      marks.push(
        { type: 'text', key: `ohlc-${id}-close-label`, className: 'label', x, y: y(s.close), dx: tick + 4, anchor: 'start', baseline: 'middle', text: formatNumber(s.close, 2) },
        { type: 'text', key: `ohlc-${id}-close-note`, className: 'label', x, y: y(s.close), dx: tick + 4, dy: 16, anchor: 'start', baseline: 'middle', text: 'record close' },
      );
    }
  });
  return {
    chart: 'climb', state: 'jan28', margin, marks,
    title: `${formatDate(day.date)}: above 7,000 at the open, below it at the close`,
    subtitle: `S&P 500 open, high, low and close on ${formatDate(before.date, 'dayMonth')} and ${formatDate(day.date, 'dayMonth')} ${day.date.getUTCFullYear()}, index points`,
    alt: `Price-range chart of two sessions. On ${formatDate(day.date)} the S&P 500 opened at ${formatNumber(day.open, 2)}, above the 7,000 line; its high for the session was ${formatNumber(day.high, 2)} and its low ${formatNumber(day.low, 2)} (the daily data do not say which came first); it closed at ${formatNumber(day.close, 2)}, below the line and just under the previous day's record close of ${formatNumber(before.close, 2)}.`,
  };
}

/** Index levels in tables as in the prose and labels: two decimals (6,978.60). */
const points2 = withDecimals(2);

/** The rows each state draws. */
function data(d: ClimbData, state: ClimbState): StateData {
  switch (state) {
    case 'long-view':
      return {
        columns: [{ key: 'month', label: 'Month' }, { key: 'average', label: 'Monthly average (index points)', numeric: true, format: points2 }, { key: 'basis', label: 'Basis' }],
        rows: d.monthly.map((r) => ({ month: isoDay(r.date).slice(0, 7), average: r.sp500_monthly_avg, basis: r.basis })),
        valueColumn: 'average',
      };
    case 'milestones':
      return {
        columns: [
          { key: 'level', label: 'Level', numeric: true },
          { key: 'first_close', label: 'First close at or above' },
          { key: 'close', label: 'That close', numeric: true, format: points2 },
          { key: 'days', label: 'Trading days since previous level', numeric: true },
          { key: 'step', label: 'Step from previous level' },
        ],
        rows: d.milestones.map((r, i) => {
          const prev = d.milestones[i - 1];
          return {
            level: r.level,
            first_close: isoDay(r.first_close_at_or_above_date),
            close: r.first_close_value,
            days: r.trading_days_since_previous_milestone_first_close,
            step: prev ? formatPercentChange((r.level - prev.level) / prev.level) : null,
          };
        }),
      };
    case 'from-6000':
      return {
        columns: [{ key: 'date', label: 'Date' }, { key: 'close', label: 'Close (index points)', numeric: true, format: points2 }],
        rows: d.daily.map((r) => ({ date: isoDay(r.date), close: r.close })),
        valueColumn: 'close',
      };
    case 'jan28':
      return {
        columns: [
          { key: 'date', label: 'Date' },
          { key: 'open', label: 'Open', numeric: true, format: points2 },
          { key: 'high', label: 'High', numeric: true, format: points2 },
          { key: 'low', label: 'Low', numeric: true, format: points2 },
          { key: 'close', label: 'Close', numeric: true, format: points2 },
        ],
        rows: d.sessions.map((r) => ({ date: isoDay(r.date), open: r.open, high: r.high, low: r.low, close: r.close })),
      };
  }
}

/** The climb chart: the long view, the thousand-point milestones, the run from 6,000 and the 28 January session. */
export const climb = defineChart({
  id: 'climb',
  states,
  cut: () => climbData(),
  title: () => 'The S&P 500’s climb to 7,000',
  source: () => sourceLine('climb', 'Source: S&P Dow Jones Indices via FRED and Yahoo Finance; monthly history before 2023 from Robert Shiller; milestones computed from daily closes.'),
  scenes: { 'long-view': longView, milestones, 'from-6000': from6000, jan28 },
  data,
});
