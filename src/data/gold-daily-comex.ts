/** COMEX gold futures (Yahoo Finance GC=F, continuous front month), daily since 2019, with quality flags. */
import raw from '../../content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv?raw';
import { decimal, integer, isoDate, oneOf, optional } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';
import { highIsTheTop, lowIsTheBottom, onAWeekday } from './shared-checks';

const columns = {
  date: isoDate,
  open: decimal,
  high: decimal,
  low: decimal,
  close: decimal,
  volume_reported: integer,
  quality_flag: optional(oneOf(['flat_ohlc'] as const)),
};

/** quality_flag is "flat_ohlc" exactly on the days whose open, high, low and close are one price (SOURCES.md section 7). */
function flatFlagMarksFlatBars({ row, cells }: ParsedLine<Row<typeof columns>>): Problem | undefined {
  const flat = row.open === row.high && row.high === row.low && row.low === row.close;
  if (flat === (row.quality_flag === 'flat_ohlc')) return undefined;
  const bar = `open ${cells.open}, high ${cells.high}, low ${cells.low}, close ${cells.close}`;
  return {
    found: flat ? `${bar} are one price but quality_flag is empty` : `quality_flag "flat_ohlc" but ${bar} differ`,
    expected: 'quality_flag "flat_ohlc" exactly when open = high = low = close',
  };
}

export const goldDailyComexSpec = defineCsv({
  file: 'content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv',
  columns,
  key: 'date',
  checks: [highIsTheTop, lowIsTheBottom, flatFlagMarksFlatBars, onAWeekday],
});

export const goldDailyComex = parseCsv(goldDailyComexSpec, raw);
export type GoldDailyComex = (typeof goldDailyComex)[number];
