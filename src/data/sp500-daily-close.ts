/** S&P 500 daily closes since 2016 (FRED, then Yahoo Finance), validated at build time. */
import raw from '../../content/data/sp500_daily_close.csv?raw';
import { decimal, isoDate, oneOf } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';
import { onAWeekday } from './shared-checks';

const columns = { date: isoDate, close: decimal, source: oneOf(['FRED', 'YAHOO'] as const) };

/** FRED supplies the file up to a date and Yahoo after it (SOURCES.md section 1), so no FRED row follows a YAHOO row. */
function fredThenYahoo(current: ParsedLine<Row<typeof columns>>, earlier: readonly ParsedLine<Row<typeof columns>>[]): Problem | undefined {
  const previous = earlier.at(-1);
  if (!previous || !(previous.row.source === 'YAHOO' && current.row.source === 'FRED')) return undefined;
  return {
    found: `source FRED on ${current.cells.date} follows source YAHOO on ${previous.cells.date} (line ${previous.line})`,
    expected: 'every FRED row before the first YAHOO row',
  };
}

export const sp500DailyCloseSpec = defineCsv({
  file: 'content/data/sp500_daily_close.csv',
  columns,
  key: 'date',
  checks: [onAWeekday, fredThenYahoo],
});

export const sp500DailyClose = parseCsv(sp500DailyCloseSpec, raw);
export type Sp500DailyClose = (typeof sp500DailyClose)[number];
