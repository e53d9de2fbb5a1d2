// Covers src/data/<dataset>.ts: every real data set passes its cell types and cross-field rules; the S&P 500 sets load with their row counts and key rows.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isoDay } from '../../../src/story/format';
import { sp500DailyClose } from '../../../src/data/sp500-daily-close';
import { sp500DailyOhlc } from '../../../src/data/sp500-daily-ohlc';
import { sp500Milestones } from '../../../src/data/sp500-milestones';
import { sp500Monthly } from '../../../src/data/sp500-monthly';
import { parseCsv } from '../../../src/data/parse-csv';
import { allSpecs } from './specs';

const day = <T extends { date: Date }>(rows: T[], iso: string): T | undefined => rows.find((r) => isoDay(r.date) === iso);

describe('every real data file passes its spec, cross-field rules included', () => {
  test('all twelve files are covered', () => {
    expect(allSpecs.map((spec) => spec.file.replace('content/data/', '')).sort()).toEqual([
      'asml_bookings_consensus.csv', 'asml_net_bookings.csv', 'dow_nasdaq_daily_close.csv', 'fed_funds_target_range.csv',
      'gold_jan2026_reported_records.csv', 'gold_usd_oz_daily_comex_gcf_yahoo.csv', 'gold_usd_oz_monthly.csv',
      'scale_reference_points.csv', 'sp500_daily_close.csv', 'sp500_daily_ohlc_yahoo.csv', 'sp500_milestones.csv', 'sp500_monthly.csv',
    ]);
  });

  test.each(allSpecs.map((spec) => [spec.file, spec] as const))('%s', (file, spec) => {
    const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
    expect(spec.checks?.length).toBeGreaterThan(0);
    expect(parseCsv(spec, text).length).toBe(text.trimEnd().split('\n').length - 1);
  });
});

describe('real data sets', () => {
  test('row counts', () => {
    expect(sp500DailyClose).toHaveLength(2646);
    expect(sp500DailyOhlc).toHaveLength(449);
    expect(sp500Monthly).toHaveLength(1866);
    expect(sp500Milestones).toHaveLength(7);
  });

  test('28 January 2026 session and the closes around it', () => {
    expect(day(sp500DailyOhlc, '2026-01-28')).toEqual({ date: new Date('2026-01-28T00:00:00Z'), open: 7002.0, high: 7002.28, low: 6963.46, close: 6978.03 });
    expect(day(sp500DailyClose, '2026-01-27')).toEqual({ date: new Date('2026-01-27T00:00:00Z'), close: 6978.6, source: 'FRED' });
    expect(day(sp500DailyClose, '2026-01-28')?.close).toBe(6978.03);
  });

  test('first and last rows', () => {
    expect(sp500DailyClose[0]).toEqual({ date: new Date('2016-02-12T00:00:00Z'), close: 1864.78, source: 'FRED' });
    expect(sp500DailyOhlc[0]).toEqual({ date: new Date('2024-11-05T00:00:00Z'), open: 5722.43, high: 5783.44, low: 5722.1, close: 5782.76 });
    expect(sp500Monthly[0]).toEqual({ date: new Date('1871-01-01T00:00:00Z'), sp500_monthly_avg: 4.44, basis: 'shiller' });
    expect(day(sp500Monthly, '2026-01-01')?.sp500_monthly_avg).toBe(6929.12);
  });

  test('milestones: levels, first closes and the trading-day gaps', () => {
    expect(sp500Milestones.map((m) => [m.level, isoDay(m.first_close_at_or_above_date), m.first_close_value, m.trading_days_since_previous_milestone_first_close])).toEqual([
      [1000, '1998-02-02', 1001.27, null],
      [2000, '2014-08-26', 2000.02, 4168],
      [3000, '2019-07-12', 3013.77, 1227],
      [4000, '2021-04-01', 4019.87, 434],
      [5000, '2024-02-09', 5026.61, 719],
      [6000, '2024-11-11', 6001.35, 190],
      [7000, '2026-04-15', 7022.95, 355],
    ]);
    const m5000 = sp500Milestones[4]!;
    expect(m5000.first_intraday_high_at_or_above_date).toBeNull();
    expect(m5000.intraday_high_value).toBeNull();
    const m7000 = sp500Milestones[6]!;
    expect(isoDay(m7000.first_intraday_high_at_or_above_date!)).toBe('2026-01-28');
    expect(m7000.intraday_high_value).toBe(7002.28);
  });
});
