// Covers src/charts/table/shorten-rows.ts: long tables keep first, lowest, highest and last rows; short ones stay whole.
import { describe, expect, test } from 'vitest';
import { climb } from '../../../../src/charts/climb/climb';
import type { StateData } from '../../../../src/charts/define-chart';
import { MAX_TABLE_ROWS, shortenRows } from '../../../../src/charts/table/shorten-rows';

const table = (values: number[], valueColumn: string | null = 'v'): StateData => ({
  columns: [{ key: 'i', label: 'I' }, { key: 'v', label: 'V', numeric: true }],
  rows: values.map((v, i) => ({ i, v })),
  ...(valueColumn === null ? {} : { valueColumn }),
});

describe('shortenRows', () => {
  test('up to MAX_TABLE_ROWS rows are kept whole', () => {
    expect(MAX_TABLE_ROWS).toBe(24);
    const data = table(Array.from({ length: 24 }, (_, i) => i));
    expect(shortenRows(data)).toEqual({ rows: data.rows, shortened: false });
  });

  test('a long table without a value column is kept whole', () => {
    const data = table(Array.from({ length: 30 }, (_, i) => i), null);
    expect(shortenRows(data)).toEqual({ rows: data.rows, shortened: false });
  });

  test('first, lowest, highest and last, in table order', () => {
    const values = Array.from({ length: 30 }, (_, i) => 100 + i);
    values[20] = 5;
    values[7] = 900;
    expect(shortenRows(table(values))).toEqual({
      rows: [{ i: 0, v: 100 }, { i: 7, v: 900 }, { i: 20, v: 5 }, { i: 29, v: 129 }],
      shortened: true,
    });
  });

  test('no row appears twice when the first is the lowest and the last the highest', () => {
    const values = Array.from({ length: 30 }, (_, i) => i);
    expect(shortenRows(table(values)).rows).toEqual([{ i: 0, v: 0 }, { i: 29, v: 29 }]);
  });

  test('the from-6000 table shortens to its start, low, high and end', () => {
    const { rows, shortened } = shortenRows(climb.data('from-6000'));
    expect(shortened).toBe(true);
    expect(rows).toEqual([
      { date: '2024-11-11', close: 6001.35 },
      { date: '2025-04-08', close: 4982.77 },
      { date: '2026-01-27', close: 6978.6 },
      { date: '2026-01-28', close: 6978.03 },
    ]);
  });
});
