/** Gold records reported in the news in late January 2026, each with its instrument, time and source. */
import raw from '../../content/data/gold_jan2026_reported_records.csv?raw';
import { clockTime, decimal, isoDate, oneOf, optional, text } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';

const columns = {
  date: isoDate,
  time_utc: optional(clockTime),
  instrument: oneOf(['spot gold', 'COMEX gold futures, Feb-2026 contract'] as const),
  value_usd_oz: optional(decimal),
  what: text,
  source: text,
  note: text,
};

/** A row that records a "price at time stated" gives both the time and the price. */
function timedPriceHasTimeAndValue({ row, cells }: ParsedLine<Row<typeof columns>>): Problem | undefined {
  if (!row.what.startsWith('price at time stated')) return undefined;
  const missing = [row.time_utc === null && 'time_utc', row.value_usd_oz === null && 'value_usd_oz'].filter(Boolean);
  if (missing.length === 0) return undefined;
  return { found: `what "${cells.what}" but ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} empty`, expected: 'a time_utc and a value_usd_oz for a price at a stated time' };
}

export const goldReportedRecordsSpec = defineCsv({
  file: 'content/data/gold_jan2026_reported_records.csv',
  columns,
  ascending: 'date',
  unique: ['date', 'time_utc', 'instrument', 'value_usd_oz'],
  checks: [timedPriceHasTimeAndValue],
});

export const goldReportedRecords = parseCsv(goldReportedRecordsSpec, raw);
export type GoldReportedRecord = (typeof goldReportedRecords)[number];
