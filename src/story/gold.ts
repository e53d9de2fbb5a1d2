/** The rows the gold chart draws: COMEX futures closes since January 2025, the records reported in late January 2026, and the World Bank's monthly averages. */
import { goldDailyComex, type GoldDailyComex } from '../data/gold-daily-comex';
import { goldMonthly, type GoldMonthly } from '../data/gold-monthly';
import { goldReportedRecords, type GoldReportedRecord } from '../data/gold-reported-records';
import { STORY_DAY } from './story-dates';
import { isoDay } from './format';

export const DAILY_FILE = 'content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv';
export const RECORDS_FILE = 'content/data/gold_jan2026_reported_records.csv';
export const MONTHLY_FILE = 'content/data/gold_usd_oz_monthly.csv';

/** The level the story names: gold above USD 5,200 an ounce. */
export const GOLD_LEVEL = 5200;
/** The daily view starts with the first session of 2025. */
export const DAILY_FROM = new Date('2025-01-01T00:00:00Z');
/** The World Bank's series changes definition with this month (LBMA afternoon price before, spot after). */
export const DEFINITION_BREAK = new Date('2025-06-01T00:00:00Z');

export const FUTURES = 'COMEX gold futures, Feb-2026 contract';
export const SPOT = 'spot gold';

/** A reported record with the news organisation that reported it (from the file's note). */
export interface ReportedRecord extends GoldReportedRecord {
  reporter: 'Reuters' | 'Bloomberg' | 'TASS' | 'aggregator';
}

export interface GoldData {
  /** COMEX GC=F sessions from the first of 2025 to the last in the file. */
  daily: GoldDailyComex[];
  /** Reports of a record or a first, in file order. */
  records: ReportedRecord[];
  /** Spot gold passing 5,000 for the first time (a level, no price). */
  firstAbove5000: ReportedRecord;
  /** Futures highs reported on the story's day. */
  futuresOnDay: ReportedRecord[];
  /** The spot record of the following day, as each source reported it, lowest first. */
  spotRecord: (ReportedRecord & { value_usd_oz: number })[];
  /** The February 2026 futures contract's all-time high. */
  futuresHigh: ReportedRecord & { value_usd_oz: number };
  monthly: GoldMonthly[];
  /** The monthly average for the story's month, and the highest monthly average in the file. */
  storyMonth: GoldMonthly;
  peakMonth: GoldMonthly;
  day: Date;
}

/** The sessions with Yahoo's flat one-price bar in the story's month. */
export const flatInStoryMonth = (d: GoldData): GoldDailyComex[] =>
  d.daily.filter((r) => r.quality_flag === 'flat_ohlc' && r.date.getUTCFullYear() === d.day.getUTCFullYear() && r.date.getUTCMonth() === d.day.getUTCMonth());

/** Who reported a row, read from its note; a row with no known reporter fails the build. */
export function reporterOf(r: GoldReportedRecord): ReportedRecord['reporter'] {
  if (/^Reuters/.test(r.note)) return 'Reuters';
  if (/Bloomberg/.test(r.note)) return 'Bloomberg';
  if (/^TASS/.test(r.note)) return 'TASS';
  if (/low-confidence aggregator/.test(r.note)) return 'aggregator';
  throw new Error(`${RECORDS_FILE}: no known reporter in the note of the ${isoDay(r.date)} ${r.instrument} row: "${r.note}"`);
}

/** A report of a record or a first, rather than a price at a stated time. */
const isRecord = (r: GoldReportedRecord) => /record|all-time high|first time/i.test(`${r.what} ${r.note}`);

const withValue = (rows: ReportedRecord[], what: string): (ReportedRecord & { value_usd_oz: number })[] => {
  const out = rows.filter((r): r is ReportedRecord & { value_usd_oz: number } => r.value_usd_oz !== null);
  if (out.length === 0) throw new Error(`${RECORDS_FILE}: no row with a value for ${what}`);
  return out;
};

/** Cuts the data sets; throws naming the file if a row the story depends on is missing. */
export function goldData(
  sources = { daily: goldDailyComex, records: goldReportedRecords, monthly: goldMonthly },
  day = STORY_DAY,
): GoldData {
  const next = new Date(day.getTime() + 86_400_000);
  const same = (a: Date, b: Date) => a.getTime() === b.getTime();
  const records = sources.records.filter(isRecord).map((r) => ({ ...r, reporter: reporterOf(r) }));
  const firstAbove5000 = records.find((r) => r.instrument === SPOT && /first time above USD 5,000/.test(r.what));
  if (!firstAbove5000) throw new Error(`${RECORDS_FILE}: no row for spot gold's first time above USD 5,000`);
  const futuresOnDay = withValue(records.filter((r) => same(r.date, day) && r.instrument === FUTURES), `futures highs on ${isoDay(day)}`);
  const spotRecord = withValue(records.filter((r) => same(r.date, next) && r.instrument === SPOT), `the spot record on ${isoDay(next)}`).sort(
    (a, b) => a.value_usd_oz - b.value_usd_oz,
  );
  const futuresHigh = withValue(records.filter((r) => same(r.date, next) && r.instrument === FUTURES && /all-time high/.test(r.what)), `the futures high on ${isoDay(next)}`)[0]!;
  const daily = sources.daily.filter((r) => r.date.getTime() >= DAILY_FROM.getTime());
  if (!daily.some((r) => same(r.date, day))) throw new Error(`${DAILY_FILE}: no session for the story's day, ${isoDay(day)}`);
  const monthStart = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
  const storyMonth = sources.monthly.find((r) => r.date.getTime() === monthStart);
  if (!storyMonth) throw new Error(`${MONTHLY_FILE}: no row for ${isoDay(new Date(monthStart))}, the story's month`);
  const peakMonth = sources.monthly.reduce((a, b) => (b.gold_usd_oz_monthly_avg > a.gold_usd_oz_monthly_avg ? b : a));
  return { daily, records, firstAbove5000, futuresOnDay, spotRecord, futuresHigh, monthly: sources.monthly, storyMonth, peakMonth, day };
}
