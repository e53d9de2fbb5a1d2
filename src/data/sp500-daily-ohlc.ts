/** S&P 500 daily open, high, low and close since November 2024 (Yahoo Finance ^GSPC). */
import raw from '../../content/data/sp500_daily_ohlc_yahoo.csv?raw';
import { decimal, isoDate } from './columns';
import { defineCsv, parseCsv } from './parse-csv';
import { highIsTheTop, lowIsTheBottom, onAWeekday } from './shared-checks';

export const sp500DailyOhlcSpec = defineCsv({
  file: 'content/data/sp500_daily_ohlc_yahoo.csv',
  columns: { date: isoDate, open: decimal, high: decimal, low: decimal, close: decimal },
  key: 'date',
  checks: [highIsTheTop, lowIsTheBottom, onAWeekday],
});

export const sp500DailyOhlc = parseCsv(sp500DailyOhlcSpec, raw);
export type Sp500DailyOhlc = (typeof sp500DailyOhlc)[number];
