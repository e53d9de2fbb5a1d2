/** Scale references: the reported SpaceX IPO plan, the largest IPOs by money raised, the largest companies by market value. */
import raw from '../../content/data/scale_reference_points.csv?raw';
import { decimal, monthOrDate, oneOf, text } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';

const columns = {
  category: oneOf(['spacex_ipo_reported_target', 'ipo', 'market_cap'] as const),
  entity: text,
  metric: oneOf(['valuation_usd_bn', 'proceeds_usd_bn', 'valuation_at_listing_usd_bn', 'market_cap_usd_bn'] as const),
  value: decimal,
  as_of: monthOrDate,
  note: text,
  source: text,
};
type Reference = ParsedLine<Row<typeof columns>>;

/** The metrics each category measures: an IPO (planned or past) raises money at a valuation; a company has a market value. */
const METRICS_BY_CATEGORY: Record<Reference['row']['category'], readonly Reference['row']['metric'][]> = {
  spacex_ipo_reported_target: ['valuation_usd_bn', 'proceeds_usd_bn'],
  ipo: ['proceeds_usd_bn', 'valuation_at_listing_usd_bn'],
  market_cap: ['market_cap_usd_bn'],
};

/** A row's metric is one its category measures. */
function metricFitsCategory({ row, cells }: Reference): Problem | undefined {
  const metrics = METRICS_BY_CATEGORY[row.category];
  if (metrics.includes(row.metric)) return undefined;
  return { found: `metric ${cells.metric} in category ${cells.category}`, expected: `a ${cells.category} metric: ${metrics.join(', ')}` };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An entity labelled with its listing month, such as "Alibaba (Sep 2014)", is dated in that month. */
function asOfInEntityMonth({ cells }: Reference): Problem | undefined {
  const named = /\((\w{3}) (\d{4})\)$/.exec(cells.entity);
  const month = named ? MONTHS.indexOf(named[1]!) + 1 : 0;
  if (!named || month === 0) return undefined;
  const yearMonth = `${named[2]}-${String(month).padStart(2, '0')}`;
  if (cells.as_of.startsWith(yearMonth)) return undefined;
  return { found: `entity "${cells.entity}" names ${named[1]} ${named[2]} but as_of is ${cells.as_of}`, expected: `as_of in ${yearMonth}` };
}

const isValuation = (metric: string): boolean => metric === 'valuation_usd_bn' || metric === 'valuation_at_listing_usd_bn';

/** Money raised by selling shares in an IPO is at most the value of the whole company: proceeds <= the same entity's valuation. */
function proceedsWithinValuation(current: Reference, earlier: readonly Reference[]): Problem | undefined {
  for (const other of earlier) {
    if (other.row.entity !== current.row.entity) continue;
    const [proceeds, valuation] = current.row.metric === 'proceeds_usd_bn' ? [current, other] : [other, current];
    if (proceeds.row.metric !== 'proceeds_usd_bn' || !isValuation(valuation.row.metric) || proceeds.row.value <= valuation.row.value) continue;
    return {
      found: `proceeds_usd_bn ${proceeds.cells.value} (line ${proceeds.line}) is above ${valuation.cells.metric} ${valuation.cells.value} (line ${valuation.line}) for "${current.cells.entity}"`,
      expected: 'proceeds_usd_bn <= the same entity\'s valuation',
    };
  }
  return undefined;
}

export const scaleReferencePointsSpec = defineCsv({
  file: 'content/data/scale_reference_points.csv',
  columns,
  unique: ['entity', 'metric', 'as_of'],
  checks: [metricFitsCategory, asOfInEntityMonth, proceedsWithinValuation],
});

export const scaleReferencePoints = parseCsv(scaleReferencePointsSpec, raw);
export type ScaleReferencePoint = (typeof scaleReferencePoints)[number];
