/** ASML quarterly net bookings (new orders) 2021 Q1 to 2025 Q4, each quarter with its own source. */
import raw from '../../content/data/asml_net_bookings.csv?raw';
import { decimal, integer, isoDate, optional, quarter, text } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';

const columns = {
  quarter,
  period_end: isoDate,
  bookings_eur_bn: decimal,
  bookings_eur_m_exact: optional(integer),
  euv_bookings_eur_bn: optional(decimal),
  source: text,
  source_note: text,
};
type Quarter = ParsedLine<Row<typeof columns>>;

/** period_end labels the last day of the calendar quarter named in `quarter` (SOURCES.md section 10). */
function periodEndsTheQuarter({ row, cells }: Quarter): Problem | undefined {
  const { year, q } = row.quarter;
  const end = new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10);
  if (cells.period_end === end) return undefined;
  return { found: `period_end ${cells.period_end} is not the last day of ${cells.quarter}`, expected: `period_end ${end}` };
}

/** EUV bookings are part of the quarter's bookings, so never more than the total. */
function euvWithinTotal({ row, cells }: Quarter): Problem | undefined {
  if (row.euv_bookings_eur_bn === null || row.euv_bookings_eur_bn <= row.bookings_eur_bn) return undefined;
  return { found: `euv_bookings_eur_bn ${cells.euv_bookings_eur_bn} is above bookings_eur_bn ${cells.bookings_eur_bn}`, expected: 'euv_bookings_eur_bn <= bookings_eur_bn' };
}

/** Where the exact figure in millions is known, the figure in billions is that number to the decimals it is written with. */
function billionsMatchExactMillions({ row, cells }: Quarter): Problem | undefined {
  if (row.bookings_eur_m_exact === null) return undefined;
  const decimals = cells.bookings_eur_bn.split('.')[1]?.length ?? 0;
  const inBillions = (row.bookings_eur_m_exact / 1000).toFixed(decimals);
  if (Number(inBillions) === row.bookings_eur_bn) return undefined;
  return {
    found: `bookings_eur_bn ${cells.bookings_eur_bn} does not match bookings_eur_m_exact ${cells.bookings_eur_m_exact}`,
    expected: `bookings_eur_bn = bookings_eur_m_exact / 1000 = ${inBillions}`,
  };
}

export const asmlNetBookingsSpec = defineCsv({
  file: 'content/data/asml_net_bookings.csv',
  columns,
  key: 'quarter',
  checks: [periodEndsTheQuarter, euvWithinTotal, billionsMatchExactMillions],
});

export const asmlNetBookings = parseCsv(asmlNetBookingsSpec, raw);
export type AsmlNetBookings = (typeof asmlNetBookings)[number];
