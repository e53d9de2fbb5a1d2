/** ASML quarterly net bookings (new orders) 2021 Q1 to 2025 Q4, each quarter with its own source. */
import raw from '../../content/data/asml_net_bookings.csv?raw';
import { decimal, integer, isoDate, optional, quarter, text } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const asmlNetBookingsSpec = defineCsv({
  file: 'content/data/asml_net_bookings.csv',
  columns: {
    quarter,
    period_end: isoDate,
    bookings_eur_bn: decimal,
    bookings_eur_m_exact: optional(integer),
    euv_bookings_eur_bn: optional(decimal),
    source: text,
    source_note: text,
  },
  key: 'quarter',
});

export const asmlNetBookings = parseCsv(asmlNetBookingsSpec, raw);
export type AsmlNetBookings = (typeof asmlNetBookings)[number];
