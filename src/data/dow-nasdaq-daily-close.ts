/** Daily closes of the Dow Jones Industrial Average, Nasdaq Composite and S&P 500 since November 2024 (Yahoo Finance). */
import raw from '../../content/data/dow_nasdaq_daily_close.csv?raw';
import { decimal, isoDate, oneOf } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const dowNasdaqDailyCloseSpec = defineCsv({
  file: 'content/data/dow_nasdaq_daily_close.csv',
  columns: {
    date: isoDate,
    djia_close: decimal,
    nasdaq_composite_close: decimal,
    sp500_close: decimal,
    source: oneOf(['YAHOO'] as const),
  },
  key: 'date',
});

export const dowNasdaqDailyClose = parseCsv(dowNasdaqDailyCloseSpec, raw);
export type DowNasdaqDailyClose = (typeof dowNasdaqDailyClose)[number];
