// Which data files a chart, a chapter or a page may quote: the narrowing that stops a figure matching a cell of an unrelated data set.
import type { Segment } from './html';

/** The data sets each chart draws on (by chart name, the data-chart attribute in the built page). */
export const CHART_FILES: Record<string, string[]> = {
  climb: ['sp500_monthly.csv', 'sp500_milestones.csv', 'sp500_daily_close.csv', 'sp500_daily_ohlc_yahoo.csv'],
  orders: ['asml_net_bookings.csv', 'asml_bookings_consensus.csv'],
  day: ['sp500_daily_ohlc_yahoo.csv', 'sp500_daily_close.csv', 'fed_funds_target_range.csv', 'scale_reference_points.csv'],
  fed: ['fed_funds_target_range.csv'],
  scale: ['scale_reference_points.csv'],
  indices: ['dow_nasdaq_daily_close.csv'],
  gold: ['gold_usd_oz_daily_comex_gcf_yahoo.csv', 'gold_usd_oz_monthly.csv', 'gold_jan2026_reported_records.csv'],
};

/** The chapter each chart appears in. */
export const CHART_CHAPTER: Record<string, string> = {
  climb: 'the-climb',
  orders: 'the-order-book',
  day: 'after-the-bell',
  fed: 'the-fed-holds',
  scale: 'a-trillion-dollar-rumour',
  indices: 'two-markets',
  gold: 'two-markets',
};

/** The data sets each chapter's prose, head and share text may quote: the union of its charts, plus what its prose compares with. */
export const CHAPTER_FILES: Record<string, string[]> = {
  'the-climb': CHART_FILES.climb!,
  'the-order-book': CHART_FILES.orders!,
  'after-the-bell': CHART_FILES.day!,
  'the-fed-holds': CHART_FILES.fed!,
  'a-trillion-dollar-rumour': CHART_FILES.scale!,
  'two-markets': [...CHART_FILES.indices!, ...CHART_FILES.gold!, 'sp500_daily_close.csv', 'sp500_daily_ohlc_yahoo.csv'],
};

/** The files a segment may quote: its chart's, else its chapter's, else (notes, the whole-story head, site furniture) all of them. */
export function filesFor(seg: Pick<Segment, 'chart' | 'chapter'>, all: string[]): string[] {
  if (seg.chart && CHART_FILES[seg.chart]) return CHART_FILES[seg.chart]!;
  if (seg.chapter && CHAPTER_FILES[seg.chapter]) return CHAPTER_FILES[seg.chapter]!;
  return all;
}
