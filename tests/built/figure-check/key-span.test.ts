// Date keys as spans of days: a date, a month, a quarter; the earliest and latest of several; a month dropped for a day inside it.
import { describe, expect, test } from 'vitest';
import { ends, narrowest, spanOf } from './key-span';

describe('spanOf', () => {
  test('a date, a month and a quarter, each as its first and last day', () => {
    expect(spanOf('2026-01-28')).toEqual({ key: '2026-01-28', first: '2026-01-28', last: '2026-01-28' });
    expect(spanOf('2024-02')).toEqual({ key: '2024-02', first: '2024-02-01', last: '2024-02-29' });
    expect(spanOf('2025Q4')).toEqual({ key: '2025Q4', first: '2025-10-01', last: '2025-12-31' });
    expect(spanOf('2025')).toBeUndefined();
  });

  test('the earliest start and latest end; a month gives way to a day inside it', () => {
    const spans = ['2019-12', '2019-12-05', '2008-03-18', '2026-01-28', '2021Q1'].map((k) => spanOf(k)!);
    expect(narrowest(spans).map((s) => s.key)).toEqual(['2019-12-05', '2008-03-18', '2026-01-28', '2021Q1']);
    const e = ends(narrowest(spans))!;
    expect([e.start.key, e.end.key]).toEqual(['2008-03-18', '2026-01-28']);
    expect(ends([])).toBeUndefined();
  });
});
