/** The rows of each restricted data set as the output check looks for them: per row, its dates and the values on each. */
import { csvParse } from 'd3-dsv';
import { licences } from './manifest';

/** One dated reading in a row: a day (YYYY-MM-DD) or, for monthly series, a month (YYYY-MM), and its values. */
export interface Reading {
  date: string;
  values: number[];
}

/** One row of a data set: what identifies it in messages, and its readings (a milestone row has two: close and high). */
export interface SeriesRow {
  key: string;
  readings: Reading[];
}

export interface Series {
  file: string;
  rows: SeriesRow[];
}

/** Which columns hold each reading's date and values, per restricted file; `monthly` keys rows by month. */
interface SeriesSpec {
  readings: { date: string; values: string[] }[];
  monthly?: boolean;
}

/** Every data set whose manifest entry is not "all" needs an entry here (a unit test holds the two together). */
export const SERIES_SPECS: Readonly<Record<string, SeriesSpec>> = {
  'sp500_daily_close.csv': { readings: [{ date: 'date', values: ['close'] }] },
  'sp500_daily_ohlc_yahoo.csv': { readings: [{ date: 'date', values: ['open', 'high', 'low', 'close'] }] },
  'sp500_monthly.csv': { readings: [{ date: 'date', values: ['sp500_monthly_avg'] }], monthly: true },
  'sp500_milestones.csv': {
    readings: [
      { date: 'first_close_at_or_above_date', values: ['first_close_value'] },
      { date: 'first_intraday_high_at_or_above_date', values: ['intraday_high_value'] },
    ],
  },
  'dow_nasdaq_daily_close.csv': { readings: [{ date: 'date', values: ['djia_close', 'nasdaq_composite_close', 'sp500_close'] }] },
  'gold_usd_oz_daily_comex_gcf_yahoo.csv': { readings: [{ date: 'date', values: ['open', 'high', 'low', 'close'] }] },
};

/** The series of a data file's text per `spec`; cells that are empty are skipped (a reading needs a date and a value). */
export function seriesFrom(file: string, text: string, spec: SeriesSpec): Series {
  const rows = csvParse(text).map((r, i): SeriesRow => {
    const readings = spec.readings
      .map(({ date, values }) => {
        const cell = r[date] ?? '';
        const vs = values.map((c) => r[c] ?? '').filter((v) => v !== '').map(Number);
        if (!cell || !vs.length) return undefined;
        return { date: spec.monthly ? cell.slice(0, 7) : cell, values: vs };
      })
      .filter((x): x is Reading => x !== undefined);
    return { key: `${file}:${i + 2}`, readings };
  });
  return { file, rows: rows.filter((r) => r.readings.length) };
}

const texts = import.meta.glob<string>('../../../content/data/*.csv', { query: '?raw', import: 'default', eager: true });

/** The series of every data set the manifest marks "figures" or "nothing", read from content/data/. */
export function restrictedSeries(): Series[] {
  return licences
    .filter((d) => d.redistribution !== 'all')
    .map((d) => {
      const spec = SERIES_SPECS[d.file];
      if (!spec) throw new Error(`src/site/licences/series.ts: ${d.file} is "${d.redistribution}" in the licence manifest but has no entry in SERIES_SPECS; add the columns of its dates and values`);
      const text = texts[`../../../content/data/${d.file}`];
      if (text === undefined) throw new Error(`src/site/licences/series.ts: content/data/${d.file} not found`);
      return seriesFrom(d.file, text, spec);
    });
}
