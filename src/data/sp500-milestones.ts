/** First closes of the S&P 500 at or above each thousand points, with the trading days between them. */
import raw from '../../content/data/sp500_milestones.csv?raw';
import { decimal, integer, isoDate, optional, text } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const sp500MilestonesSpec = defineCsv({
  file: 'content/data/sp500_milestones.csv',
  columns: {
    level: integer,
    first_close_at_or_above_date: isoDate,
    first_close_value: decimal,
    first_intraday_high_at_or_above_date: optional(isoDate),
    intraday_high_value: optional(decimal),
    trading_days_since_previous_milestone_first_close: optional(integer),
    close_source: text,
  },
  key: 'level',
});

export const sp500Milestones = parseCsv(sp500MilestonesSpec, raw);
export type Sp500Milestone = (typeof sp500Milestones)[number];
