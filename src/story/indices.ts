/** The rows the indices chart draws: the Dow, the S&P 500 and the Nasdaq over the story's year and its January, rebased to 100. */
import { dowNasdaqDailyClose, type DowNasdaqDailyClose } from '../data/dow-nasdaq-daily-close';
import { isoDay } from './format';
import { STORY_DAY } from './story-dates';

export const INDICES_FILE = 'content/data/dow_nasdaq_daily_close.csv';

/** The three indices, top to bottom in the order they finished the story's year. */
export const SERIES = [
  { id: 'nasdaq', name: 'Nasdaq', longName: 'Nasdaq Composite', column: 'nasdaq_composite_close' },
  { id: 'sp500', name: 'S&P 500', longName: 'S&P 500', column: 'sp500_close' },
  { id: 'dow', name: 'Dow', longName: 'Dow Jones Industrial Average', column: 'djia_close' },
] as const;

export type SeriesId = (typeof SERIES)[number]['id'];
/** The two indices measured against the Dow. */
export type OtherId = Exclude<SeriesId, 'dow'>;
export const OTHERS: readonly OtherId[] = ['nasdaq', 'sp500'];

/** One trading day: each index's close, and that close rebased (base day's close = 100). */
export interface RebasedRow {
  date: Date;
  close: Record<SeriesId, number>;
  rebased: Record<SeriesId, number>;
}

/** A window of trading days whose first row is the base (every index at 100 there). */
export interface RebasedWindow {
  base: Date;
  rows: RebasedRow[];
}

/** How far an index's rebased line stood above the Dow's on a day (percentage points of change since the base). */
export interface Gap {
  date: Date;
  lead: Record<OtherId, number>;
}

export interface IndicesData {
  /** Twelve months: from the first trading day on or after a year before the story's day, to the story's day. */
  year: RebasedWindow;
  /** Year to date: from the last close of the previous year to the story's day. */
  ytd: RebasedWindow;
  /** Each day of the year window: the lead of the Nasdaq and the S&P 500 over the Dow. */
  gaps: Gap[];
  /** First day of the final unbroken run in which each index closed the day ahead of the Dow. */
  aheadFrom: Record<OtherId, Date>;
  /** First day from which the Dow trailed both on every close to the story's day. */
  behindBothFrom: Date;
  /** Each index's widest lead over the Dow in the year window. */
  widest: Record<OtherId, { date: Date; lead: number }>;
  /** Year to date: on how many trading days after the base each index's line was the highest of the three. */
  ytdLeaderDays: Record<SeriesId, number>;
  /** The day the Nasdaq's rebased line was lowest in the year window (the spring sell-off's low). */
  springLow: RebasedRow;
  day: Date;
}

const closes = (r: DowNasdaqDailyClose): Record<SeriesId, number> => ({
  nasdaq: r.nasdaq_composite_close,
  sp500: r.sp500_close,
  dow: r.djia_close,
});

/** Rebases `rows` to their first row: close / base close x 100. */
export function rebase(rows: DowNasdaqDailyClose[]): RebasedWindow {
  const base = closes(rows[0]!);
  return {
    base: rows[0]!.date,
    rows: rows.map((r) => {
      const close = closes(r);
      return {
        date: r.date,
        close,
        rebased: { nasdaq: (100 * close.nasdaq) / base.nasdaq, sp500: (100 * close.sp500) / base.sp500, dow: (100 * close.dow) / base.dow },
      };
    }),
  };
}

/** The first date of the final run of rows that all pass `test`; throws if the last row fails. */
function finalRunStart<T extends { date: Date }>(rows: T[], test: (r: T) => boolean, what: string): Date {
  let i = rows.length;
  while (i > 0 && test(rows[i - 1]!)) i--;
  if (i === rows.length) throw new Error(`${INDICES_FILE}: ${what} does not hold on the last day, ${isoDay(rows.at(-1)!.date)}`);
  return rows[i]!.date;
}

/** On how many of `rows` each index's rebased line was the highest. */
function leaderDays(rows: RebasedRow[]): Record<SeriesId, number> {
  const days: Record<SeriesId, number> = { nasdaq: 0, sp500: 0, dow: 0 };
  for (const r of rows) {
    const top = SERIES.reduce((a, b) => (r.rebased[b.id] > r.rebased[a.id] ? b : a));
    days[top.id]++;
  }
  return days;
}

/** Cuts the windows and measures the gaps; throws naming the file if a row the story depends on is missing. */
export function indicesData(rows: DowNasdaqDailyClose[] = dowNasdaqDailyClose, day: Date = STORY_DAY): IndicesData {
  const t = day.getTime();
  const yearAgo = Date.UTC(day.getUTCFullYear() - 1, day.getUTCMonth(), day.getUTCDate());
  const yearEnd = Date.UTC(day.getUTCFullYear() - 1, 11, 31);
  const endIndex = rows.findIndex((r) => r.date.getTime() === t);
  if (endIndex < 0) throw new Error(`${INDICES_FILE}: no row for the story's day, ${isoDay(day)}`);
  const startIndex = rows.findIndex((r) => r.date.getTime() >= yearAgo);
  if (startIndex < 0 || startIndex > endIndex || (startIndex === 0 && rows[0]!.date.getTime() !== yearAgo)) {
    throw new Error(`${INDICES_FILE}: no rows covering ${isoDay(new Date(yearAgo))}, the twelve-month base`);
  }
  const ytdIndex = rows.findIndex((r) => r.date.getTime() === yearEnd);
  if (ytdIndex < 0) throw new Error(`${INDICES_FILE}: no row for ${isoDay(new Date(yearEnd))}, the year-to-date base`);
  const year = rebase(rows.slice(startIndex, endIndex + 1));
  const ytd = rebase(rows.slice(ytdIndex, endIndex + 1));
  const gaps = year.rows.map((r) => ({ date: r.date, lead: { nasdaq: r.rebased.nasdaq - r.rebased.dow, sp500: r.rebased.sp500 - r.rebased.dow } }));
  const aheadFrom = {
    nasdaq: finalRunStart(gaps, (g) => g.lead.nasdaq > 0, 'the Nasdaq ahead of the Dow'),
    sp500: finalRunStart(gaps, (g) => g.lead.sp500 > 0, 'the S&P 500 ahead of the Dow'),
  };
  const widestOf = (id: OtherId) => {
    const g = gaps.reduce((a, b) => (b.lead[id] > a.lead[id] ? b : a));
    return { date: g.date, lead: g.lead[id] };
  };
  return {
    year,
    ytd,
    gaps,
    aheadFrom,
    behindBothFrom: finalRunStart(gaps, (g) => g.lead.nasdaq > 0 && g.lead.sp500 > 0, 'the Dow behind both'),
    widest: { nasdaq: widestOf('nasdaq'), sp500: widestOf('sp500') },
    ytdLeaderDays: leaderDays(ytd.rows.slice(1)),
    springLow: year.rows.reduce((a, b) => (b.rebased.nasdaq < a.rebased.nasdaq ? b : a)),
    day,
  };
}
