// The named computations, recomputed from content/data and held to figures stated independently (SOURCES.md) or worked by hand.
import { describe, expect, test } from 'vitest';
import { computations, deepestFall, marketBases, storyDay, tableColumnValues } from './computations';
import { loadData } from './data';

const data = loadData();
const all = computations(data);
const value = (name: string) => {
  const c = all.filter((x) => x.name === name);
  expect(c.length, `one computation named "${name}"`).toBe(1);
  return c[0]!.value;
};

describe('computations', () => {
  test('the story day and its bases come from the data', () => {
    expect(storyDay(data)).toEqual({ day: '2026-01-28', level: 7000 });
    expect(marketBases(data)).toEqual({ yearBase: '2025-01-28', ytdBase: '2025-12-31' });
  });

  test('trading days from the first 6,000 close to the story day: 302, as SOURCES.md reports from Dow Jones Market Data', () => {
    expect(value('trading days after the first 6000 close (2024-11-11) up to the story day')).toBe(302);
  });

  test('milestone steps and the long view', () => {
    expect(value('rise from 1000 to 2000 (percent)')).toBe(100);
    expect(Number(value('rise from 6000 to 7000 (percent)')).toFixed(1)).toBe('16.7');
    expect(value('years from the first monthly average to the story year')).toBe(155);
    expect(Number(value('story month average / first monthly average (times)'))).toBeCloseTo(6929.12 / 4.44, 6);
  });

  test('Fed cycles: 9 hikes from December 2015, 11 from March 2022, then 8 holds; 3 + 3 cuts around a pause of 5', () => {
    expect(value('hikes from 2015-12-16 to 2018-12-19')).toBe(9);
    expect(value('hikes from 2022-03-16 to 2023-07-26')).toBe(11);
    expect(value('holds in a row after the hike of 2023-07-26')).toBe(8);
    expect(value('cuts in 2024')).toBe(3);
    expect(value('cuts in 2025')).toBe(3);
    expect(value('holds in a row after the cut of 2024-12-18')).toBe(5);
    expect(value('unscheduled cuts in 2020-03')).toBe(2);
    expect(Number(value('fall of the upper bound from its peak (2023-07-26) to 2026-01-28, percentage points'))).toBeCloseTo(1.75, 9);
    // The largest hikes of the whole record (from January 2015) are the four of 75 bp in 2022.
    expect(value('hikes of the largest size (75 bp) in the whole record, from 2015-01-28')).toBe(4);
  });

  test('the bear market of 2022: the deepest fall of the close between the first closes above 4,000 and 5,000', () => {
    // sp500_daily_close.csv: 4,796.56 on 2022-01-03 (the highest close of the window before the fall), 3,577.03 on 2022-10-12.
    const between = 'between the first closes at or above 4000 and 5000';
    expect(Number(value(`deepest fall of the close, highest close to lowest close after it, ${between} (percent, negative)`))).toBeCloseTo((3577.03 / 4796.56 - 1) * 100, 9);
    expect(value(`date of the highest close before the deepest fall ${between}`)).toBe('2022-01-03');
    expect(value(`date of the lowest close of the deepest fall ${between}`)).toBe('2022-10-12');
    // The daily closes start in 2016: no fall is computed for the steps before 3,000.
    expect(all.some((c) => c.name.includes('at or above 1000 and 2000'))).toBe(false);
  });

  test('the deepest fall takes the lowest close after the highest one, not the lowest of the window', () => {
    const r = (date: string, close: string) => ({ file: 'x.csv', line: 2, cells: { date, close }, keys: [date] });
    const closes = [r('2020-01-01', '100'), r('2020-01-02', '80'), r('2020-01-03', '160'), r('2020-01-04', '120'), r('2020-01-05', '170')];
    expect(deepestFall(closes, '2020-01-01', '2020-01-05')).toEqual({ percent: 25, peak: '2020-01-03', trough: '2020-01-04' });
    expect(deepestFall(closes, '2019-12-01', '2020-01-05')).toBeUndefined();
  });

  test('two markets: changes and leads worked from the closes', () => {
    // Nasdaq 19,733.59 on 2025-01-28 and 23,857.45 on 2026-01-28; Dow 44,850.35 and 49,015.60.
    expect(Number(value('nasdaq change 2025-01-28 to 2026-01-28 (percent)'))).toBeCloseTo((23857.45 / 19733.59 - 1) * 100, 9);
    expect(Number(value('nasdaq lead over the Dow on 2026-01-28 (points)'))).toBeCloseTo((23857.45 / 19733.59 - 49015.6 / 44850.35) * 100, 9);
    expect(value('date of the Nasdaq\'s lowest close after 2025-01-28')).toBe('2025-04-08');
  });

  test('a table column is computed for its row, from the header’s base day', () => {
    const row = data.files.get('dow_nasdaq_daily_close.csv')!.rows.find((r) => r.cells.date === '2026-01-28')!;
    const [v] = tableColumnValues(data, 'Dow rebased (28 Jan 2025 = 100)', row, ['2025-01-28']);
    expect(v!.value).toBeCloseTo((49015.6 / 44850.35) * 100, 9);
  });
});
