/** Numbers chapter 2 quotes, each drawn from the ASML bookings and consensus data sets at build time. */
import { beatRatios, BOOKINGS_FILE, CONSENSUS_FILE, consensusFor, minus, ordersData, type OrdersConsensus, type OrdersQuarter } from '../orders';
import { formatBillions as bn, formatRatio as ratio } from '../format';
import { asmlBookingsConsensus } from '../../data/asml-bookings-consensus';
import type { QuotedNumber } from './quoted-number';

const eur = (value: number, row: string, column = 'bookings_eur_bn', file = BOOKINGS_FILE): QuotedNumber => ({ text: bn(value), value, source: { file, row, column } });
const year = (q: OrdersQuarter): QuotedNumber => ({ text: String(q.year), value: q.year, source: { file: BOOKINGS_FILE, row: q.quarter, column: 'quarter' } });

/** A consensus row is keyed by quarter and compiler, the file's unique pair. */
export const consensusRow = (quarter: string, c: OrdersConsensus): string => `${quarter}|${c.provider}`;

function byName(rows: OrdersConsensus[], shortName: string, quarter: string): OrdersConsensus {
  const row = rows.find((c) => c.shortName === shortName);
  if (!row) throw new Error(`numbers: no ${shortName} consensus for ${quarter} in ${CONSENSUS_FILE}`);
  return row;
}

export function theOrderBookNumbers(): Record<string, QuotedNumber> {
  const d = ordersData();
  const l = d.latest;
  const first = d.quarters[0]!;
  const before = d.quarters.slice(0, -1);
  const low = before.reduce((a, b) => (b.total < a.total ? b : a));
  const yearEarlier = d.quarters.find((q) => q.quarter === `${l.year - 1}Q4`);
  if (!yearEarlier) throw new Error(`numbers: no row for ${l.year - 1}Q4 in ${BOOKINGS_FILE}`);
  const earlierConsensus = consensusFor(asmlBookingsConsensus, yearEarlier);
  if (l.euv === null) throw new Error(`numbers: no EUV figure for ${l.quarter} in ${BOOKINGS_FILE}`);
  const { low: ratioLow, high: ratioHigh } = beatRatios(d);
  const lowest = d.consensus[0]!;
  const highest = d.consensus[d.consensus.length - 1]!;
  const figures: Record<string, QuotedNumber> = {
    'asml-first-year': year(first),
    'asml-latest-year': year(l),
    'asml-latest-bookings': eur(l.total, l.quarter),
    'asml-latest-euv': eur(l.euv, l.quarter, 'euv_bookings_eur_bn'),
    'asml-latest-non-euv': {
      text: bn(minus(l.total, l.euv)),
      value: minus(l.total, l.euv),
      source: { file: BOOKINGS_FILE, row: l.quarter, column: 'computed: bookings_eur_bn - euv_bookings_eur_bn' },
    },
    'asml-previous-high': eur(d.previousHigh.total, d.previousHigh.quarter),
    'asml-previous-high-year': year(d.previousHigh),
    'asml-low': eur(low.total, low.quarter),
    'asml-low-year': year(low),
    'asml-beat-ratio-low': {
      text: ratio(ratioLow),
      value: Number(ratio(ratioLow)),
      source: { file: CONSENSUS_FILE, row: consensusRow(l.quarter, highest), column: 'computed: actual_bookings_eur_bn / consensus_bookings_eur_bn, to one decimal' },
    },
    'asml-beat-ratio-high': {
      text: ratio(ratioHigh),
      value: Number(ratio(ratioHigh)),
      source: { file: CONSENSUS_FILE, row: consensusRow(l.quarter, lowest), column: 'computed: actual_bookings_eur_bn / consensus_bookings_eur_bn, to one decimal' },
    },
    'asml-year-earlier-year': year(yearEarlier),
    'asml-year-earlier-bookings': eur(yearEarlier.total, yearEarlier.quarter),
  };
  for (const [id, name] of [['visible-alpha', 'Visible Alpha'], ['bloomberg', 'Bloomberg'], ['unnamed', 'unnamed']] as const) {
    const c = byName(d.consensus, name, l.quarter);
    figures[`asml-consensus-${id}`] = eur(c.value, consensusRow(l.quarter, c), 'consensus_bookings_eur_bn', CONSENSUS_FILE);
  }
  for (const [id, name] of [['visible-alpha', 'Visible Alpha'], ['bloomberg', 'Bloomberg']] as const) {
    const c = byName(earlierConsensus, name, yearEarlier.quarter);
    figures[`asml-year-earlier-consensus-${id}`] = eur(c.value, consensusRow(yearEarlier.quarter, c), 'consensus_bookings_eur_bn', CONSENSUS_FILE);
  }
  return figures;
}
