// Finding figures in text: dates, months, quarters, years, times, numbers with units, ranges, qualifiers, words, and what is not a figure.
import { describe, expect, test } from 'vitest';
import { findFigures, type Skipped } from './find';

const brief = (text: string, skipped?: Skipped[]) => findFigures(text, skipped).map((f) => `${f.kind}:${f.text}`);

describe('findFigures', () => {
  test('dates in every written form, with the weekday before or after', () => {
    const [a, b, c, d] = findFigures('Wednesday 28 January 2026, 28 Jan 2026, Wed 28 Jan and January 15, 2026');
    expect([a!.day, a!.month, a!.year, a!.weekday]).toEqual([28, 1, 2026, 3]);
    expect([b!.day, b!.month, b!.year]).toEqual([28, 1, 2026]);
    expect([c!.day, c!.year, c!.weekday]).toEqual([28, undefined, 3]);
    expect([d!.day, d!.month, d!.year]).toEqual([15, 1, 2026]);
    expect(findFigures('On 28 January 2026, a Wednesday, the index')[0]!.weekday).toBe(3);
  });

  test('months, quarters, years and times', () => {
    expect(brief('January 2026, Jan 2026, Feb-2026 contract, 2025 Q4, 2021Q1, in 2019, at 08:32 UTC')).toEqual([
      'month:January 2026',
      'month:Jan 2026',
      'month:Feb-2026',
      'quarter:2025 Q4',
      'quarter:2021Q1',
      'year:2019',
      'time:08:32',
    ]);
  });

  test('a quarter written in words: first to fourth, and final or last for the fourth', () => {
    const [a, b, c] = findFigures('For the final quarter of 2024; that last quarter of 2023 and the second quarter of 2025.');
    expect([a!.kind, a!.text, a!.year, a!.quarter]).toEqual(['quarter', 'final quarter of 2024', 2024, 4]);
    expect([b!.year, b!.quarter]).toEqual([2023, 4]);
    expect([c!.year, c!.quarter]).toEqual([2025, 2]);
    expect(brief('the quarter of a century')).toEqual([]);
  });

  test('numbers keep their sign, percent, currency and unit; a range shares its unit', () => {
    const [close, pct, eur, low, high, lead] = findFigures('6,978.03 and +20.9%, EUR 13.2 bn, 1.9 to 2.1 times, -6.57');
    expect([close!.value, close!.decimals]).toEqual(['6978.03', 2]);
    expect([pct!.value, pct!.signed, pct!.percent]).toEqual(['20.9', true, true]);
    expect([eur!.currency, eur!.unit]).toEqual(['EUR', 'bn']);
    expect([low!.unit, high!.unit]).toEqual(['times', 'times']);
    expect(lead!.value).toBe('-6.57');
    const [a, b] = findFigures('1.5–1.7% of it, 25.6–29 bn');
    expect([a!.percent, b!.percent]).toEqual([true, true]);
    expect(findFigures('13.2 − 7.4')[1]!.signed).toBe(false);
  });

  test('qualifiers and number words', () => {
    const [twice] = findFigures('about twice the forecasts');
    expect([twice!.value, twice!.unit, twice!.qualifier]).toEqual(['2', 'times', 'about']);
    expect(findFigures('more than a century and a half')[0]).toMatchObject({ value: '150', unit: 'years', qualifier: 'more than' });
    expect(findFigures('chart of seven milestones')[0]).toMatchObject({ value: '7', unit: 'count' });
    expect(findFigures('over twelve months')[0]).toMatchObject({ value: '12', unit: 'months' });
    expect(findFigures('the one below it')).toEqual([]);
  });

  test('the first of two days sharing a month takes its month and year; an ISO interval’s ends are figures, not a path', () => {
    const [a, b] = findFigures('the sessions of 27 and 28 January 2026');
    expect([a!.kind, a!.text, a!.day, a!.month, a!.year]).toEqual(['date', '27', 27, 1, 2026]);
    expect([b!.kind, b!.text]).toEqual(['date', '28 January 2026']);
    expect(brief('27–28 Jan')).toEqual(['date:27', 'date:28 Jan']);
    expect(brief('Step 2 of 4 and 3.5 to 28 bn')).toEqual(['number:2', 'number:4', 'number:3.5', 'number:28']);
    expect(brief('1871-01/2026-04-15')).toEqual(['month:1871-01', 'date:2026-04-15']);
    expect(brief('2021-01/2025-12')).toEqual(['month:2021-01', 'month:2025-12']);
  });

  test('sessions are counted; "ten years" measures years', () => {
    expect(findFigures('the 449 sessions are not offered')[0]).toMatchObject({ value: '449', unit: 'sessions' });
    expect(findFigures('ten years of daily closes')[0]).toMatchObject({ value: '10', unit: 'years', words: true });
    expect(findFigures('two days')[0]).toMatchObject({ value: '2', unit: 'days' });
  });

  test('addresses, file and project names, tickers and the index name are skipped, with a reason', () => {
    const skipped: Skipped[] = [];
    expect(brief('S&P 500 via https://x.com/2026/01/29/a?id=5 in sp500_daily_close.csv from fja05680/stock_market_calendar (^GSPC, SP500)', skipped)).toEqual([]);
    expect(skipped.map((s) => s.reason)).toContain('a web address');
    expect(skipped.map((s) => s.text)).toContain('S&P 500');
  });
});
