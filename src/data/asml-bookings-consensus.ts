/** Analysts' consensus for ASML's bookings as reported at results time, by compiler. */
import raw from '../../content/data/asml_bookings_consensus.csv?raw';
import { decimal, quarter, text } from './columns';
import { defineCsv, parseCsv } from './parse-csv';

export const asmlBookingsConsensusSpec = defineCsv({
  file: 'content/data/asml_bookings_consensus.csv',
  columns: {
    quarter,
    actual_bookings_eur_bn: decimal,
    consensus_bookings_eur_bn: decimal,
    consensus_provider: text,
    source: text,
  },
  unique: ['quarter', 'consensus_provider'],
});

export const asmlBookingsConsensus = parseCsv(asmlBookingsConsensusSpec, raw);
export type AsmlBookingsConsensus = (typeof asmlBookingsConsensus)[number];
