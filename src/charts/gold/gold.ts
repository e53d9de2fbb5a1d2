/** The gold chart: COMEX futures closes against the USD 5,200 line, the records reported in late January 2026, and the monthly average since 1960. */
import { scaleLinear, scaleLog } from 'd3-scale';
import { xAxisLine, xTicks, yGrid } from '../scene/axes';
import { defineChart, type StateData } from '../define-chart';
import { sourceLine } from '../../site/licences/credit';
import { downsample } from '../scene/downsample';
import { formatDate, formatNumber, isoDay, withDecimals } from '../../story/format';
import { isNarrow as narrow } from '../scene/size-classes';
import type { ChartSize, Mark, Scene } from '../scene/scene';
import { DEFINITION_BREAK, flatInStoryMonth, goldData, GOLD_LEVEL, type GoldData, type ReportedRecord } from '../../story/gold';

const states = ['daily', 'records', 'long-view'] as const;
type GoldState = (typeof states)[number];

const usd = (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 2);
const level = formatNumber(GOLD_LEVEL);
/** Height of the flat-bar key in the daily view: below the line, which stays above 3,300 from mid-2025. */
const KEY_Y = 0.78;

/** How a reporter is named on the chart. */
const reporterName = (r: ReportedRecord) => (r.reporter === 'aggregator' ? 'aggregator, low confidence' : r.reporter);

/** Daily closes of COMEX gold futures since January 2025, with the 5,200 line and Yahoo's flat bars marked. */
function daily(d: GoldData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 40, right: isNarrow ? 66 : 72, bottom: 32, left: 52 };
  const pw = size.width - margin.left - margin.right;
  const rows = d.daily;
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const high = rows.reduce((a, b) => (b.close > a.close ? b : a));
  const above = rows.filter((r) => r.close > GOLD_LEVEL);
  const flat = flatInStoryMonth(d);
  const x = scaleLinear().domain([first.date.getTime(), last.date.getTime()]).range([0, 1]);
  const y = scaleLinear().domain([2000, 5800]).range([1, 0]);
  const months = isNarrow ? [[2025, 0], [2025, 6], [2026, 0]] : [[2025, 0], [2025, 3], [2025, 6], [2025, 9], [2026, 0]];
  const flatFirst = flat[0]!;
  const flatNote = isNarrow
    ? [`${formatDate(flatFirst.date, 'dayMonth')}–${formatDate(flat.at(-1)!.date, 'dayMonth')}: flat bars;`, 'single days indicative']
    : [`${formatDate(flatFirst.date, 'dayMonth')} and ${formatDate(flat.at(-1)!.date, 'dayMonth')}: flat one-price bars;`, 'single days are only indicative'];
  const marks: Mark[] = [
    ...yGrid([3000, 4000, 5000], y, (v) => formatNumber(v)),
    xAxisLine(),
    ...xTicks(months, ([yr, m]) => x(Date.UTC(yr!, m!, 1)), ([yr, m]) => formatDate(new Date(Date.UTC(yr!, m!, 1)), 'shortMonthYear'), ([yr, m]) => `${yr}-${m}`),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -24, anchor: 'start', text: 'USD per troy ounce' },
    { type: 'rule', key: 'rule-level', className: 'rule-level', x1: 0, x2: 1, y1: y(GOLD_LEVEL), y2: y(GOLD_LEVEL) },
    { type: 'text', key: 'rule-level-label', className: 'label-level', x: 0, y: y(GOLD_LEVEL), dx: 4, dy: -6, anchor: 'start', text: level },
    { type: 'path', key: 'line-daily', className: 'line line-gold', points: downsample(rows.map((r): [number, number] => [x(r.date.getTime()), y(r.close)]), Math.round(pw)) },
    ...rows
      .filter((r) => r.quality_flag === 'flat_ohlc')
      .map((r): Mark => ({ type: 'dot', key: `flat-${isoDay(r.date)}`, className: 'dot-flat', x: x(r.date.getTime()), y: y(r.close), r: 3.5 })),
    ...flatNote.map((text, i): Mark => ({ type: 'text', key: `flat-note-${i}`, label: 'flat-note', className: 'label label-flat', x: x(flatFirst.date.getTime()), y: y(flatFirst.close), dx: -12, dy: 4 + i * 15, anchor: 'end', text })),
    { type: 'dot', key: 'dot-start', className: 'dot dot-gold', x: 0, y: y(first.close), r: 3.5 },
    { type: 'text', key: 'label-start', className: 'label', x: 0, y: y(first.close), dx: 2, dy: 22, anchor: 'start', text: `${formatNumber(first.close, 1)} on ${formatDate(first.date, 'short')}` },
    { type: 'text', key: 'label-high', className: 'label label-strong', x: x(high.date.getTime()), y: y(high.close), dy: -12, anchor: 'end', text: `Highest close ${formatNumber(high.close, 1)}, ${formatDate(high.date, isNarrow ? 'dayMonth' : 'short')}` },
    { type: 'dot', key: 'dot-end', className: 'dot dot-gold', x: 1, y: y(last.close), r: 3.5 },
    { type: 'text', key: 'label-end', className: 'label label-strong', x: 1, y: y(last.close), dx: 8, dy: -2, anchor: 'start', text: formatNumber(last.close, 1) },
    { type: 'text', key: 'label-end-note', className: 'label', x: 1, y: y(last.close), dx: 8, dy: 14, anchor: 'start', text: formatDate(last.date, 'dayMonth') },
    { type: 'dot', key: 'key-flat', className: 'dot-flat', x: 1, y: KEY_Y, r: 3.5 },
    { type: 'text', key: 'key-flat-label', className: 'label', x: 1, y: KEY_Y, dx: -10, anchor: 'end', baseline: 'middle', text: isNarrow ? 'flat bar: one price all day' : 'flat bar: Yahoo gives one price for the whole day' },
  ];
  const aboveList = above.map((r) => `${formatDate(r.date)} (${formatNumber(r.close, 1)}${r.quality_flag ? ', a flat bar' : ''})`).join(' and ');
  return {
    chart: 'gold', state: 'daily', margin, marks,
    title: `To ${formatDate(last.date, 'short')}, gold futures closed above USD ${level} on ${above.length === 2 ? 'only two days' : `${above.length} days`}`,
    subtitle: 'COMEX futures (Yahoo GC=F), daily close, USD per troy ounce; not the spot price',
    alt: `Line chart of daily closes of COMEX gold futures in USD per troy ounce, from ${formatNumber(first.close, 1)} on ${formatDate(first.date)} to ${formatNumber(last.close, 1)} on ${formatDate(last.date)}. Only ${above.length} closes were above the ${level} line: ${aboveList}. The sessions of ${flat.map((r) => formatDate(r.date)).join(' and ')} are flat one-price bars, so single days are indicative.`,
  };
}

/** The records reported from 26 to 29 January 2026, spot and futures apart, on one price axis. */
function records(d: GoldData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 36, right: isNarrow ? 16 : 28, bottom: 32, left: 16 };
  const x = scaleLinear().domain([4900, 5700]).range([0, 1]);
  const SLOTS = 16.5;
  const at = (slot: number) => (slot + 0.5) / SLOTS;
  const lo = d.spotRecord[0]!;
  const hi = d.spotRecord.at(-1)!;
  const fh = d.futuresHigh;
  const first = d.firstAbove5000;
  const day = (r: ReportedRecord) => formatDate(r.date, 'weekdayDayMonth');
  const header = (key: string, slot: number, cls: string, text: string): Mark => ({ type: 'text', key, className: `label label-strong ${cls}`, x: 0, y: at(slot), anchor: 'start', baseline: 'middle', text });
  const marks: Mark[] = [
    ...[5000, 5400, 5600].map((v): Mark => ({ type: 'rule', key: `grid-x-${v}`, className: 'grid', x1: x(v), x2: x(v), y1: 0, y2: 1 })),
    ...xTicks([5000, 5200, 5400, 5600], x, (v) => formatNumber(v), String),
    xAxisLine(),
    { type: 'rule', key: 'rule-level-x', className: 'rule-level', x1: x(GOLD_LEVEL), x2: x(GOLD_LEVEL), y1: 0, y2: 1 },
    { type: 'text', key: 'rule-level-x-label', className: 'label-level', x: x(GOLD_LEVEL), y: 0, dy: -8, anchor: 'middle', text: level },
    { type: 'text', key: 'axis-x-title', className: 'axis-title', x: 1, y: 0, dy: -8, anchor: 'end', text: 'USD per troy ounce' },

    header('rec-26-head', 0, 'label-spot', `${day(first)} · spot gold`),
    { type: 'dot', key: 'rec-26-mark', className: 'dot-level-only', x: x(5000), y: at(1), r: 4 },
    ...(isNarrow ? ['first time above 5,000 (Reuters);', 'level only, no price given'] : ['first time above 5,000 (Reuters); level only, no price given']).map(
      (text, i): Mark => ({ type: 'text', key: `rec-26-label-${i}`, className: 'label', x: x(5000), y: at(1 + i), dx: 10, anchor: 'start', baseline: 'middle', text }),
    ),

    header('rec-28-head', 3.5, 'label-futures', `${day(d.futuresOnDay[0]!)} · futures highs${isNarrow ? ' (TASS)' : ', Feb-2026 contract (TASS)'}`),
    ...d.futuresOnDay.flatMap((r, i): Mark[] => [
      { type: 'dot', key: `rec-28-dot-${i}`, className: 'dot dot-futures', x: x(r.value_usd_oz!), y: at(4.5), r: 4 },
      { type: 'text', key: `rec-28-label-${i}`, className: 'label', x: x(r.value_usd_oz!), y: at(5.5 + i), dx: 4, anchor: 'end', baseline: 'middle', text: `${usd(r.value_usd_oz!)} at ${r.time_utc} UTC` },
    ]),

    header('rec-29-spot-head', 8, 'label-spot', `${day(lo)} · spot gold record, as reported`),
    { type: 'rule', key: 'rec-29-spot-range', className: 'record-range', x1: x(lo.value_usd_oz), x2: x(hi.value_usd_oz), y1: at(9), y2: at(9) },
    ...d.spotRecord.flatMap((r, i): Mark[] => [
      { type: 'dot', key: `rec-29-spot-dot-${i}`, className: 'dot dot-spot', x: x(r.value_usd_oz), y: at(9), r: 3 },
      { type: 'text', key: `rec-29-spot-label-${i}`, className: 'label', x: x(hi.value_usd_oz), y: at(10 + i), dx: 4, anchor: 'end', baseline: 'middle', text: `${usd(r.value_usd_oz)} ${reporterName(r)}` },
    ]),

    header('rec-29-futures-head', 14.5, 'label-futures', `${day(fh)} · futures, Feb-2026 contract${isNarrow ? '' : ': a different instrument'}`),
    { type: 'dot', key: 'rec-29-futures-dot', className: 'dot dot-futures', x: x(fh.value_usd_oz), y: at(15.5), r: 4 },
    { type: 'text', key: 'rec-29-futures-label', className: 'label', x: x(fh.value_usd_oz), y: at(15.5), dx: -10, anchor: 'end', baseline: 'middle', text: `${usd(fh.value_usd_oz)} all-time high (${reporterName(fh)})` },
  ];
  const sources = d.spotRecord.map((r) => `${usd(r.value_usd_oz)} (${r.reporter === 'aggregator' ? 'a low-confidence aggregator citing TradingEconomics' : r.reporter})`).join(', ');
  return {
    chart: 'gold', state: 'records', margin, marks,
    title: `Spot gold's record on ${formatDate(lo.date, 'short')}: USD ${usd(lo.value_usd_oz)} to ${usd(hi.value_usd_oz)}, by source`,
    subtitle: 'Reported prices, USD per troy ounce; spot and futures are different instruments',
    alt: `Dot chart of reported gold records, in USD per troy ounce. Spot gold passed 5,000 for the first time on ${formatDate(first.date)} (no price given). On ${formatDate(d.futuresOnDay[0]!.date)} TASS reported new futures highs of ${d.futuresOnDay.map((r) => `${usd(r.value_usd_oz!)} at ${r.time_utc} UTC`).join(' and ')}. On ${formatDate(lo.date)} spot gold's record was reported as ${sources}. The February 2026 COMEX futures contract, a different instrument, reached ${usd(fh.value_usd_oz)} (${fh.reporter}).`,
  };
}

/** Monthly averages since 1960 on a log scale, with the definition change of June 2025. */
function longView(d: GoldData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 40, right: isNarrow ? 20 : 28, bottom: 32, left: 52 };
  const pw = size.width - margin.left - margin.right;
  const rows = d.monthly;
  const first = rows[0]!;
  const last = rows.at(-1)!;
  const x = scaleLinear().domain([first.date.getTime(), last.date.getTime()]).range([0, 1]);
  const y = scaleLog().domain([20, 8000]).range([1, 0]);
  const years: number[] = [];
  for (let yr = 1960; yr <= last.date.getUTCFullYear() - 5; yr += isNarrow ? 20 : 10) years.push(yr);
  const xb = x(DEFINITION_BREAK.getTime());
  const breakRow = rows.find((r) => r.date.getTime() === DEFINITION_BREAK.getTime())!;
  const month = (r: typeof first) => formatDate(r.date, 'shortMonthYear');
  const ends = [
    { key: 'story', row: d.storyMonth, text: `${month(d.storyMonth)}: ${formatNumber(d.storyMonth.gold_usd_oz_monthly_avg)}` },
    { key: 'peak', row: d.peakMonth, text: `${month(d.peakMonth)}: ${formatNumber(d.peakMonth.gold_usd_oz_monthly_avg)}, the highest` },
    { key: 'last', row: last, text: `${month(last)}: ${formatNumber(last.gold_usd_oz_monthly_avg)}, the latest` },
  ];
  const breakNote = isNarrow ? ['From June 2025: spot average;', 'before: LBMA afternoon price'] : ['From June 2025 the series is a spot average;', 'before, the LBMA afternoon price average'];
  const marks: Mark[] = [
    ...yGrid(isNarrow ? [20, 100, 1000] : [20, 50, 100, 200, 500, 1000, 2000], y, (v) => formatNumber(v)),
    xAxisLine(),
    ...xTicks(years, (yr) => x(Date.UTC(yr, 0, 1)), String, String),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -margin.left, dy: -24, anchor: 'start', text: 'USD per troy ounce, log scale' },
    { type: 'rule', key: 'rule-level', className: 'rule-level', x1: 0, x2: 1, y1: y(GOLD_LEVEL), y2: y(GOLD_LEVEL) },
    { type: 'text', key: 'rule-level-label', className: 'label-level', x: 0, y: y(GOLD_LEVEL), dx: 4, dy: -6, anchor: 'start', text: level },
    { type: 'rule', key: 'rule-break', className: 'rule-break', x1: xb, x2: xb, y1: y(breakRow.gold_usd_oz_monthly_avg), y2: 1 },
    ...breakNote.map((text, i): Mark => ({ type: 'text', key: `break-note-${i}`, label: 'break-note', className: 'label label-muted', x: xb, y: 1, dx: -6, dy: -40 + i * 15, anchor: 'end', text })),
    { type: 'path', key: 'line-monthly', className: 'line line-gold', points: downsample(rows.map((r): [number, number] => [x(r.date.getTime()), y(r.gold_usd_oz_monthly_avg)]), Math.round(pw)) },
    { type: 'dot', key: 'dot-start', className: 'dot dot-gold', x: 0, y: y(first.gold_usd_oz_monthly_avg), r: 3.5 },
    { type: 'text', key: 'label-start', className: 'label', x: 0, y: y(first.gold_usd_oz_monthly_avg), dx: 2, dy: 18, anchor: 'start', text: `${formatNumber(first.gold_usd_oz_monthly_avg)} in ${month(first)}` },
    ...ends.flatMap((e, i): Mark[] => [
      { type: 'dot', key: `dot-${e.key}`, className: 'dot dot-gold', x: x(e.row.date.getTime()), y: y(e.row.gold_usd_oz_monthly_avg), r: 3 },
      { type: 'text', key: `label-${e.key}`, className: i === 0 ? 'label label-strong' : 'label', x: 1, y: y(GOLD_LEVEL), dx: -10, dy: -36 + i * 15, anchor: 'end', text: e.text },
    ]),
  ];
  const ratio = d.storyMonth.gold_usd_oz_monthly_avg / first.gold_usd_oz_monthly_avg;
  return {
    chart: 'gold', state: 'long-view', margin, marks,
    title: `In ${formatDate(d.storyMonth.date, 'monthYear')} gold averaged ${formatNumber(ratio, 0)} times its ${formatDate(first.date, 'monthYear')} price`,
    subtitle: 'World Bank monthly average, USD per troy ounce, log scale',
    alt: `Line chart on a log scale of gold's monthly average price in USD per troy ounce, from ${formatNumber(first.gold_usd_oz_monthly_avg)} in ${formatDate(first.date, 'monthYear')} to ${formatNumber(d.storyMonth.gold_usd_oz_monthly_avg)} in ${formatDate(d.storyMonth.date, 'monthYear')}, below the ${level} line. The highest monthly average was ${formatNumber(d.peakMonth.gold_usd_oz_monthly_avg)} in ${formatDate(d.peakMonth.date, 'monthYear')}; the latest, ${formatNumber(last.gold_usd_oz_monthly_avg)} in ${formatDate(last.date, 'monthYear')}. From ${formatDate(DEFINITION_BREAK, 'monthYear')} the series is a spot average; before, the LBMA afternoon price.`,
  };
}

/** The rows each state draws. */
function data(d: GoldData, state: GoldState): StateData {
  switch (state) {
    case 'daily':
      return {
        columns: [{ key: 'date', label: 'Date' }, { key: 'close', label: 'Close (USD per troy ounce)', numeric: true, format: withDecimals(1) }, { key: 'quality_flag', label: 'Quality flag' }],
        rows: d.daily.map((r) => ({ date: isoDay(r.date), close: r.close, quality_flag: r.quality_flag })),
        valueColumn: 'close',
      };
    case 'records':
      return {
        columns: [
          { key: 'date', label: 'Date' },
          { key: 'time_utc', label: 'Time (UTC)' },
          { key: 'instrument', label: 'Instrument' },
          { key: 'value_usd_oz', label: 'USD per troy ounce', numeric: true, format: usd },
          { key: 'what', label: 'What' },
          { key: 'reporter', label: 'Reported by' },
          { key: 'note', label: 'Note' },
          { key: 'source', label: 'Source' },
        ],
        rows: d.records.map((r) => ({ date: isoDay(r.date), time_utc: r.time_utc, instrument: r.instrument, value_usd_oz: r.value_usd_oz, what: r.what, reporter: r.reporter, note: r.note, source: r.source })),
      };
    case 'long-view':
      return {
        columns: [{ key: 'month', label: 'Month' }, { key: 'average', label: 'Monthly average (USD per troy ounce)', numeric: true }, { key: 'basis', label: 'Basis' }],
        rows: d.monthly.map((r) => ({
          month: isoDay(r.date).slice(0, 7),
          average: r.gold_usd_oz_monthly_avg,
          basis: r.date.getTime() < DEFINITION_BREAK.getTime() ? 'LBMA afternoon price, monthly average' : 'spot, monthly average',
        })),
        valueColumn: 'average',
      };
  }
}

/** The gold chart: daily futures since 2025, the records reported in late January 2026, and monthly averages since 1960. */
export const gold = defineChart({
  id: 'gold',
  states,
  cut: () => goldData(),
  title: () => 'Gold: daily futures, the reported records and the long view',
  source: () =>
    sourceLine('gold', 'Source: COMEX gold futures (CME Group) via Yahoo Finance (GC=F); records as reported by Reuters, Bloomberg and TASS, and one low-confidence aggregator citing TradingEconomics (links in the table); monthly averages: World Bank Commodity Price Data (Pink Sheet).'),
  scenes: { daily, records, 'long-view': longView },
  data,
});
