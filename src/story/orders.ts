/** The rows the orders chart draws: ASML's quarterly net bookings with their source type, and the 2025 Q4 consensus by compiler. */
import { asmlBookingsConsensus, type AsmlBookingsConsensus } from '../data/asml-bookings-consensus';
import { asmlNetBookings, type AsmlNetBookings } from '../data/asml-net-bookings';
import { STORY_QUARTER } from './story-dates';

export const BOOKINGS_FILE = 'content/data/asml_net_bookings.csv';
export const CONSENSUS_FILE = 'content/data/asml_bookings_consensus.csv';

/** Where a figure comes from: ASML's own press release (or a verbatim reprint of it), or a secondary report. */
export type SourceType = 'ASML press release' | 'secondary report';

export interface OrdersQuarter {
  /** As in the data, e.g. "2025Q4". */
  quarter: string;
  /** For display, e.g. "2025 Q4". */
  label: string;
  year: number;
  /** Net bookings, EUR bn. */
  total: number;
  totalSource: SourceType;
  /** EUV bookings, EUR bn, where a source gives them. */
  euv: number | null;
  euvSource: SourceType | null;
  /** Computed: total minus EUV, EUR bn; a secondary figure if either input is. */
  other: number | null;
  otherSource: SourceType | null;
  source: string;
}

export interface OrdersConsensus {
  /** Compiler as the data names it. */
  provider: string;
  /** Short name for chart labels (wide layout). */
  name: string;
  /** Shorter name for the narrow layout. */
  shortName: string;
  /** Name as a phrase for alt text. */
  altName: string;
  /** EUR bn. */
  value: number;
  /** The actual figure the row compares with, EUR bn. */
  actual: number;
  source: string;
}

export interface OrdersData {
  /** Every quarter, oldest first; the last is the story's quarter. */
  quarters: OrdersQuarter[];
  /** The story's quarter (2025 Q4). */
  latest: OrdersQuarter;
  /** The highest quarter before the story's quarter. */
  previousHigh: OrdersQuarter;
  /** The story's quarter's consensus, one row per compiler, lowest first. */
  consensus: OrdersConsensus[];
}

const PRESS_RELEASE = /^ASML press release\b/;
/** A note that names a separate source for the EUV share, e.g. "EUV share (EUR 2.5 bn) from https://…". */
const EUV_SHARE_FROM = /EUV share \([^)]*\) from (.+)$/;

/** A total is primary only where its note cites an ASML press release or its reprint, not a quote or a summary of one. */
export function totalSourceType(note: string): SourceType {
  return PRESS_RELEASE.test(note) ? 'ASML press release' : 'secondary report';
}

/** The EUV figure shares the total's source unless the note names another one for it. */
export function euvSourceType(note: string): SourceType {
  const own = EUV_SHARE_FROM.exec(note);
  if (!own) return totalSourceType(note);
  return /^ASML .*press release/.test(own[1]!) ? 'ASML press release' : 'secondary report';
}

/** Difference of two figures given to at most three decimals, exact to those decimals (no float residue). */
export const minus = (a: number, b: number): number => Math.round((a - b) * 1000) / 1000;

export const quarterLabel = (q: string): string => `${q.slice(0, 4)} ${q.slice(4)}`;

function toQuarter(r: AsmlNetBookings): OrdersQuarter {
  const totalSource = totalSourceType(r.source_note);
  const euvSource = r.euv_bookings_eur_bn === null ? null : euvSourceType(r.source_note);
  const other = r.euv_bookings_eur_bn === null ? null : minus(r.bookings_eur_bn, r.euv_bookings_eur_bn);
  return {
    quarter: r.quarter.label,
    label: quarterLabel(r.quarter.label),
    year: r.quarter.year,
    total: r.bookings_eur_bn,
    totalSource,
    euv: r.euv_bookings_eur_bn,
    euvSource,
    other,
    otherSource: other === null ? null : totalSource === 'ASML press release' && euvSource === 'ASML press release' ? 'ASML press release' : 'secondary report',
    source: r.source,
  };
}

/** Chart names for a compiler, from the provider text in the data. */
function names(provider: string): { name: string; shortName: string; altName: string } {
  if (/Visible Alpha/.test(provider)) return { name: 'Visible Alpha (Reuters)', shortName: 'Visible Alpha', altName: 'Visible Alpha, as reported by Reuters' };
  if (/Bloomberg/.test(provider)) return { name: 'Bloomberg average', shortName: 'Bloomberg', altName: 'the Bloomberg average' };
  if (/not named/.test(provider)) return { name: 'compiler not named', shortName: 'unnamed', altName: 'a report that names no compiler' };
  throw new Error(`${CONSENSUS_FILE}: no chart name for the provider "${provider}"`);
}

function toConsensus(r: AsmlBookingsConsensus): OrdersConsensus {
  return { provider: r.consensus_provider, ...names(r.consensus_provider), value: r.consensus_bookings_eur_bn, actual: r.actual_bookings_eur_bn, source: r.source };
}

/** One quarter's consensus rows, lowest first; each must name the same actual as the bookings file. */
export function consensusFor(rows: AsmlBookingsConsensus[], quarter: OrdersQuarter): OrdersConsensus[] {
  const found = rows.filter((r) => r.quarter.label === quarter.quarter).map(toConsensus);
  if (found.length === 0) throw new Error(`${CONSENSUS_FILE}: no consensus for ${quarter.quarter}, which the orders chart compares with`);
  for (const c of found) {
    if (c.actual !== quarter.total) {
      throw new Error(`${CONSENSUS_FILE}: ${quarter.quarter} actual ${c.actual} (${c.provider}) differs from ${quarter.total} in ${BOOKINGS_FILE}`);
    }
  }
  return found.sort((a, b) => a.value - b.value);
}

/** Cuts the data sets; throws if a row the story depends on is missing or the two files disagree. */
export function ordersData(sources = { bookings: asmlNetBookings, consensus: asmlBookingsConsensus }, story = STORY_QUARTER): OrdersData {
  const quarters = sources.bookings.map(toQuarter);
  const index = quarters.findIndex((q) => q.quarter === story);
  if (index < 1) throw new Error(`${BOOKINGS_FILE}: no row for ${story} with quarters before it`);
  const cut = quarters.slice(0, index + 1);
  const latest = cut[index]!;
  const before = cut.slice(0, index);
  const previousHigh = before.reduce((a, b) => (b.total > a.total ? b : a));
  return {
    quarters: cut,
    latest,
    previousHigh,
    consensus: consensusFor(sources.consensus, latest),
  };
}

/** Lowest and highest ratio of the story's quarter to its consensus values. */
export function beatRatios(d: OrdersData): { low: number; high: number } {
  const ratios = d.consensus.map((c) => d.latest.total / c.value);
  return { low: Math.min(...ratios), high: Math.max(...ratios) };
}
