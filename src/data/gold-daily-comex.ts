/** COMEX gold futures (Yahoo Finance GC=F, continuous front month), daily since 2019, with quality flags. */
import raw from '../../content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv?raw';
import { decimal, integer, isoDate, oneOf, optional } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const goldDailyComexSpec = defineCsv({
  file: 'content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv',
  columns: {
    date: isoDate,
    open: decimal,
    high: decimal,
    low: decimal,
    close: decimal,
    volume_reported: integer,
    quality_flag: optional(oneOf(['flat_ohlc'] as const)),
  },
  key: 'date',
});

export const goldDailyComex = parseCsv(goldDailyComexSpec, raw);
export type GoldDailyComex = (typeof goldDailyComex)[number];
