// Covers src/charts/table/table-cell.ts: data-table cells read correctly (commas for thousands, dates spelled out, gaps named, decimals as the prose writes them).
import { describe, expect, test } from 'vitest';
import { withDecimals } from '../../../../src/story/format';
import { tableCell } from '../../../../src/charts/table/table-cell';
import { getChart } from '../../../../src/charts/registry';
import { getNumber } from '../../../../src/story/numbers/numbers';

describe('tableCell', () => {
  test('numbers with commas for thousands, never spaces', () => {
    expect(tableCell(6978.03)).toEqual({ text: '6,978.03' });
    expect(tableCell(1861)).toEqual({ text: '1,861' });
    expect(tableCell(-1234.5)).toEqual({ text: '-1,234.5' });
  });

  test("a column's format fixes the decimals, trailing zeros kept; text and gaps are untouched by it", () => {
    expect(tableCell(6978.6, withDecimals(2))).toEqual({ text: '6,978.60' });
    expect(tableCell(7002, withDecimals(2))).toEqual({ text: '7,002.00' });
    expect(tableCell(6978.6)).toEqual({ text: '6,978.6' });
    expect(tableCell(null, withDecimals(2))).toEqual({ text: '–', spoken: 'none' });
    expect(tableCell('2024-11-11', withDecimals(2))).toEqual({ text: '11 November 2024', datetime: '2024-11-11' });
  });

  test('ISO days and months are spelled out, with their machine form', () => {
    expect(tableCell('2024-11-11')).toEqual({ text: '11 November 2024', datetime: '2024-11-11' });
    expect(tableCell('2025-09-03')).toEqual({ text: '3 September 2025', datetime: '2025-09-03' });
    expect(tableCell('1871-01')).toEqual({ text: 'January 1871', datetime: '1871-01' });
  });

  test('no value: a dash on screen, "none" when read aloud', () => {
    expect(tableCell(null)).toEqual({ text: '–', spoken: 'none' });
    expect(tableCell(undefined)).toEqual({ text: '–', spoken: 'none' });
    expect(tableCell('')).toEqual({ text: '–', spoken: 'none' });
  });

  test('other text as it is', () => {
    expect(tableCell('+16.7%')).toEqual({ text: '+16.7%' });
    expect(tableCell('2025-Q3')).toEqual({ text: '2025-Q3' });
    expect(tableCell('fred_monthly_mean')).toEqual({ text: 'fred_monthly_mean' });
    expect(tableCell('2025-13-45')).toEqual({ text: '2025-13-45' });
  });
});

describe("the charts' tables write a figure as the prose does", () => {
  /** The table text of `column` in the row of `state` whose `key` cell is `at`. */
  const cellOf = (chart: string, state: string, key: string, at: string | number, column: string): string => {
    const data = getChart(chart).data(state);
    const row = data.rows.find((r) => r[key] === at);
    const col = data.columns.find((c) => c.key === column);
    if (!row || !col) throw new Error(`${chart}/${state}: no row ${at} or column ${column}`);
    return tableCell(row[column], col.format).text;
  };

  test.each([
    ['climb', 'jan28', 'date', '2026-01-27', 'close', 'previous-close'],
    ['climb', 'jan28', 'date', '2026-01-28', 'open', 'day-open'],
    ['climb', 'from-6000', 'date', '2025-04-08', 'close', 'run-low'],
    ['day', 'day', 'item', 'S&P 500 open', 'value', 'day-open'],
    ['fed', 'hold', 'decision_date', '2026-01-28', 'lower', 'fed-hold-lower'],
    ['fed', 'zero-years', 'decision_date', '2015-01-28', 'lower', 'fed-start-lower'],
    ['indices', 'year', 'date', '2026-01-28', 'dow_close', 'markets-dow-day-close'],
    ['indices', 'year', 'date', '2026-01-28', 'dow_rebased', 'markets-dow-day-rebased'],
    ['gold', 'daily', 'date', '2026-01-29', 'close', 'markets-gold-high-close'],
    ['gold', 'records', 'value_usd_oz', 5626.8, 'value_usd_oz', 'markets-gold-futures-high'],
    ['gold', 'records', 'value_usd_oz', 5306, 'value_usd_oz', 'markets-gold-tass-first'],
  ] as const)('%s / %s: %s %s, %s = <Num id="%s">', (chart, state, key, at, column, id) => {
    expect(cellOf(chart, state, key, at, column)).toBe(getNumber(id).text);
  });
});
