/** Which data sets (files in content/data/) each chart state draws: what its credits, downloads and structured data answer to. */
import { licenceOf } from './manifest';

/**
 * Per chart, per state, the files whose rows the state draws. A unit test runs the restricted-row finder over every
 * state's rows and fails if it finds rows of a restricted data set that is not listed here, and another fails on a
 * chart or state missing from this table.
 */
export const chartDataSets: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  climb: {
    'long-view': ['sp500_monthly.csv'],
    milestones: ['sp500_milestones.csv'],
    'from-6000': ['sp500_daily_close.csv'],
    jan28: ['sp500_daily_ohlc_yahoo.csv'],
  },
  orders: {
    history: ['asml_net_bookings.csv'],
    consensus: ['asml_net_bookings.csv', 'asml_bookings_consensus.csv'],
    beat: ['asml_net_bookings.csv', 'asml_bookings_consensus.csv'],
    euv: ['asml_net_bookings.csv'],
  },
  day: {
    day: ['sp500_daily_ohlc_yahoo.csv', 'fed_funds_target_range.csv'],
    'top-ten': ['scale_reference_points.csv'],
    reporting: ['scale_reference_points.csv'],
  },
  fed: {
    'zero-years': ['fed_funds_target_range.csv'],
    hikes: ['fed_funds_target_range.csv'],
    cuts: ['fed_funds_target_range.csv'],
    hold: ['fed_funds_target_range.csv'],
  },
  scale: {
    records: ['scale_reference_points.csv'],
    ipos: ['scale_reference_points.csv'],
    valuation: ['scale_reference_points.csv'],
    companies: ['scale_reference_points.csv'],
  },
  indices: {
    year: ['dow_nasdaq_daily_close.csv'],
    'dow-lags': ['dow_nasdaq_daily_close.csv'],
    ytd: ['dow_nasdaq_daily_close.csv'],
  },
  gold: {
    daily: ['gold_usd_oz_daily_comex_gcf_yahoo.csv'],
    records: ['gold_jan2026_reported_records.csv'],
    'long-view': ['gold_usd_oz_monthly.csv'],
  },
};

/** The files `state` of chart `chart` draws; throws naming the chart or state when the table has no entry. */
export function stateDataSets(chart: string, state: string): readonly string[] {
  const states = chartDataSets[chart];
  if (!states) throw new Error(`src/site/licences/chart-data-sets.ts: no entry for chart "${chart}"; add its states and the files each draws`);
  const files = states[state];
  if (!files) throw new Error(`src/site/licences/chart-data-sets.ts: chart "${chart}" has no entry for state "${state}"; expected one of: ${Object.keys(states).join(', ')}`);
  files.forEach((f) => licenceOf(f));
  return files;
}

/** Every file chart `chart` draws in any state, in first-use order. */
export function chartFiles(chart: string): string[] {
  const states = chartDataSets[chart];
  if (!states) throw new Error(`src/site/licences/chart-data-sets.ts: no entry for chart "${chart}"; add its states and the files each draws`);
  return [...new Set(Object.keys(states).flatMap((s) => stateDataSets(chart, s)))];
}
