/** Analysts' consensus for ASML's bookings as reported at results time, by compiler. */
import raw from '../../content/data/asml_bookings_consensus.csv?raw';
import { asmlNetBookings, asmlNetBookingsSpec } from './asml-net-bookings';
import { decimal, quarter, text } from './columns';
import { defineCsv, parseCsv, type Row } from './parse-csv';
import type { ParsedLine, Problem } from './row-check';

const columns = {
  quarter,
  actual_bookings_eur_bn: decimal,
  consensus_bookings_eur_bn: decimal,
  consensus_provider: text,
  source: text,
};

/** The actual a consensus is set against is ASML's reported bookings for that quarter, as in the net bookings file. */
function actualMatchesNetBookings({ row, cells }: ParsedLine<Row<typeof columns>>): Problem | undefined {
  const index = asmlNetBookings.findIndex((b) => b.quarter.label === row.quarter.label);
  const reported = asmlNetBookings[index];
  if (!reported) return { found: `quarter ${cells.quarter} has no row in ${asmlNetBookingsSpec.file}`, expected: 'a quarter with reported bookings' };
  if (reported.bookings_eur_bn === row.actual_bookings_eur_bn) return undefined;
  return {
    found: `actual_bookings_eur_bn ${cells.actual_bookings_eur_bn} differs from bookings_eur_bn ${reported.bookings_eur_bn} on ${asmlNetBookingsSpec.file}:${index + 2}`,
    expected: 'the bookings ASML reported for the quarter',
  };
}

export const asmlBookingsConsensusSpec = defineCsv({
  file: 'content/data/asml_bookings_consensus.csv',
  columns,
  unique: ['quarter', 'consensus_provider'],
  checks: [actualMatchesNetBookings],
});

export const asmlBookingsConsensus = parseCsv(asmlBookingsConsensusSpec, raw);
export type AsmlBookingsConsensus = (typeof asmlBookingsConsensus)[number];
