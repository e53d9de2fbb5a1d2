// Covers src/charts/lib/table-cell.ts: data-table cells read correctly (commas for thousands, dates spelled out, gaps named).
import { describe, expect, test } from 'vitest';
import { tableCell } from '../../../../src/charts/table/table-cell';

describe('tableCell', () => {
  test('numbers with commas for thousands, never spaces', () => {
    expect(tableCell(6978.03)).toEqual({ text: '6,978.03' });
    expect(tableCell(1861)).toEqual({ text: '1,861' });
    expect(tableCell(-1234.5)).toEqual({ text: '-1,234.5' });
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
