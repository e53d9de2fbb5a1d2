/** The day chart: the story day's session, the Fed's hold and the companies reporting after the close, then those companies among the ten largest. */
import { scaleLinear } from 'd3-scale';
import { defineChart, type StateData } from '../define-chart';
import { formatDate, formatNumber, isoDay, withDecimals } from '../../story/format';
import { isNarrow as narrow } from '../scene/size-classes';
import type { ChartSize, Mark, Scene } from '../scene/scene';
import { dayData, type DayData } from '../../story/day';
import { sourceLine } from '../../site/licences/credit';

const states = ['day', 'top-ten', 'reporting'] as const;
type DayState = (typeof states)[number];

const LEVEL = 7000;
/** Largest market value on the bar scale, USD tn: room for the three reporting companies added up. */
const CAP_MAX_TN = 7;
/** Where the chapter's after-the-close reporting comes from (see SOURCES.md, sources for context in the prose). */
const SAXO = 'Saxo Bank, 29 Jan 2026: https://www.home.saxo/en-sg/content/articles/equities/mag3earnings-29012026';
/** Where the reporting companies' names start in the day state, spaced for their lengths. */
const NAME_X = [0, 0.3, 0.72];

/** Market value in USD tn from the file's USD bn (exact: the values are whole billions). */
const tn = (bn: number) => bn / 1000;
/** USD tn with one decimal at least: the source rounds to 0.1 tn, so 4,000 bn reads 4.0. */
const tnText = (bn: number) => formatNumber(tn(bn), Number.isInteger(Math.round(bn) / 100) ? 1 : 2);
/** The house style for money: "USD 4.6 tn". */
const money = (bn: number) => `USD ${tnText(bn)} tn`;
const slug = (entity: string) => entity.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const side = (v: number) => (v >= LEVEL ? 'above' : 'below');
const percent = (v: number) => `${formatNumber(v, 2)}%`;
const fedRange = (d: DayData) => `${percent(d.fed.lower)}–${percent(d.fed.upper)}`;
const reportingNames = (d: DayData) => d.reporting.map((r) => r.entity);
const list = (names: string[]) => `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
/** Sum of the reporting companies' values in USD bn (whole numbers, so exact). */
const combinedBn = (d: DayData) => d.reporting.reduce((sum, r) => sum + r.value, 0);

/** Short names where the full one does not fit beside a bar. */
function displayName(entity: string, size: ChartSize): string {
  if (entity === 'Taiwan Semiconductor Manufacturing') return narrow(size) ? 'TSMC' : 'Taiwan Semiconductor';
  return entity;
}

/** The story day in the order it can be told without clock times: the session, then what came after the close, and the Fed's decision the same day. */
function session(d: DayData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 16, right: isNarrow ? 16 : 24, bottom: 8, left: isNarrow ? 16 : 24 };
  const s = d.session;
  const y = scaleLinear().domain([6960, 7005]).range(isNarrow ? [0.44, 0.18] : [0.6, 0.17]);
  const x = 0.5;
  const tick = isNarrow ? 14 : 20;
  // The lower rows need about 60 and 45 px; these fractions leave that at the smallest sticky heights.
  const afterY = isNarrow ? 0.56 : 0.72;
  const fedY = isNarrow ? 0.8 : 0.87;
  const names = reportingNames(d);
  const marks: Mark[] = [
    { type: 'text', key: 'day-head-session', className: 'day-head', x: 0, y: 0, anchor: 'start', baseline: 'hanging', text: `During the session, ${formatDate(d.day, 'weekdayDayMonth')}` },
    { type: 'text', key: 'day-head-session-note', className: 'axis-title', x: 0, y: 0, dy: 18, anchor: 'start', baseline: 'hanging', text: 'S&P 500, index points' },
    { type: 'rule', key: 'rule-7000', className: 'rule-level', x1: 0, x2: 1, y1: y(LEVEL), y2: y(LEVEL) },
    { type: 'text', key: 'rule-7000-label', className: 'label-level', x: 1, y: y(LEVEL), dy: -6, anchor: 'end', text: '7,000' },
    { type: 'rule', key: 'ohlc-range', className: 'ohlc ohlc-main', x1: x, x2: x, y1: y(s.high), y2: y(s.low) },
    { type: 'rule', key: 'ohlc-open', className: 'ohlc ohlc-main', x1: x, x2: x, dx1: -tick, dx2: 0, y1: y(s.open), y2: y(s.open) },
    { type: 'rule', key: 'ohlc-close', className: 'ohlc ohlc-main', x1: x, x2: x, dx1: 0, dx2: tick, y1: y(s.close), y2: y(s.close) },
    { type: 'text', key: 'ohlc-open-label', className: 'label', x, y: y(s.open), dx: -tick - 4, dy: -8, anchor: 'end', text: `Open ${formatNumber(s.open, 2)}` },
    { type: 'text', key: 'ohlc-high-label', className: 'label label-strong', x, y: y(s.high), dx: 6, dy: -8, anchor: 'start', text: `High ${formatNumber(s.high, 2)}` },
    { type: 'text', key: 'ohlc-close-label', className: 'label label-strong', x, y: y(s.close), dx: tick + 4, anchor: 'start', baseline: 'middle', text: `Close ${formatNumber(s.close, 2)}` },
    { type: 'text', key: 'ohlc-low-label', className: 'label', x, y: y(s.low), dy: 18, anchor: 'middle', text: `Low ${formatNumber(s.low, 2)}` },
    { type: 'rule', key: 'day-sep-after', className: 'grid', x1: 0, x2: 1, y1: afterY, y2: afterY },
    { type: 'text', key: 'day-head-after', className: 'day-head', x: 0, y: afterY, dy: 8, anchor: 'start', baseline: 'hanging', text: 'After the close' },
    { type: 'text', key: 'day-head-after-note', className: 'axis-title', x: 0, y: afterY, dy: 26, anchor: 'start', baseline: 'hanging', text: 'Released quarterly results (Saxo Bank):' },
    ...names.map((name, i): Mark => ({ type: 'text', key: `name-${slug(name)}`, className: 'label label-strong day-hi-text', x: NAME_X[i]!, y: afterY, dy: 44, anchor: 'start', baseline: 'hanging', text: name })),
    { type: 'rule', key: 'day-sep-fed', className: 'grid', x1: 0, x2: 1, y1: fedY, y2: fedY },
    { type: 'text', key: 'day-head-fed', className: 'day-head', x: 0, y: fedY, dy: 8, anchor: 'start', baseline: 'hanging', text: 'Same day: the Federal Reserve' },
    { type: 'text', key: 'day-fed-label', className: 'label', x: 0, y: fedY, dy: 26, anchor: 'start', baseline: 'hanging', text: `held its target range at ${fedRange(d)}` },
  ];
  return {
    chart: 'day', state: 'day', margin, marks,
    title: `${formatDate(d.day)}: open above 7,000, a Fed hold, results after the bell`,
    subtitle: `${formatDate(d.day, 'short')} in order, without times of day: the data give none`,
    alt: `Summary of ${formatDate(d.day)}. The S&P 500 opened at ${formatNumber(s.open, 2)}, ${side(s.open)} 7,000; during the session its high was ${formatNumber(s.high, 2)} and its low ${formatNumber(s.low, 2)} (the data do not say which came first); it closed at ${formatNumber(s.close, 2)}, ${side(s.close)} 7,000. The same day the Federal Reserve held its target range at ${fedRange(d)}. After the close, ${list(names)} reported quarterly results.`,
  };
}

/** Horizontal bars of the largest companies by market value; `highlight` marks the reporting companies and adds their sum. */
function bars(d: DayData, size: ChartSize, highlight: boolean): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 8, right: isNarrow ? 16 : 24, bottom: 28, left: isNarrow ? 112 : 160 };
  const x = scaleLinear().domain([0, CAP_MAX_TN]).range([0, 1]);
  const slots = d.caps.length + 1.6;
  const band = 1 / slots;
  const reporting = new Set(reportingNames(d));
  const marks: Mark[] = [];
  for (let v = 0; v <= CAP_MAX_TN; v++) {
    marks.push(
      { type: 'rule', key: `grid-x-${v}`, className: v === 0 ? 'axis' : 'grid', x1: x(v), x2: x(v), y1: 0, y2: 1 },
      { type: 'text', key: `tick-x-${v}`, className: 'tick', x: x(v), y: 1, dy: 8, anchor: 'middle', baseline: 'hanging', text: String(v) },
    );
  }
  marks.push({ type: 'text', key: 'axis-x-title', className: 'axis-title', x: 0, y: 1, dx: -12, dy: 8, anchor: 'end', baseline: 'hanging', text: 'USD tn' });
  d.caps.forEach((r, i) => {
    const id = slug(r.entity);
    const mid = band * (i + 0.5);
    const hi = highlight && reporting.has(r.entity);
    const barClass = highlight ? (hi ? 'bar day-bar-hi' : 'bar day-bar-other') : 'bar';
    marks.push(
      { type: 'text', key: `name-${id}`, className: hi ? 'label label-strong day-hi-text' : 'label', x: 0, y: mid, dx: -8, anchor: 'end', baseline: 'middle', text: displayName(r.entity, size) },
      { type: 'rect', key: `bar-${id}`, className: barClass, x: 0, y: mid - band * 0.32, width: x(tn(r.value)), height: band * 0.64, minWidth: 2 },
      { type: 'text', key: `value-${id}`, className: hi ? 'label label-strong day-hi-text' : 'label', x: x(tn(r.value)), y: mid, dx: 6, anchor: 'start', baseline: 'middle', text: money(r.value) },
    );
  });
  const lastY = band * d.caps.length;
  const asOf = d.capsAsOf;
  if (!highlight) {
    marks.push({ type: 'text', key: 'caps-note', className: 'axis-title', x: 0, y: lastY + band * 0.8, dx: 6, anchor: 'start', baseline: 'middle', text: 'Rounded to USD 0.1 tn by the source' });
  } else {
    const mid = lastY + band * 1.0;
    const h = band * 0.8;
    marks.push(
      { type: 'rule', key: 'combined-sep', className: 'axis', x1: 0, x2: 1, dx1: -margin.left + (isNarrow ? 0 : 8), y1: lastY + band * 0.3, y2: lastY + band * 0.3 },
      { type: 'text', key: 'combined-name', className: 'label label-strong day-hi-text', x: 0, y: mid, dx: -8, dy: -8, anchor: 'end', baseline: 'middle', text: 'All three' },
      { type: 'text', key: 'combined-value', className: 'label label-strong day-hi-text', x: 0, y: mid, dx: -8, dy: 8, anchor: 'end', baseline: 'middle', text: money(combinedBn(d)) },
    );
    let start = 0;
    for (const r of d.reporting) {
      const id = slug(r.entity);
      const w = x(tn(r.value));
      marks.push(
        { type: 'rect', key: `combined-${id}`, className: 'bar day-bar-hi day-bar-stacked', x: start, y: mid - h / 2, width: w, height: h },
        { type: 'text', key: `combined-label-${id}`, className: 'label label-inverse day-segment-label', x: start, y: mid, dx: 5, anchor: 'start', baseline: 'middle', text: r.entity.split(' ')[0]! },
      );
      start += w;
    }
  }
  const names = reportingNames(d);
  const first = d.caps[0]!;
  const altList = d.caps.map((r) => `${r.entity} ${money(r.value)}`).join(', ');
  return {
    chart: 'day', state: highlight ? 'reporting' : 'top-ten', margin, marks,
    title: highlight
      ? `Three of the ten largest reported after the bell on ${formatDate(d.day)}`
      : `The ten largest listed companies by market value on ${formatDate(asOf)}`,
    subtitle: highlight
      ? `Market value, USD tn, ${formatDate(asOf, 'short')}, rounded by the source; sum computed`
      : `Market value (share price times shares), USD tn, ${formatDate(asOf, 'short')}`,
    alt: highlight
      ? `Bar chart of the ten largest listed companies as of ${formatDate(asOf)}, with ${list(names)} highlighted: ${d.reporting.map((r) => `${r.entity} ${money(r.value)}`).join(', ')}. Added up from the rounded values, the three come to ${money(combinedBn(d))}, ${combinedBn(d) > first.value ? 'more' : 'less'} than ${first.entity}, the largest, at ${money(first.value)}.`
      : `Bar chart of the ten largest listed companies by market value as of ${formatDate(asOf)}, rounded to USD 0.1 tn by the source: ${altList}.`,
  };
}

/** The rows each state draws. */
function data(d: DayData, state: DayState): StateData {
  const s = d.session;
  const ohlc = 'sp500_daily_ohlc_yahoo.csv';
  const fed = 'fed_funds_target_range.csv';
  switch (state) {
    case 'day':
      return {
        columns: [
          { key: 'date', label: 'Date' },
          { key: 'part', label: 'Part of the day' },
          { key: 'item', label: 'Item' },
          { key: 'value', label: 'Value', numeric: true, format: withDecimals(2) },
          { key: 'unit', label: 'Unit' },
          { key: 'source', label: 'Source' },
        ],
        rows: [
          ...(['open', 'high', 'low', 'close'] as const).map((k) => ({ date: isoDay(s.date), part: 'Session', item: `S&P 500 ${k}`, value: s[k], unit: 'index points', source: ohlc })),
          ...d.reporting.map((r) => ({ date: isoDay(d.day), part: 'After the close', item: `${r.entity} reported quarterly results`, value: null, unit: null, source: SAXO })),
          { date: isoDay(d.fed.decision_date), part: 'Same day', item: `Fed target range, lower bound (${d.fed.action})`, value: d.fed.lower, unit: 'percent', source: fed },
          { date: isoDay(d.fed.decision_date), part: 'Same day', item: `Fed target range, upper bound (${d.fed.action})`, value: d.fed.upper, unit: 'percent', source: fed },
        ],
      };
    case 'top-ten':
    case 'reporting': {
      const reporting = new Set(reportingNames(d));
      const columns = [
        { key: 'company', label: 'Company' },
        { key: 'market_value_usd_tn', label: 'Market value (USD tn, rounded to 0.1)', numeric: true, format: (v: number) => tnText(v * 1000) },
        { key: 'as_of', label: 'As of' },
        ...(state === 'reporting' ? [{ key: 'reported_after_close', label: `Reported after the close on ${formatDate(d.day, 'short')}` }] : []),
        { key: 'source', label: 'Source' },
      ];
      const rows: StateData['rows'] = d.caps.map((r) => ({
        company: r.entity,
        market_value_usd_tn: tn(r.value),
        as_of: r.as_of,
        ...(state === 'reporting' ? { reported_after_close: reporting.has(r.entity) ? 'yes' : 'no' } : {}),
        source: r.source,
      }));
      if (state === 'reporting') {
        rows.push({
          company: `${list(reportingNames(d))}, added up`,
          market_value_usd_tn: tn(combinedBn(d)),
          as_of: d.caps[0]!.as_of,
          reported_after_close: 'yes',
          source: 'computed: sum of the three rows above (rounded values)',
        });
      }
      return { columns, rows };
    }
  }
}

/** The day chart: the session against 7,000 with the Fed's decision, the ten largest companies, and the three reporting after the bell. */
export const day = defineChart({
  id: 'day',
  states,
  cut: () => dayData(),
  title: (d) => `${formatDate(d.day)}: the session, the Fed and the companies reporting after the bell`,
  source: (d) =>
    sourceLine('day', 'Sources: S&P 500 open, high, low and close from Yahoo Finance (^GSPC). Fed target range: FOMC statement as reported by ABA Banking Journal. ' +
    `Market values as of ${formatDate(d.capsAsOf, 'short')}: MarketWise, a secondary source, rounded to USD 0.1 tn; the three companies’ sum is computed from those rounded values. ` +
    'Companies reporting after the close: Saxo Bank, “Meta, Microsoft and Tesla: three earnings calls, one bill to explain”, 29 Jan 2026.'),
  scenes: {
    day: session,
    'top-ten': (d, size) => bars(d, size, false),
    reporting: (d, size) => bars(d, size, true),
  },
  data,
});
