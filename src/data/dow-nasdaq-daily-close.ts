/** Daily closes of the Dow Jones Industrial Average, Nasdaq Composite and S&P 500 since November 2024 (Yahoo Finance). */
import raw from '../../content/data/dow_nasdaq_daily_close.csv?raw';
import { decimal, isoDate, oneOf } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';
import { onAWeekday } from './shared-checks';
import { sp500DailyOhlc, sp500DailyOhlcSpec } from './sp500-daily-ohlc';

const columns = {
  date: isoDate,
  djia_close: decimal,
  nasdaq_composite_close: decimal,
  sp500_close: decimal,
  source: oneOf(['YAHOO'] as const),
};

/** Line of each S&P 500 OHLC row by date: that file's rows are one a line after its header. */
const ohlcLineByTime = new Map(sp500DailyOhlc.map((r, i) => [r.date.getTime(), i + 2]));

/**
 * The S&P 500 close here and the close in the OHLC file come from the same Yahoo file merged the
 * same way (SOURCES.md sections 2 and 5), so they agree on every date.
 */
function sp500CloseMatchesOhlc({ row, cells }: ParsedLine<Row<typeof columns>>): Problem | undefined {
  const line = ohlcLineByTime.get(row.date.getTime());
  if (line === undefined) return { found: `date ${cells.date} has no row in ${sp500DailyOhlcSpec.file}`, expected: 'every date in that file too: both come from Yahoo ^GSPC' };
  const ohlc = sp500DailyOhlc[line - 2]!;
  if (ohlc.close === row.sp500_close) return undefined;
  return {
    found: `sp500_close ${cells.sp500_close} differs from close ${ohlc.close} on ${sp500DailyOhlcSpec.file}:${line}`,
    expected: "sp500_close equal to that file's close for the same date: both come from Yahoo ^GSPC",
  };
}

export const dowNasdaqDailyCloseSpec = defineCsv({
  file: 'content/data/dow_nasdaq_daily_close.csv',
  columns,
  key: 'date',
  checks: [onAWeekday, sp500CloseMatchesOhlc],
});

export const dowNasdaqDailyClose = parseCsv(dowNasdaqDailyCloseSpec, raw);
export type DowNasdaqDailyClose = (typeof dowNasdaqDailyClose)[number];
