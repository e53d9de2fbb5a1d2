/** The FOMC's target range for the federal funds rate, one row per decision since 2015 (percent). */
import raw from '../../content/data/fed_funds_target_range.csv?raw';
import { decimal, integer, isoDate, oneOf, text } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const fedFundsTargetRangeSpec = defineCsv({
  file: 'content/data/fed_funds_target_range.csv',
  columns: {
    decision_date: isoDate,
    effective_date: isoDate,
    lower: decimal,
    upper: decimal,
    change_bp: integer,
    action: oneOf(['hike', 'cut', 'hold'] as const),
    meeting_type: oneOf(['scheduled', 'unscheduled'] as const),
    source: text,
  },
  key: 'decision_date',
});

export const fedFundsTargetRange = parseCsv(fedFundsTargetRangeSpec, raw);
export type FedDecision = (typeof fedFundsTargetRange)[number];
