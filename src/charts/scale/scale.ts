/** The scale chart: SpaceX's reported, unconfirmed IPO plan against the largest IPOs, Saudi Aramco's valuation and the largest companies. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { xTicks } from '../scene/axes';
import { defineChart, type StateData } from '../define-chart';
import { sourceLine } from '../../site/licences/credit';
import { formatDate, formatNumber } from '../../story/format';
import { isNarrow as narrow } from '../scene/size-classes';
import type { ChartSize, Mark, Scene } from '../scene/scene';
import { formatShare, formatTrillions, scaleData, shortName, sourceName, type ScaleData } from '../../story/scale';

const states = ['records', 'ipos', 'valuation', 'companies'] as const;
type ScaleState = (typeof states)[number];
import type { ScaleReferencePoint } from '../../data/scale-reference-points';

/** What every SpaceX mark says about itself. */
export const REPORTED = 'reported plan, unconfirmed';

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const bn = (v: number) => formatNumber(v);
/** Names too long for a row label: always, and on phones. */
const LABELS: Record<string, string> = { 'Taiwan Semiconductor Manufacturing': 'TSMC' };
const NARROW_LABELS: Record<string, string> = { 'Meta Platforms': 'Meta' };
const companyLabel = (r: ScaleReferencePoint, isNarrow = false) => (isNarrow ? NARROW_LABELS[r.entity] : undefined) ?? LABELS[r.entity] ?? r.entity;
const monthOf = (asOf: string) => formatDate(new Date(`${asOf.slice(0, 7)}-01T00:00:00Z`), 'monthYear');

/** Keys of the marks that stand for one row, stable across states. */
export const keys = {
  spacexProceeds: 'ipo-spacex',
  spacexValuation: 'val-spacex',
  spacexName: 'name-spacex',
  aramcoBase: 'ipo-saudi-aramco-base',
  aramcoExtra: 'ipo-saudi-aramco-extra',
  aramcoName: 'name-ipo-saudi-aramco',
  aramcoValuation: 'val-saudi-aramco',
  ipo: (r: ScaleReferencePoint) => `ipo-${slug(shortName(r))}`,
  company: (r: ScaleReferencePoint) => `mcap-${slug(r.entity)}`,
};

/** Vertical gridlines, tick labels under the plot and the unit under them; values in USD bn, keyed by value. */
function xAxis(x: ScaleLinear<number, number>, ticks: number[], label: (v: number) => string, title: string): Mark[] {
  return [
    ...ticks.map((v): Mark => ({ type: 'rule', key: `grid-x-${v}`, className: v === 0 ? 'axis' : 'grid', x1: x(v), x2: x(v), y1: 0, y2: 1 })),
    ...xTicks(ticks, x, label, String),
    { type: 'text', key: 'axis-x-title', className: 'axis-title', x: 1, y: 1, dy: 36, anchor: 'end', text: title },
  ];
}

/** Splits the plot height into bands by weight: each band's top, and the height of a weight of 1. */
function bands(weights: number[]): { tops: number[]; unit: number } {
  const unit = 1 / weights.reduce((a, b) => a + b, 0);
  let top = 0;
  const tops = weights.map((w) => {
    const t = top;
    top += w * unit;
    return t;
  });
  return { tops, unit };
}

/** The largest IPOs by money raised, names above the bars; with SpaceX's reported upper bound on top when `withSpacex`. */
function ipoScene(d: ScaleData, size: ChartSize, withSpacex: boolean): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 8, right: isNarrow ? 12 : 24, bottom: 44, left: isNarrow ? 8 : 12 };
  const { spacex, aramco, otherIpos } = d;
  const sx = spacex.proceeds.value;
  const [base, reuters] = [aramco.proceedsBase.value, aramco.proceedsReuters.value];
  const largest = withSpacex ? sx : reuters;
  const x = scaleLinear().domain([0, largest * 1.2]).range([0, 1]).nice(5);
  const aramcoWeight = isNarrow ? 1.9 : 1.35;
  const { tops, unit } = bands([...(withSpacex ? [1] : []), aramcoWeight, ...otherIpos.map(() => 1)]);
  const barTop = (i: number) => tops[i]! + unit * 0.42;
  const barH = unit * (isNarrow ? 0.4 : 0.32);
  const marks: Mark[] = [...xAxis(x, x.ticks(5), bn, 'Money raised, USD bn')];
  let row = 0;
  if (withSpacex) {
    const y = barTop(row++);
    marks.push(
      { type: 'rect', key: keys.spacexProceeds, className: 'sx-reported', x: 0, y, width: x(sx), height: barH },
      { type: 'text', key: keys.spacexName, className: 'label label-strong label-reported', x: 0, y, dy: -5, anchor: 'start', text: `${shortName(spacex.proceeds)} · ${REPORTED}` },
      { type: 'text', key: `value-${keys.spacexProceeds}`, className: 'label label-strong label-reported', x: x(sx), y: y + barH / 2, dx: -8, anchor: 'end', baseline: 'middle', text: `up to ${bn(sx)}` },
    );
  }
  const ay = barTop(row++);
  // Two lines in both layouts: as one line the wide note ran past the right edge of charts narrower than 720 px.
  const noteLines = [
    `Solid: ${bn(base)}, base deal (deal-size table)`,
    isNarrow ? `Outline to ${bn(reuters)}: Reuters, usually incl. over-allotment` : `Outline to ${bn(reuters)}: Reuters' figure, usually including the over-allotment`,
  ];
  marks.push(
    { type: 'rect', key: keys.aramcoBase, className: 'bar', x: 0, y: ay, width: x(base), height: barH },
    { type: 'rect', key: keys.aramcoExtra, className: 'bar-range', x: x(base), y: ay, width: x(reuters) - x(base), height: barH },
    { type: 'text', key: keys.aramcoName, className: 'label label-strong', x: 0, y: ay, dy: -5, anchor: 'start', text: aramco.proceedsReuters.entity },
    { type: 'text', key: `value-${keys.ipo(aramco.proceedsReuters)}`, className: 'label label-strong', x: x(reuters), y: ay + barH / 2, dx: 6, anchor: 'start', baseline: 'middle', text: `${bn(base)}–${bn(reuters)}` },
    ...noteLines.map((text, i): Mark => ({ type: 'text', key: `note-aramco-proceeds-${i + 1}`, label: 'note-aramco-proceeds', className: 'label label-note', x: 0, y: ay + barH, dy: 15 + 15 * i, anchor: 'start', text })),
  );
  for (const r of otherIpos) {
    const y = barTop(row++);
    const key = keys.ipo(r);
    marks.push(
      { type: 'rect', key, className: 'bar', x: 0, y, width: x(r.value), height: barH },
      { type: 'text', key: `name-${key}`, className: 'label', x: 0, y, dy: -5, anchor: 'start', text: r.entity },
      { type: 'text', key: `value-${key}`, className: 'label label-strong', x: x(r.value), y: y + barH / 2, dx: 6, anchor: 'start', baseline: 'middle', text: bn(r.value) },
    );
  }
  const others = otherIpos.map((r) => `${r.entity} ${bn(r.value)} bn`).join(', ');
  const aramcoAlt = `Saudi Aramco's ${monthOf(aramco.proceedsReuters.as_of)} listing raised USD ${bn(reuters)} bn as Reuters reports it, usually including the over-allotment, or USD ${bn(base)} bn for the base deal in a deal-size table; the chart shows both`;
  if (!withSpacex) {
    return {
      chart: 'scale', state: 'records', margin, marks,
      title: 'Saudi Aramco holds the record for money raised in an IPO',
      subtitle: 'Largest initial public offerings (IPOs) by money raised, USD bn',
      alt: `Bar chart of the largest IPOs by money raised. ${aramcoAlt}. Then come ${others}.`,
    };
  }
  return {
    chart: 'scale', state: 'ipos', margin, marks,
    title: 'At the reported upper bound, SpaceX would set an IPO record',
    subtitle: `Money raised in an IPO, USD bn; SpaceX: ${REPORTED}`,
    alt: `Bar chart of money raised in IPOs. On top, drawn as a dashed outline, SpaceX's ${REPORTED}: up to USD ${bn(sx)} bn, about ${formatNumber(sx / reuters, 1)} times Aramco's USD ${bn(reuters)} bn. ${aramcoAlt}. Then come ${others}.`,
  };
}

/** Valuation at listing as an outline, with the money raised as a solid slice of it: SpaceX's reported plan and Saudi Aramco. */
function valuation(d: ScaleData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 8, right: isNarrow ? 12 : 24, bottom: 44, left: isNarrow ? 8 : 12 };
  const { spacex, aramco } = d;
  const [sxVal, sxRaised] = [spacex.valuation.value, spacex.proceeds.value];
  const [arVal, base, reuters] = [aramco.valuation.value, aramco.proceedsBase.value, aramco.proceedsReuters.value];
  const x = scaleLinear().domain([0, Math.max(sxVal, arVal) * 1.1]).range([0, 1]).nice(4);
  const { tops, unit } = bands([1, 1]);
  const barTop = (i: number) => tops[i]! + unit * 0.2;
  const barH = unit * 0.24;
  const [sy, ay] = [barTop(0), barTop(1)];
  const notes = (id: string, y: number, raised: string, share: string): Mark[] =>
    (isNarrow ? [`Solid: money raised, ${raised}`, `${share} of the valuation`] : [`Solid: money raised, ${raised}, or ${share} of the valuation`]).map(
      (text, i): Mark => ({ type: 'text', key: `note-${id}-${i + 1}`, className: 'label label-note', x: 0, y: y + barH, dy: 16 + 15 * i, anchor: 'start', text }),
    );
  const sxShare = formatShare(sxRaised, sxVal);
  const arShare = `${formatShare(base, arVal).replace('%', '')}–${formatShare(reuters, arVal)}`;
  const marks: Mark[] = [
    ...xAxis(x, x.ticks(4), (v) => formatNumber(v / 1000), 'USD tn'),
    { type: 'rect', key: keys.spacexValuation, className: 'sx-reported', x: 0, y: sy, width: x(sxVal), height: barH },
    { type: 'rect', key: keys.spacexProceeds, className: 'sx-slice', x: 0, y: sy, width: x(sxRaised), height: barH, minWidth: 3 },
    { type: 'text', key: keys.spacexName, className: 'label label-strong label-reported', x: 0, y: sy, dy: -5, anchor: 'start', text: `${shortName(spacex.valuation)} · ${REPORTED}` },
    { type: 'text', key: `value-${keys.spacexValuation}`, className: 'label label-strong label-reported', x: x(sxVal), y: sy + barH / 2, dx: -8, anchor: 'end', baseline: 'middle', text: `Valuation: USD ${formatTrillions(sxVal)} tn` },
    ...notes('spacex', sy, `up to USD ${bn(sxRaised)} bn`, sxShare),
    { type: 'rect', key: keys.aramcoValuation, className: 'bar-valuation', x: 0, y: ay, width: x(arVal), height: barH },
    { type: 'rect', key: keys.aramcoBase, className: 'bar', x: 0, y: ay, width: x(base), height: barH, minWidth: 3 },
    { type: 'rect', key: keys.aramcoExtra, className: 'bar', x: x(base), y: ay, width: x(reuters) - x(base), height: barH },
    { type: 'text', key: keys.aramcoName, className: 'label label-strong', x: 0, y: ay, dy: -5, anchor: 'start', text: aramco.valuation.entity },
    { type: 'text', key: `value-${keys.aramcoValuation}`, className: 'label label-strong', x: x(arVal), y: ay + barH / 2, dx: -8, anchor: 'end', baseline: 'middle', text: `Valuation at listing: about USD ${formatTrillions(arVal)} tn` },
    ...notes('aramco', ay, `USD ${bn(base)}–${bn(reuters)} bn`, arShare),
  ];
  return {
    chart: 'scale', state: 'valuation', margin, marks,
    title: 'For SpaceX and Aramco, money raised is a thin slice of the valuation',
    subtitle: 'Valuation at listing (outline) and money raised (solid), USD tn',
    alt: `Bar chart of two valuations at listing. SpaceX's ${REPORTED}, drawn as a dashed outline: a valuation of about USD ${formatTrillions(sxVal)} tn, raising up to USD ${bn(sxRaised)} bn, ${sxShare} of it. Saudi Aramco in ${monthOf(aramco.valuation.as_of)}: about USD ${formatTrillions(arVal)} tn at listing, raising USD ${bn(base)} bn to USD ${bn(reuters)} bn, ${arShare} of it.`,
  };
}

/** The largest listed companies by market value, names on the left, with SpaceX's reported valuation slotted in by size. */
function companies(d: ScaleData, size: ChartSize): Scene {
  const isNarrow = narrow(size);
  const margin = { top: 8, right: isNarrow ? 12 : 24, bottom: 44, left: isNarrow ? 92 : 112 };
  const sx = d.spacex.valuation;
  const at = d.companies.filter((r) => r.value >= sx.value).length;
  const rows = [...d.companies.slice(0, at), sx, ...d.companies.slice(at)];
  const x = scaleLinear().domain([0, rows[0]!.value * 1.08]).range([0, 1]).nice(5);
  // On phones SpaceX's row holds a second line, its label, which does not fit beside the bar.
  const { tops, unit } = bands(rows.map((r) => (r === sx && isNarrow ? 1.8 : 1)));
  const marks: Mark[] = [...xAxis(x, x.ticks(5), (v) => formatNumber(v / 1000), 'Market value, USD tn')];
  for (const [i, r] of rows.entries()) {
    const y = tops[i]! + unit * 0.2;
    const h = unit * 0.6;
    if (r !== sx) {
      const key = keys.company(r);
      marks.push(
        { type: 'rect', key, className: 'bar', x: 0, y, width: x(r.value), height: h },
        { type: 'text', key: `name-${key}`, className: 'label', x: 0, y: y + h / 2, dx: -8, anchor: 'end', baseline: 'middle', text: companyLabel(r, isNarrow) },
        { type: 'text', key: `value-${key}`, className: 'label label-strong', x: x(r.value), y: y + h / 2, dx: 6, anchor: 'start', baseline: 'middle', text: formatTrillions(r.value) },
      );
      continue;
    }
    const cls = 'label label-strong label-reported';
    marks.push(
      { type: 'rect', key: keys.spacexValuation, className: 'sx-reported', x: 0, y, width: x(r.value), height: h },
      { type: 'text', key: keys.spacexName, className: cls, x: 0, y: y + h / 2, dx: -8, anchor: 'end', baseline: 'middle', text: shortName(r) },
      { type: 'text', key: `value-${keys.spacexValuation}`, className: cls, x: x(r.value), y: y + h / 2, dx: 6, anchor: 'start', baseline: 'middle', text: isNarrow ? formatTrillions(r.value) : `${formatTrillions(r.value)} · ${REPORTED}` },
      ...(isNarrow ? [{ type: 'text', key: 'note-spacex-reported', className: 'label label-reported', x: 0, y: y + h, dy: 15, anchor: 'start', text: REPORTED } satisfies Mark] : []),
    );
  }
  const level = d.companies.filter((r) => r.value === sx.value).map((r) => companyLabel(r));
  const asOf = new Date(`${d.companies[0]!.as_of}T00:00:00Z`);
  const count = d.companies.length;
  return {
    chart: 'scale', state: 'companies', margin, marks,
    title: level.length
      ? `At its reported valuation, SpaceX would match ${level.join(' and ')} as valued on ${formatDate(asOf, 'short')}`
      : 'At its reported valuation, SpaceX would rank among the largest listed companies',
    subtitle: `Largest listed companies by market value, ${formatDate(asOf, 'short')}, USD tn, rounded to 0.1`,
    alt: `Bar chart of the ${formatNumber(count)} largest listed companies by market value on ${formatDate(asOf)}, in USD tn rounded to 0.1: ${d.companies.map((r) => `${r.entity} ${formatTrillions(r.value)}`).join(', ')}. SpaceX's reported valuation of ${formatTrillions(sx.value)} (${REPORTED}) is drawn as a dashed outline${level.length ? ` level with ${level.join(' and ')}` : ''}.`,
  };
}

/** One table row per drawn figure. */
function tableRow(r: ScaleReferencePoint, measure: string, note: string | null) {
  return { entity: r.entity, measure, value_usd_bn: r.value, as_of: r.as_of, note, source: sourceName(r) };
}

const COLUMNS: StateData['columns'] = [
  { key: 'entity', label: 'Company' },
  { key: 'measure', label: 'Measure' },
  { key: 'value_usd_bn', label: 'USD bn', numeric: true },
  { key: 'as_of', label: 'As of' },
  { key: 'note', label: 'Note' },
  { key: 'source', label: 'Source' },
];

/** The rows each state draws. */
function data(d: ScaleData, state: ScaleState): StateData {
  const raised = 'Money raised';
  const spacexRaised = tableRow(d.spacex.proceeds, raised, `${REPORTED}; upper bound ("as much as")`);
  const aramcoRaised = [
    tableRow(d.aramco.proceedsReuters, raised, "Reuters' wording; usually includes the over-allotment"),
    tableRow(d.aramco.proceedsBase, raised, 'base deal in a largest-IPOs table'),
  ];
  const others = d.otherIpos.map((r) => tableRow(r, raised, null));
  const spacexValuation = tableRow(d.spacex.valuation, 'Valuation', `${REPORTED}; approximate`);
  switch (state) {
    case 'records':
      return { columns: COLUMNS, rows: [...aramcoRaised, ...others] };
    case 'ipos':
      return { columns: COLUMNS, rows: [spacexRaised, ...aramcoRaised, ...others] };
    case 'valuation':
      return {
        columns: COLUMNS,
        rows: [spacexValuation, spacexRaised, tableRow(d.aramco.valuation, 'Valuation at listing', 'approximate; a Forbes-based text gives a higher figure, commonly the market value after the first days of trading'), ...aramcoRaised],
      };
    case 'companies':
      return {
        columns: COLUMNS,
        rows: [...d.companies.map((r) => tableRow(r, 'Market value', 'rounded to 0.1 tn by the source')), spacexValuation],
      };
  }
}

/** The scale chart: SpaceX's reported IPO plan against the largest listings by money raised, Aramco's valuation and the largest companies. */
export const scale = defineChart({
  id: 'scale',
  states,
  cut: () => scaleData(),
  title: () => 'SpaceX’s reported IPO plan against the largest listings and companies',
  source: () =>
    sourceLine('scale', 'Sources: SpaceX plan: Financial Times report relayed by Reuters, which could not verify it (via CNA). Saudi Aramco: Reuters (money raised, usually including the over-allotment); a largest-IPOs deal-size table published by TradeVAE, original source not named (base deal; also the other IPOs); an FT-based report via NewsDefused (valuation at listing). Market values: MarketWise, rounded to USD 0.1 tn. News and aggregator figures, not primary data.'),
  scenes: {
    records: (d, size) => ipoScene(d, size, false),
    ipos: (d, size) => ipoScene(d, size, true),
    valuation,
    companies,
  },
  data,
});
