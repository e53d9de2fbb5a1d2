/** S&P 500 daily closes since 2016 (FRED, then Yahoo Finance), validated at build time. */
import raw from '../../content/data/sp500_daily_close.csv?raw';
import { decimal, isoDate, oneOf } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const sp500DailyCloseSpec = defineCsv({
  file: 'content/data/sp500_daily_close.csv',
  columns: { date: isoDate, close: decimal, source: oneOf(['FRED', 'YAHOO'] as const) },
  key: 'date',
});

export const sp500DailyClose = parseCsv(sp500DailyCloseSpec, raw);
export type Sp500DailyClose = (typeof sp500DailyClose)[number];
