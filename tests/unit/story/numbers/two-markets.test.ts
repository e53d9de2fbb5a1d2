// Covers src/story/numbers/two-markets.ts: each figure chapter 6 quotes equals its row in the CSV (read independently), computed figures are recomputed here, and every <Num> in the chapter exists.
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber } from '../../../../src/story/format';
import { getNumber } from '../../../../src/story/numbers/numbers';
import { twoMarketsNumbers } from '../../../../src/story/numbers/two-markets';

const numbers = twoMarketsNumbers();
const entries = Object.entries(numbers);
const read = (file: string) => csvParse(readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8'));

/** Rows of each data file keyed the way the figures name rows (the records file has no single key). */
const recordKey = (r: Record<string, string | undefined>) => `${r['date']}|${r['instrument']}|${r['what']}`;
const dataSets: Record<string, Map<string, Record<string, string | undefined>>> = {
  'content/data/dow_nasdaq_daily_close.csv': new Map(read('content/data/dow_nasdaq_daily_close.csv').map((r) => [r['date']!, r])),
  'content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv': new Map(read('content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv').map((r) => [r['date']!, r])),
  'content/data/gold_usd_oz_monthly.csv': new Map(read('content/data/gold_usd_oz_monthly.csv').map((r) => [r['date']!, r])),
  'content/data/gold_jan2026_reported_records.csv': new Map(read('content/data/gold_jan2026_reported_records.csv').map((r) => [recordKey(r), r])),
};

test('ids carry the chapter prefix', () => {
  for (const [id] of entries) expect(id).toMatch(/^markets-/);
});

describe('figures drawn straight from a row', () => {
  const direct = entries.filter(([, f]) => !f.source.column.startsWith('computed:') && f.source.file !== 'content/data/SOURCES.md');
  test.each(direct)('%s', (_, f) => {
    const row = dataSets[f.source.file]?.get(f.source.row);
    expect(row, `row ${f.source.row} of ${f.source.file}`).toBeDefined();
    const cell = row![f.source.column]!;
    if (f.isDate) {
      expect(f.value).toBe(cell);
      expect(f.text).toBe(formatDate(new Date(`${cell}T00:00:00Z`)));
    } else {
      expect(f.value).toBe(Number(cell));
      expect(Number(f.text.replace(/,/g, ''))).toBe(Number(cell));
    }
  });
});

describe('computed figures, recomputed from the CSV', () => {
  const idx = dataSets['content/data/dow_nasdaq_daily_close.csv']!;
  const close = (date: string, col: string) => Number(idx.get(date)![col]);
  const change = (col: string, from: string, to: string) => (100 * close(to, col)) / close(from, col) - 100;
  const oneDecimal = (v: number) => Math.round(v * 10) / 10;

  test.each([
    ['markets-nasdaq-year-change', 'nasdaq_composite_close', '2025-01-28', '2026-01-28', '20.9%'],
    ['markets-sp500-year-change', 'sp500_close', '2025-01-28', '2026-01-28', '15.0%'],
    ['markets-dow-year-change', 'djia_close', '2025-01-28', '2026-01-28', '9.3%'],
    ['markets-nasdaq-ytd-change', 'nasdaq_composite_close', '2025-12-31', '2026-01-28', '2.6%'],
    ['markets-sp500-ytd-change', 'sp500_close', '2025-12-31', '2026-01-28', '1.9%'],
    ['markets-dow-ytd-change', 'djia_close', '2025-12-31', '2026-01-28', '2.0%'],
  ])('%s', (id, col, from, to, text) => {
    expect(numbers[id]).toMatchObject({ text, value: oneDecimal(change(col, from, to)) });
  });

  test('falls to the Nasdaq low of 8 April 2025, and the Dow rebased on the day', () => {
    expect(numbers['markets-nasdaq-spring-fall']).toMatchObject({ text: '22.6%', value: oneDecimal(-change('nasdaq_composite_close', '2025-01-28', '2025-04-08')) });
    expect(numbers['markets-dow-spring-fall']).toMatchObject({ text: '16.1%', value: oneDecimal(-change('djia_close', '2025-01-28', '2025-04-08')) });
    expect(numbers['markets-dow-day-rebased']).toMatchObject({ text: '109.29', value: Math.round(100 * (100 + change('djia_close', '2025-01-28', '2026-01-28'))) / 100 });
  });

  test('leads over the Dow in percentage points', () => {
    const lead = (col: string, date: string) => change(col, '2025-01-28', date) - change('djia_close', '2025-01-28', date);
    expect(numbers['markets-nasdaq-day-lead']).toMatchObject({ text: '11.6', value: oneDecimal(lead('nasdaq_composite_close', '2026-01-28')) });
    expect(numbers['markets-sp500-day-lead']).toMatchObject({ text: '5.7', value: oneDecimal(lead('sp500_close', '2026-01-28')) });
    expect(numbers['markets-nasdaq-widest-lead']).toMatchObject({ text: '15.2', value: oneDecimal(lead('nasdaq_composite_close', '2025-11-03')) });
  });

  test('year to date: spread, days and leaders', () => {
    expect(numbers['markets-ytd-spread']).toMatchObject({ text: '0.7', value: 0.7 });
    expect(numbers['markets-ytd-days']).toMatchObject({ text: '18', value: 18 });
    expect(numbers['markets-dow-ytd-leader-days']).toMatchObject({ text: '16', value: 16 });
    expect(numbers['markets-nasdaq-ytd-leader-days']).toMatchObject({ text: '2', value: 2 });
  });

  test('gold: the year-on-year rise in the monthly average', () => {
    const m = dataSets['content/data/gold_usd_oz_monthly.csv']!;
    const v = (100 * Number(m.get('2026-01-01')!['gold_usd_oz_monthly_avg'])) / Number(m.get('2025-01-01')!['gold_usd_oz_monthly_avg']) - 100;
    expect(numbers['markets-gold-monthly-year-change']).toMatchObject({ text: '75.4%', value: oneDecimal(v) });
  });

  test('months and the definition break', () => {
    expect(['first', 'year-before', 'story', 'peak', 'last'].map((k) => numbers[`markets-gold-monthly-${k}-month`]!.text)).toEqual([
      'January 1960', 'January 2025', 'January 2026', 'February 2026', 'June 2026',
    ]);
    expect(numbers['markets-gold-definition-break']).toMatchObject({ text: 'June 2025', value: '2025-06', isDate: true });
  });
});

describe('the figures the story quotes', () => {
  test.each([
    ['markets-base-date', '28 January 2025'],
    ['markets-ytd-base-date', '31 December 2025'],
    ['markets-dow-base-close', '44,850.35'],
    ['markets-dow-day-close', '49,015.60'],
    ['markets-sp500-ahead-from', '23 April 2025'],
    ['markets-nasdaq-ahead-from', '12 May 2025'],
    ['markets-nasdaq-widest-date', '3 November 2025'],
    ['markets-gold-above-date', '28 January 2026'],
    ['markets-gold-above-close', '5,301.6'],
    ['markets-gold-flat-first-date', '27 January 2026'],
    ['markets-gold-high-close', '5,318.4'],
    ['markets-gold-highest-high', '5,586.2'],
    ['markets-gold-highest-high-date', '29 January 2026'],
    ['markets-gold-after-close', '4,713.9'],
    ['markets-gold-5000-date', '26 January 2026'],
    ['markets-gold-tass-first', '5,306'],
    ['markets-gold-tass-second', '5,405.38'],
    ['markets-gold-record-date', '29 January 2026'],
    ['markets-gold-futures-high', '5,626.80'],
    ['markets-gold-monthly-story', '4,753'],
    ['markets-gold-monthly-peak', '5,020'],
  ])('%s = %s', (id, text) => {
    expect(getNumber(id).text).toBe(text);
  });

  test('each spot record figure comes from the row of the source the prose names', () => {
    const records = dataSets['content/data/gold_jan2026_reported_records.csv']!;
    const named = (id: string) => records.get(numbers[id]!.source.row)!;
    expect(named('markets-gold-spot-bloomberg')['note']).toMatch(/Bloomberg/);
    expect(named('markets-gold-spot-reuters-1')['note']).toMatch(/^Reuters/);
    expect(named('markets-gold-spot-reuters-1')['what']).toMatch(/Asian session/);
    expect(named('markets-gold-spot-reuters-2')['note']).toMatch(/^Reuters/);
    expect(named('markets-gold-spot-aggregator')['note']).toMatch(/low-confidence aggregator citing TradingEconomics/);
    expect(named('markets-gold-futures-high')['instrument']).toBe('COMEX gold futures, Feb-2026 contract');
    expect(named('markets-gold-tass-first')['note']).toMatch(/^TASS/);
    expect(['bloomberg', 'reuters-1', 'reuters-2', 'aggregator'].map((k) => numbers[`markets-gold-spot-${k}`]!.text)).toEqual(['5,588.71', '5,591.61', '5,594.82', '5,608.35']);
  });

  test('dates are marked as dates and numbers are not', () => {
    for (const [id, f] of entries) expect(Boolean(f.isDate), id).toBe(typeof f.value === 'string');
  });

  test("Yahoo's highest daily high in the window is below Reuters' contract high", () => {
    const highs = [...dataSets['content/data/gold_usd_oz_daily_comex_gcf_yahoo.csv']!.values()].filter((r) => r['date']! >= '2025-01-01').map((r) => Number(r['high']));
    expect(numbers['markets-gold-highest-high']!.value).toBe(Math.max(...highs));
    expect(Math.max(...highs)).toBeLessThan(numbers['markets-gold-futures-high']!.value as number);
  });

  test('numbers show the decimals their data file has', () => {
    expect(numbers['markets-gold-first-close']!.text).toBe(formatNumber(2658.9, 1));
    expect(numbers['markets-gold-monthly-first']!.text).toBe('35');
  });

  test('every <Num id> in the chapter names a figure, and the chapter quotes only existing ids', () => {
    const mdx = readFileSync(new URL('../../../../content/chapters/06-two-markets.mdx', import.meta.url), 'utf8');
    const ids = [...mdx.matchAll(/<Num id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(40);
    for (const id of ids) expect(() => getNumber(id), id).not.toThrow();
  });
});
