/** Gold records reported in the news in late January 2026, each with its instrument, time and source. */
import raw from '../../content/data/gold_jan2026_reported_records.csv?raw';
import { clockTime, decimal, isoDate, oneOf, optional, text } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const goldReportedRecordsSpec = defineCsv({
  file: 'content/data/gold_jan2026_reported_records.csv',
  columns: {
    date: isoDate,
    time_utc: optional(clockTime),
    instrument: oneOf(['spot gold', 'COMEX gold futures, Feb-2026 contract'] as const),
    value_usd_oz: optional(decimal),
    what: text,
    source: text,
    note: text,
  },
  ascending: 'date',
  unique: ['date', 'time_utc', 'instrument', 'value_usd_oz'],
});

export const goldReportedRecords = parseCsv(goldReportedRecordsSpec, raw);
export type GoldReportedRecord = (typeof goldReportedRecords)[number];
