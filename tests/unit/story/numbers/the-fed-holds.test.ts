// Covers src/story/numbers/the-fed-holds.ts: each figure chapter 4 quotes equals its row in the parsed target-range CSV or the count it names, and the chapter quotes only these.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatDate, isoDay } from '../../../../src/story/format';
import { fedFundsTargetRange } from '../../../../src/data/fed-funds-target-range';
import { theFedHoldsNumbers } from '../../../../src/story/numbers/the-fed-holds';
import { getNumber } from '../../../../src/story/numbers/numbers';

const FILE = 'content/data/fed_funds_target_range.csv';
const numbers = theFedHoldsNumbers();
const entries = Object.entries(numbers);
const rows = new Map(fedFundsTargetRange.map((r) => [isoDay(r.decision_date), r as unknown as Record<string, unknown>]));
const direct = entries.filter(([, f]) => !f.source.column.startsWith('computed:'));
const computed = entries.filter(([, f]) => f.source.column.startsWith('computed:'));

test('every id has the chapter prefix and names the target-range file', () => {
  for (const [id, f] of entries) {
    expect(id).toMatch(/^fed-/);
    expect(f.source.file).toBe(FILE);
  }
});

describe('figures drawn straight from a row', () => {
  test.each(direct)('%s', (_, f) => {
    const row = rows.get(f.source.row);
    expect(row, `row ${f.source.row}`).toBeDefined();
    const cell = row![f.source.column];
    if (f.isDate) {
      expect(cell).toBeInstanceOf(Date);
      expect(f.value).toBe(isoDay(cell as Date));
      expect(f.text).toBe(formatDate(cell as Date));
    } else {
      expect(typeof cell).toBe('number');
      expect(f.value).toBe(cell);
      expect(Number(f.text)).toBe(cell);
      // Rates keep two decimals ("0.50", "3.50"), except zero.
      expect(f.text).toBe(cell === 0 ? '0' : (cell as number).toFixed(2));
    }
  });
});

describe('computed figures: counts and differences over the rows they name', () => {
  const between = (from: string, to: string) => fedFundsTargetRange.filter((r) => isoDay(r.decision_date) >= from && isoDay(r.decision_date) <= to);
  const actions = (from: string, to: string, action: string) => between(from, to).filter((r) => r.action === action).length;

  test('the list', () => {
    expect(computed.map(([id]) => id).sort()).toEqual(
      [
        'fed-meetings-2025', 'fed-range-width', 'fed-2018-hikes', 'fed-2019-cuts', 'fed-hikes-count', 'fed-hikes-biggest-bp', 'fed-hikes-biggest-count',
        'fed-peak-holds', 'fed-cuts-2024-count', 'fed-cuts-2024-first-bp', 'fed-pause-holds', 'fed-cuts-2025-count', 'fed-cuts-2025-bp', 'fed-peak-to-hold',
      ].sort(),
    );
  });

  test.each([
    ['fed-meetings-2025', 8, '8', '2025-01-29..2025-12-10', between('2025-01-01', '2025-12-31').filter((r) => r.meeting_type === 'scheduled').length],
    ['fed-2018-hikes', 9, '9', '2015-12-16..2018-12-19', actions('2015-01-01', '2018-12-31', 'hike')],
    ['fed-2019-cuts', 3, '3', '2019-07-31..2019-10-30', actions('2019-01-01', '2019-12-31', 'cut')],
    ['fed-hikes-count', 11, '11', '2022-03-16..2023-07-26', actions('2022-03-01', '2023-07-31', 'hike')],
    ['fed-hikes-biggest-count', 4, '4', '2022-06-15..2022-11-02', between('2022-01-01', '2023-12-31').filter((r) => r.change_bp === 75).length],
    ['fed-peak-holds', 8, '8', '2023-09-20..2024-07-31', actions('2023-07-27', '2024-07-31', 'hold')],
    ['fed-cuts-2024-count', 3, '3', '2024-09-18..2024-12-18', actions('2024-01-01', '2024-12-31', 'cut')],
    ['fed-pause-holds', 5, '5', '2025-01-29..2025-07-30', actions('2025-01-01', '2025-08-31', 'hold')],
    ['fed-cuts-2025-count', 3, '3', '2025-09-17..2025-12-10', actions('2025-01-01', '2025-12-31', 'cut')],
  ])('%s = %s', (id, value, text, row, recount) => {
    expect(numbers[id]).toMatchObject({ value, text, source: { row } });
    expect(recount).toBe(value);
  });

  test('sizes and differences', () => {
    expect(numbers['fed-hikes-biggest-bp']).toMatchObject({ value: 75, text: '75' });
    expect(Math.max(...fedFundsTargetRange.filter((r) => r.action === 'hike').map((r) => r.change_bp))).toBe(75);
    expect(numbers['fed-cuts-2024-first-bp']).toMatchObject({ value: 50, text: '50', source: { row: '2024-09-18..2024-09-18' } });
    expect(rows.get('2024-09-18')!['change_bp']).toBe(-50);
    expect(numbers['fed-cuts-2025-bp']).toMatchObject({ value: 25, text: '25' });
    expect(['2025-09-17', '2025-10-29', '2025-12-10'].map((k) => rows.get(k)!['change_bp'])).toEqual([-25, -25, -25]);
    expect(numbers['fed-range-width']).toMatchObject({ value: 0.25, text: '0.25', source: { row: '2015-01-28..2026-01-28' } });
    for (const r of fedFundsTargetRange) expect(r.upper - r.lower).toBeCloseTo(0.25, 12);
    expect(numbers['fed-peak-to-hold']).toMatchObject({ value: 1.75, text: '1.75', source: { row: '2023-07-26..2026-01-28' } });
  });
});

describe('the figures the story quotes', () => {
  test.each([
    ['fed-hold-date', '28 January 2026', '2026-01-28'],
    ['fed-hold-lower', '3.50', 3.5],
    ['fed-hold-upper', '3.75', 3.75],
    ['fed-start-lower', '0', 0],
    ['fed-start-upper', '0.25', 0.25],
    ['fed-first-hike-date', '16 December 2015', '2015-12-16'],
    ['fed-first-hike-upper', '0.50', 0.5],
    ['fed-2018-date', '19 December 2018', '2018-12-19'],
    ['fed-2018-lower', '2.25', 2.25],
    ['fed-2018-upper', '2.50', 2.5],
    ['fed-2020-first-cut-date', '3 March 2020', '2020-03-03'],
    ['fed-2020-second-cut-date', '15 March 2020', '2020-03-15'],
    ['fed-2020-lower', '0', 0],
    ['fed-hikes-first-date', '16 March 2022', '2022-03-16'],
    ['fed-hikes-last-date', '26 July 2023', '2023-07-26'],
    ['fed-peak-lower', '5.25', 5.25],
    ['fed-peak-upper', '5.50', 5.5],
    ['fed-cuts-2024-first-date', '18 September 2024', '2024-09-18'],
    ['fed-cuts-2024-end-date', '18 December 2024', '2024-12-18'],
    ['fed-cuts-2024-lower', '4.25', 4.25],
    ['fed-cuts-2024-upper', '4.50', 4.5],
    ['fed-cuts-2025-first-date', '17 September 2025', '2025-09-17'],
    ['fed-cuts-2025-second-date', '29 October 2025', '2025-10-29'],
    ['fed-cuts-2025-third-date', '10 December 2025', '2025-12-10'],
  ])('%s = %s', (id, text, value) => {
    expect(getNumber(id)).toMatchObject({ text, value });
  });

  test('the hold is the last row of the file', () => {
    const last = fedFundsTargetRange.at(-1)!;
    expect(numbers['fed-hold-date']!.source.row).toBe(isoDay(last.decision_date));
    expect(last.action).toBe('hold');
  });

  test('dates are marked as dates and numbers are not', () => {
    for (const [id, f] of entries) expect(Boolean(f.isDate), id).toBe(typeof f.value === 'string');
  });

  test('chapter 4 quotes only fed figures, each of which exists, and every fed figure is quoted', () => {
    const text = readFileSync(new URL('../../../../content/chapters/04-the-fed-holds.mdx', import.meta.url), 'utf8');
    const ids = [...text.matchAll(/<Num id="([^"]+)"/g)].map((m) => m[1]!);
    for (const id of ids) {
      expect(id).toMatch(/^fed-/);
      expect(() => getNumber(id), id).not.toThrow();
    }
    expect(new Set(ids)).toEqual(new Set(Object.keys(numbers)));
  });

  test('the prose types no count or level: every figure-like number is a year', () => {
    const text = readFileSync(new URL('../../../../content/chapters/04-the-fed-holds.mdx', import.meta.url), 'utf8');
    const body = text.split('---').slice(2).join('---').replace(/<Num id="[^"]+" \/>/g, '');
    const typed = [...body.matchAll(/\d[\d.,]*/g)].map((m) => m[0].replace(/[.,]$/, ''));
    for (const n of typed) expect(n, n).toMatch(/^(19|20)\d\d$/);
  });
});
