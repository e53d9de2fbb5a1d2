/** The orders chart: ASML's quarterly net bookings since 2021, the 2025 Q4 consensus by compiler, the beat, and the EUV split. */
import { xAxisLine, xTicks, yGrid } from '../scene/axes';
import { defineChart, type StateData } from '../define-chart';
import { sourceLine as creditedSourceLine } from '../../site/licences/credit';
import { isNarrow as narrow } from '../scene/size-classes';
import type { ChartSize, Mark, Scene } from '../scene/scene';
import { formatBillions as bn, formatRatio as ratio } from '../../story/format';
import { beatRatios, ordersData, type OrdersConsensus, type OrdersData, type OrdersQuarter, type SourceType } from '../../story/orders';

const states = ['history', 'consensus', 'beat', 'euv'] as const;
type OrdersState = (typeof states)[number];



/** "EUR 13.2 bn" with no-break spaces, so a title never breaks inside an amount. */
const eurBn = (v: number): string => `EUR\u00a0${bn(v)}\u00a0bn`;


const PRIMARY: SourceType = 'ASML press release';
/** Smallest plot height a scene is laid out at (the phone's sticky figure), for spacing labels by value. */
const MIN_PLOT_HEIGHT = 240;
/** Vertical room one label line needs, px. */
const LINE = 15;

/** Plot geometry shared by every state, so bars and axes stay put while the story moves. */
interface Frame {
  isNarrow: boolean;
  margin: Scene['margin'];
  /** Class of labels in the right margin: smaller type on phones, where the margin is narrow. */
  marginText: string;
  n: number;
  top: number;
  y: (v: number) => number;
  /** Left edge and width of quarter i's bar, plot fractions. */
  bar: (i: number) => { x: number; width: number };
}

function frame(d: OrdersData, size: ChartSize): Frame {
  const isNarrow = narrow(size);
  const margin = isNarrow ? { top: 36, right: 122, bottom: 28, left: 28 } : { top: 40, right: 200, bottom: 30, left: 36 };
  const n = d.quarters.length;
  const top = Math.ceil(Math.max(...d.quarters.map((q) => q.total)) / 2) * 2;
  const pad = isNarrow ? 0.12 : 0.16;
  return {
    isNarrow,
    margin,
    marginText: isNarrow ? 'ob-margin-narrow' : 'ob-margin-label',
    n,
    top,
    y: (v) => 1 - v / top,
    bar: (i) => ({ x: (i + pad) / n, width: (1 - 2 * pad) / n }),
  };
}

const secondary = (t: SourceType | null) => (t !== null && t !== PRIMARY ? ' ob-secondary' : '');

/** Axes, year labels and the key for outlined (secondary) bars: the same in every state. */
function base(d: OrdersData, f: Frame): Mark[] {
  const years = [...new Set(d.quarters.map((q) => q.year))];
  const centre = (year: number) => {
    const idx = d.quarters.flatMap((q, i) => (q.year === year ? [i] : []));
    return (idx[0]! + idx[idx.length - 1]! + 1) / 2 / f.n;
  };
  const ticks: number[] = [];
  for (let v = 0; v < f.top; v += 4) ticks.push(v);
  return [
    ...yGrid(ticks, f.y, (v) => bn(v)),
    xAxisLine(),
    ...xTicks(years, centre, String, String),
    { type: 'text', key: 'axis-y-title', className: 'axis-title', x: 0, y: 0, dx: -f.margin.left, dy: -22, anchor: 'start', text: 'Net bookings, EUR bn' },
    // The key's swatch is two thick rule strokes (outline, then pale fill) so it keeps its pixel size at any plot height.
    { type: 'rule', key: 'key-secondary-edge', className: 'ob-swatch-edge', x1: 0, x2: 0, dx1: 0, dx2: 12, y1: 0, y2: 0 },
    { type: 'rule', key: 'key-secondary-fill', className: 'ob-swatch-fill', x1: 0, x2: 0, dx1: 1.5, dx2: 10.5, y1: 0, y2: 0 },
    {
      type: 'text', key: 'key-secondary', className: 'ob-key', x: 0, y: 0, dx: 18, anchor: 'start', baseline: 'middle',
      text: f.isNarrow ? 'Outlined: secondary report' : 'Outlined: figure from a secondary report, not an ASML release',
    },
  ];
}

/** One bar per quarter, total net bookings; the story's quarter in the highlight colour. */
function totalBars(d: OrdersData, f: Frame, quarters: OrdersQuarter[]): Mark[] {
  return quarters.map((q): Mark => {
    const latest = q === d.latest ? ' ob-latest' : '';
    return { type: 'rect', key: `bar-${q.quarter}`, className: `ob-bar${latest}${secondary(q.totalSource)}`, x: f.bar(d.quarters.indexOf(q)).x, y: f.y(q.total), width: f.bar(0).width, height: q.total / f.top };
  });
}

/** The previous high: a label over its bar and a dashed line at its level across to the right edge. */
function previousHigh(d: OrdersData, f: Frame): Mark[] {
  const h = d.previousHigh;
  const b = f.bar(d.quarters.indexOf(h));
  const cx = b.x + b.width / 2;
  return [
    { type: 'rule', key: 'rule-previous-high', className: 'ob-rule-high', x1: b.x, x2: 1, y1: f.y(h.total), y2: f.y(h.total) },
    { type: 'text', key: 'label-previous-high-note', className: 'label', x: cx, y: f.y(h.total), dy: -24, anchor: 'middle', text: 'Previous high' },
    { type: 'text', key: 'label-previous-high', className: 'label label-strong', x: cx, y: f.y(h.total), dy: -8, anchor: 'middle', text: `${bn(h.total)} (${h.label})` },
  ];
}

/**
 * Vertical pixel offsets that keep labels for nearby values at least one line apart at the smallest
 * plot height, centred on the values; labels are given top to bottom (highest value first).
 */
function spread(values: number[], f: Frame): number[] {
  const perUnit = MIN_PLOT_HEIGHT / f.top;
  const want = values.map((v) => -v * perUnit);
  const at: number[] = [];
  want.forEach((w, i) => at.push(i === 0 ? w : Math.max(w, at[i - 1]! + LINE)));
  const offsets = at.map((a, i) => a - want[i]!);
  const mean = offsets.reduce((s, o) => s + o, 0) / offsets.length;
  return offsets.map((o) => o - mean);
}

/** The consensus for the story's quarter: a band over its range, a tick per compiler, and a label per compiler in the right margin. */
function consensusMarks(d: OrdersData, f: Frame): Mark[] {
  const b = f.bar(d.quarters.indexOf(d.latest));
  const lo = d.consensus[0]!;
  const hi = d.consensus[d.consensus.length - 1]!;
  const topDown = [...d.consensus].reverse();
  const dys = spread(topDown.map((c) => c.value), f);
  return [
    { type: 'rect', key: 'consensus-band', className: 'ob-consensus-band', x: b.x, y: f.y(hi.value), width: b.width, height: (hi.value - lo.value) / f.top },
    ...d.consensus.map((c): Mark => ({ type: 'rule', key: `consensus-${c.shortName}`, className: 'ob-consensus', x1: b.x, x2: b.x + b.width, dx1: -4, dx2: 4, y1: f.y(c.value), y2: f.y(c.value) })),
    ...topDown.map((c, i): Mark => ({
      type: 'text', key: `consensus-${c.shortName}-label`, className: `label ${f.marginText}`, x: 1, y: f.y(c.value), dx: 8, dy: dys[i]!, anchor: 'start', baseline: 'middle',
      text: `${bn(c.value)} ${f.isNarrow ? c.shortName : c.name}`,
    })),
    { type: 'text', key: 'consensus-title', className: `label label-strong ${f.marginText}`, x: 1, y: f.y(hi.value), dx: 8, dy: dys[0]! - LINE - 2, anchor: 'start', baseline: 'middle', text: f.isNarrow ? 'Forecasts:' : 'Analysts’ consensus:' },
  ];
}


const consensusRange = (d: OrdersData) => `EUR ${bn(d.consensus[0]!.value)} bn to ${bn(d.consensus[d.consensus.length - 1]!.value)} bn`;

/** "a", "a and b", "a, b and c". */
const list = (items: string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`);

const consensusList = (d: OrdersData) => list(d.consensus.map((c) => `EUR ${bn(c.value)} bn (${c.altName})`));

/** Quarters as labels, runs of three or more joined: "2021 Q4 and 2024 Q4 to 2025 Q3". */
function quarterRanges(d: OrdersData, pick: (q: OrdersQuarter) => boolean): string {
  const runs: OrdersQuarter[][] = [];
  d.quarters.forEach((q, i) => {
    if (!pick(q)) return;
    const run = runs[runs.length - 1];
    if (run && d.quarters[i - 1] === run[run.length - 1]) run.push(q);
    else runs.push([q]);
  });
  return list(runs.flatMap((r) => (r.length < 3 ? r.map((q) => q.label) : [`${r[0]!.label} to ${r[r.length - 1]!.label}`])));
}

/** The history state's right margin, px: room for the previous-high rule's end and the x axis's last year label. */
const HISTORY_MARGIN_RIGHT = 16;

function history(d: OrdersData, size: ChartSize): Scene {
  const f = frame(d, size);
  const shown = d.quarters.slice(0, -1);
  const low = shown.reduce((a, b) => (b.total < a.total ? b : a));
  const last = shown[shown.length - 1]!;
  return {
    // No label sits right of the plot yet: the plot takes the margin the later states fill (its bars narrow as they come).
    chart: 'orders', state: 'history', margin: { ...f.margin, right: HISTORY_MARGIN_RIGHT },
    marks: [...base(d, f), ...totalBars(d, f, shown), ...previousHigh(d, f)],
    title: `To ${last.label}, ASML’s orders peaked at ${eurBn(d.previousHigh.total)} in ${d.previousHigh.label}`,
    subtitle: 'ASML net bookings (new orders) per quarter, EUR bn',
    alt: `Bar chart of ASML's quarterly net bookings from ${shown[0]!.label} to ${last.label}. They ranged from EUR ${bn(low.total)} bn in ${low.label} to a high of EUR ${bn(d.previousHigh.total)} bn in ${d.previousHigh.label}. Figures for ${quarterRanges({ ...d, quarters: shown }, (q) => q.totalSource !== PRIMARY)} come from secondary reports and are drawn outlined.`,
  };
}

function consensus(d: OrdersData, size: ChartSize): Scene {
  const f = frame(d, size);
  const shown = d.quarters.slice(0, -1);
  return {
    chart: 'orders', state: 'consensus', margin: f.margin,
    marks: [...base(d, f), ...totalBars(d, f, shown), ...previousHigh(d, f), ...consensusMarks(d, f)],
    title: `Forecasts for ${d.latest.label}: ${eurBn(d.consensus[0]!.value)} to ${eurBn(d.consensus[d.consensus.length - 1]!.value)}`,
    subtitle: 'ASML net bookings and analysts’ consensus by compiler, EUR bn',
    alt: `Bar chart of ASML's quarterly net bookings to ${shown[shown.length - 1]!.label}, with the analysts' consensus for ${d.latest.label} marked in an empty slot: ${consensusList(d)}. All are below the previous high of EUR ${bn(d.previousHigh.total)} bn in ${d.previousHigh.label}.`,
  };
}

function beat(d: OrdersData, size: ChartSize): Scene {
  const f = frame(d, size);
  const { low, high } = beatRatios(d);
  const y = f.y(d.latest.total);
  const marks: Mark[] = [
    ...base(d, f),
    ...totalBars(d, f, d.quarters),
    ...previousHigh(d, f),
    ...consensusMarks(d, f),
    { type: 'text', key: 'latest-value', className: 'label label-strong ob-big', x: 1, y, dx: 8, anchor: 'start', baseline: 'middle', text: bn(d.latest.total) },
    { type: 'text', key: 'latest-note', className: `label ${f.marginText}`, x: 1, y, dx: 8, dy: LINE + 2, anchor: 'start', baseline: 'middle', text: `${d.latest.label} actual` },
    { type: 'text', key: 'latest-ratio', className: `label label-strong ${f.marginText}`, x: 1, y, dx: 8, dy: 2 * LINE + 6, anchor: 'start', baseline: 'middle', text: `${ratio(low)} to ${ratio(high)} times` },
    { type: 'text', key: 'latest-ratio-note', className: `label ${f.marginText}`, x: 1, y, dx: 8, dy: 3 * LINE + 6, anchor: 'start', baseline: 'middle', text: f.isNarrow ? 'the forecasts' : 'the consensus' },
  ];
  return {
    chart: 'orders', state: 'beat', margin: f.margin, marks,
    title: `${eurBn(d.latest.total)} in ${d.latest.label}, about twice the forecasts`,
    subtitle: `ASML net bookings and the ${d.latest.label} consensus, EUR bn`,
    alt: `Bar chart of ASML's quarterly net bookings from ${d.quarters[0]!.label} to ${d.latest.label}. In ${d.latest.label} they were EUR ${bn(d.latest.total)} bn, ${ratio(low)} to ${ratio(high)} times the consensus of ${consensusRange(d)} and above the previous high of EUR ${bn(d.previousHigh.total)} bn in ${d.previousHigh.label}. The ${d.latest.label} figure comes from secondary reports.`,
  };
}

function euv(d: OrdersData, size: ChartSize): Scene {
  const f = frame(d, size);
  const w = f.bar(0).width;
  const marks: Mark[] = [...base(d, f)];
  d.quarters.forEach((q, i) => {
    const x = f.bar(i).x;
    if (q.euv === null || q.other === null) {
      marks.push({ type: 'rect', key: `bar-${q.quarter}`, className: `ob-total-only${secondary(q.totalSource)}`, x, y: f.y(q.total), width: w, height: q.total / f.top });
      return;
    }
    // The upper (non-EUV) part keeps the total bar's key, so the bar shrinks to it and the EUV part appears beneath.
    marks.push(
      { type: 'rect', key: `bar-${q.quarter}`, className: `ob-bar${secondary(q.otherSource)}`, x, y: f.y(q.total), width: w, height: q.other / f.top },
      { type: 'rect', key: `euv-${q.quarter}`, className: `ob-euv${secondary(q.euvSource)}`, x, y: f.y(q.euv), width: w, height: q.euv / f.top },
    );
  });
  const l = d.latest;
  const totalOnly = d.quarters.filter((q) => q.euv === null);
  if (l.euv === null || l.other === null) throw new Error(`content/data/asml_net_bookings.csv: no EUV figure for ${l.quarter}, which the euv state splits`);
  marks.push(
    {
      type: 'text', key: 'key-total-only', className: 'ob-key ob-total-only-text', x: 0, y: 0, dy: 18, anchor: 'start', baseline: 'middle',
      text: f.isNarrow ? 'Gray: no EUV figure' : 'Gray: total only, no EUV figure in the sources',
    },
    { type: 'text', key: 'latest-value', className: 'label label-strong ob-big', x: 1, y: f.y(l.total), dx: 8, anchor: 'start', baseline: 'middle', text: bn(l.total) },
    { type: 'text', key: 'latest-note', className: `label ${f.marginText}`, x: 1, y: f.y(l.total), dx: 8, dy: LINE + 2, anchor: 'start', baseline: 'middle', text: `${l.label} total` },
    { type: 'text', key: 'latest-other', className: `label label-strong ${f.marginText} ob-other-text`, x: 1, y: f.y(l.euv + l.other / 2), dx: 8, anchor: 'start', baseline: 'middle', text: `${bn(l.other)} non-EUV` },
    ...(f.isNarrow
      ? [
          { type: 'text', key: 'latest-other-note', className: `label ${f.marginText}`, x: 1, y: f.y(l.euv + l.other / 2), dx: 8, dy: LINE, anchor: 'start', baseline: 'middle', text: 'computed:' },
          { type: 'text', key: 'latest-other-sum', className: `label ${f.marginText}`, x: 1, y: f.y(l.euv + l.other / 2), dx: 8, dy: 2 * LINE, anchor: 'start', baseline: 'middle', text: `${bn(l.total)} − ${bn(l.euv)}` },
        ] satisfies Mark[]
      : [{ type: 'text', key: 'latest-other-note', className: `label ${f.marginText}`, x: 1, y: f.y(l.euv + l.other / 2), dx: 8, dy: LINE, anchor: 'start', baseline: 'middle', text: `computed: ${bn(l.total)} − ${bn(l.euv)}` } satisfies Mark]),
    { type: 'text', key: 'latest-euv', className: `label label-strong ${f.marginText} ob-euv-text`, x: 1, y: f.y(l.euv / 2), dx: 8, anchor: 'start', baseline: 'middle', text: `${bn(l.euv)} EUV` },
  );
  return {
    chart: 'orders', state: 'euv', margin: f.margin, marks,
    title: `${eurBn(l.euv)} of the ${l.label} orders were for EUV machines`,
    subtitle: 'ASML net bookings, EUR bn: EUV machines and the rest',
    alt: `Stacked bar chart of ASML's quarterly net bookings split into EUV and other machines. In ${l.label}, EUR ${bn(l.euv)} bn of the ${bn(l.total)} bn was for EUV machines and EUR ${bn(l.other)} bn (computed as ${bn(l.total)} minus ${bn(l.euv)}) for the rest. The quarters ${quarterRanges(d, (q) => totalOnly.includes(q))} have no EUV figure in the sources and are shown as totals only.`,
  };
}

const sourceCol = { key: 'source', label: 'Source' };

/**
 * Table and CSV cells hold EUR bn as text written exactly as the data gives it (8.271, 13.2): the
 * shared table formats numbers to at most two decimals, which would round 8.271 to 8.27.
 */
const cell = (v: number | null): string | null => (v === null ? null : String(v));
const typeCol = { key: 'source_type', label: 'Source type' };

/** Table rows: one per bar, then one per consensus value (with its compiler). */
function bookingsAndConsensus(quarters: OrdersQuarter[], consensus: OrdersConsensus[], consensusQuarter: OrdersQuarter): StateData {
  return {
    columns: [
      { key: 'quarter', label: 'Quarter' },
      { key: 'figure', label: 'Figure' },
      { key: 'eur_bn', label: 'EUR bn', numeric: true },
      { key: 'compiler', label: 'Consensus compiled by' },
      typeCol,
      sourceCol,
    ],
    rows: [
      ...quarters.map((q) => ({ quarter: q.quarter, figure: 'net bookings', eur_bn: cell(q.total), compiler: null, source_type: q.totalSource, source: q.source })),
      ...consensus.map((c) => ({ quarter: consensusQuarter.quarter, figure: 'analysts’ consensus', eur_bn: cell(c.value), compiler: c.provider, source_type: 'secondary report', source: c.source })),
    ],
  };
}

/** The rows each state draws. */
function data(d: OrdersData, state: OrdersState): StateData {
  const before = d.quarters.slice(0, -1);
  switch (state) {
    case 'history':
      return {
        columns: [{ key: 'quarter', label: 'Quarter' }, { key: 'eur_bn', label: 'Net bookings, EUR bn', numeric: true }, typeCol, sourceCol],
        rows: before.map((q) => ({ quarter: q.quarter, eur_bn: cell(q.total), source_type: q.totalSource, source: q.source })),
      };
    case 'consensus':
      return bookingsAndConsensus(before, d.consensus, d.latest);
    case 'beat':
      return bookingsAndConsensus(d.quarters, d.consensus, d.latest);
    case 'euv':
      return {
        columns: [
          { key: 'quarter', label: 'Quarter' },
          { key: 'total', label: 'Net bookings, EUR bn', numeric: true },
          { key: 'euv', label: 'EUV, EUR bn', numeric: true },
          { key: 'non_euv', label: 'Non-EUV, EUR bn (computed: total − EUV)', numeric: true },
          { key: 'drawn_as', label: 'Drawn as' },
          { key: 'total_source_type', label: 'Source type, total' },
          { key: 'euv_source_type', label: 'Source type, EUV' },
          sourceCol,
        ],
        rows: d.quarters.map((q) => ({
          quarter: q.quarter,
          total: cell(q.total),
          euv: cell(q.euv),
          non_euv: cell(q.other),
          drawn_as: q.euv === null ? 'total only (no EUV figure in the sources)' : 'EUV and non-EUV',
          total_source_type: q.totalSource,
          euv_source_type: q.euvSource,
          source: q.source,
        })),
      };
  }
}

/** The chart's credit line: primary quarters, secondary quarters and the consensus compilers. */
function sourceLine(d: OrdersData): string {
  return (
    `Source: ASML press releases and verbatim reprints (solid bars); secondary reports of ASML’s figures for ${quarterRanges(d, (q) => q.totalSource !== PRIMARY)} ` +
    '(outlined: Bloomberg via Taipei Times, ainvest, Investing.com, indmoney, AlphaSense and Reuters); ' +
    `EUV split for ${quarterRanges(d, (q) => q.totalSource === PRIMARY && q.euvSource !== null && q.euvSource !== PRIMARY)} from Benzinga and TechPowerUp. ` +
    'Consensus: Visible Alpha via Reuters, Bloomberg (The Edge Singapore), creati.ai. Non-EUV computed as total minus EUV.'
  );
}

/** The orders chart: ASML's quarterly net bookings, the 2025 Q4 consensus by compiler, the beat and the EUV split. */
export const orders = defineChart({
  id: 'orders',
  states,
  cut: () => ordersData(),
  title: (d) => `ASML’s quarterly orders and the ${d.latest.label} beat`,
  source: (d) => creditedSourceLine('orders', sourceLine(d)),
  scenes: { history, consensus, beat, euv },
  data,
});
