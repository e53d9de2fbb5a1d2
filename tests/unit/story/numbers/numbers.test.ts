// Covers src/story/numbers/the-climb.ts (other chapters' figure modules have their own tests) and figures.ts: each quoted figure equals its source row in the parsed CSV, and unknown ids fail.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatDate, formatNumber, isoDay } from '../../../../src/story/format';
import { sp500DailyClose } from '../../../../src/data/sp500-daily-close';
import { sp500DailyOhlc } from '../../../../src/data/sp500-daily-ohlc';
import { sp500Milestones } from '../../../../src/data/sp500-milestones';
import { sp500Monthly } from '../../../../src/data/sp500-monthly';
import { theClimbNumbers } from '../../../../src/story/numbers/the-climb';
import { getNumber, numbers } from '../../../../src/story/numbers/numbers';
import { theOrderBookNumbers } from '../../../../src/story/numbers/the-order-book';
import { afterTheBellNumbers } from '../../../../src/story/numbers/after-the-bell';
import { theFedHoldsNumbers } from '../../../../src/story/numbers/the-fed-holds';
import { aTrillionDollarRumourNumbers } from '../../../../src/story/numbers/a-trillion-dollar-rumour';
import { twoMarketsNumbers } from '../../../../src/story/numbers/two-markets';

/** Each data file's parsed rows, keyed the way figure sources name rows. */
const dataSets: Record<string, Map<string, Record<string, unknown>>> = {
  'content/data/sp500_daily_close.csv': new Map(sp500DailyClose.map((r) => [isoDay(r.date), r])),
  'content/data/sp500_daily_ohlc_yahoo.csv': new Map(sp500DailyOhlc.map((r) => [isoDay(r.date), r])),
  'content/data/sp500_monthly.csv': new Map(sp500Monthly.map((r) => [isoDay(r.date), r])),
  'content/data/sp500_milestones.csv': new Map(sp500Milestones.map((r) => [String(r.level), r])),
};

const entries = Object.entries(theClimbNumbers());
const direct = entries.filter(([, f]) => !f.source.column.startsWith('computed:'));
const computed = entries.filter(([, f]) => f.source.column.startsWith('computed:'));

describe('figures drawn straight from a row', () => {
  test.each(direct)('%s', (id, f) => {
    const rows = dataSets[f.source.file];
    expect(rows, `data file ${f.source.file}`).toBeDefined();
    const row = rows!.get(f.source.row);
    expect(row, `row ${f.source.row} of ${f.source.file}`).toBeDefined();
    const cell = row![f.source.column];
    if (f.isDate) {
      expect(cell).toBeInstanceOf(Date);
      expect(f.value).toBe(isoDay(cell as Date));
      expect(f.text).toBe(formatDate(cell as Date));
    } else if (cell instanceof Date) {
      expect(id).toBe('first-month-year');
      expect(f.value).toBe(cell.getUTCFullYear());
    } else {
      expect(typeof cell).toBe('number');
      expect(f.value).toBe(cell);
      expect([formatNumber(cell as number), formatNumber(cell as number, 2)]).toContain(f.text);
      expect(Number(f.text.replace(/,/g, ''))).toBe(cell);
    }
  });
});

describe('computed figures', () => {
  test('the list is exactly the day count and the percentage steps', () => {
    expect(computed.map(([id]) => id).sort()).toEqual(
      ['bear-2022-fall', 'days-6000-to-day', 'milestone-2000-step', 'milestone-3000-step', 'milestone-4000-step', 'milestone-5000-step', 'milestone-6000-step', 'milestone-7000-step'].sort(),
    );
  });

  test('trading days from the first 6,000 close to the day: rows after 2024-11-11 up to 2026-01-28', () => {
    const n = sp500DailyClose.filter((r) => isoDay(r.date) > '2024-11-11' && isoDay(r.date) <= '2026-01-28').length;
    expect(getNumber('days-6000-to-day')).toMatchObject({ value: n, text: String(n), source: { row: '2024-11-11..2026-01-28' } });
    expect(n).toBe(302);
  });

  test('the 2022 fall: the highest 2022 close, the lowest close after it, and the fall between them', () => {
    const year = sp500DailyClose.filter((r) => r.date.getUTCFullYear() === 2022);
    const high = year.reduce((a, b) => (b.close > a.close ? b : a));
    const low = year.filter((r) => r.date >= high.date).reduce((a, b) => (b.close < a.close ? b : a));
    expect([isoDay(high.date), high.close, isoDay(low.date), low.close]).toEqual(['2022-01-03', 4796.56, '2022-10-12', 3577.03]);
    expect(getNumber('bear-2022-high-date')).toMatchObject({ text: '3 January 2022', value: '2022-01-03', isDate: true });
    expect(getNumber('bear-2022-low-date')).toMatchObject({ text: '12 October 2022', value: '2022-10-12', isDate: true });
    expect(getNumber('bear-2022-fall')).toMatchObject({ text: '25.4%', value: 25.4, source: { row: '2022-01-03, 2022-10-12' } });
    expect(Math.round((1 - 3577.03 / 4796.56) * 1000) / 10).toBe(25.4);
  });

  test('percentage steps between consecutive levels', () => {
    expect(['2000', '3000', '4000', '5000', '6000', '7000'].map((l) => [getNumber(`milestone-${l}-step`).text, getNumber(`milestone-${l}-step`).value])).toEqual([
      ['+100%', 100], ['+50%', 50], ['+33.3%', 33.3], ['+25%', 25], ['+20%', 20], ['+16.7%', 16.7],
    ]);
    expect(getNumber('milestone-7000-step').source.row).toBe('6000..7000');
  });
});

describe('the figures the story quotes', () => {
  test.each([
    ['day', '28 January 2026', '2026-01-28'],
    ['day-open', '7,002.00', 7002],
    ['day-high', '7,002.28', 7002.28],
    ['day-low', '6,963.46', 6963.46],
    ['day-close', '6,978.03', 6978.03],
    ['previous-close', '6,978.60', 6978.6],
    ['previous-close-date', '27 January 2026', '2026-01-27'],
    ['first-month-average', '4.44', 4.44],
    ['first-month-year', '1871', 1871],
    ['run-low', '4,982.77', 4982.77],
    ['run-low-date', '8 April 2025', '2025-04-08'],
    ['days-6000-to-day', '302', 302],
    ['milestone-2000-days', '4,168', 4168],
    ['milestone-5000-days', '719', 719],
    ['milestone-6000-days', '190', 190],
    ['milestone-6000-date', '11 November 2024', '2024-11-11'],
    ['milestone-6000-close', '6,001.35', 6001.35],
    ['milestone-7000-date', '15 April 2026', '2026-04-15'],
    ['milestone-7000-close', '7,022.95', 7022.95],
    ['milestone-7000-first-touch', '28 January 2026', '2026-01-28'],
  ])('%s = %s', (id, text, value) => {
    expect(getNumber(id)).toMatchObject({ text, value });
  });

  test('dates are marked as dates and numbers are not', () => {
    for (const [id, f] of entries) expect(Boolean(f.isDate), id).toBe(typeof f.value === 'string');
  });

  test('milestones without an intraday date or a gap get no such figure', () => {
    expect(numbers['milestone-5000-first-touch']).toBeUndefined();
    expect(numbers['milestone-1000-days']).toBeUndefined();
    expect(numbers['milestone-1000-step']).toBeUndefined();
  });

  test('numbers.ts is the union of every chapter module, with no id defined twice', () => {
    const modules = [theClimbNumbers(), theOrderBookNumbers(), afterTheBellNumbers(), theFedHoldsNumbers(), aTrillionDollarRumourNumbers(), twoMarketsNumbers()];
    const ids = modules.flatMap((m) => Object.keys(m));
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(numbers).sort()).toEqual(ids.sort());
  });

  test('every <Num id> in the chapters names a figure', () => {
    const dir = new URL('../../../../content/chapters/', import.meta.url);
    const ids = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => [...readFileSync(new URL(f, dir), 'utf8').matchAll(/<Num id="([^"]+)"/g)].map((m) => m[1]!));
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(() => getNumber(id), id).not.toThrow();
  });
});

test('an unknown id fails listing the ids that exist', () => {
  expect(() => getNumber('day-clsoe')).toThrow(new Error(`<Num id="day-clsoe">: no such number; expected one of: ${Object.keys(numbers).join(', ')}`));
  expect(() => getNumber('day-clsoe')).toThrow(/expected one of: day, day-open, day-high, day-low, day-close, previous-close, /);
});

test('numbers are formatted with the decimals the prose uses', () => {
  expect(getNumber('day-open').text).toBe(formatNumber(7002, 2));
  expect(getNumber('milestone-2000-days').text).toBe(formatNumber(4168));
});
