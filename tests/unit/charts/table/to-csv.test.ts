// Covers src/charts/table/to-csv.ts: header row of column keys, empty cells for nulls, quoting and a trailing newline.
import { describe, expect, test } from 'vitest';
import { climb } from '../../../../src/charts/climb/climb';
import { stateDataToCsv } from '../../../../src/charts/table/to-csv';

describe('stateDataToCsv', () => {
  test('header, nulls as empty cells, quoting, column order from the definition, trailing newline', () => {
    const csv = stateDataToCsv({
      columns: [{ key: 'b', label: 'B' }, { key: 'a', label: 'A', numeric: true }],
      rows: [{ a: 1.5, b: 'x' }, { a: null, b: 'has, comma' }, { a: 0, b: 'say "hi"' }],
    });
    expect(csv).toBe('b,a\nx,1.5\n"has, comma",\n"say ""hi""",0\n');
  });

  test('a table with no rows is just the header', () => {
    expect(stateDataToCsv({ columns: [{ key: 'date', label: 'Date' }], rows: [] })).toBe('date\n');
  });

  test('the milestones download', () => {
    expect(stateDataToCsv(climb.data('milestones'))).toBe(
      [
        'level,first_close,close,days,step',
        '1000,1998-02-02,1001.27,,',
        '2000,2014-08-26,2000.02,4168,+100%',
        '3000,2019-07-12,3013.77,1227,+50%',
        '4000,2021-04-01,4019.87,434,+33.3%',
        '5000,2024-02-09,5026.61,719,+25%',
        '6000,2024-11-11,6001.35,190,+20%',
        '7000,2026-04-15,7022.95,355,+16.7%',
        '',
      ].join('\n'),
    );
  });

  test('the jan28 download', () => {
    expect(stateDataToCsv(climb.data('jan28'))).toBe(
      'date,open,high,low,close\n2026-01-27,6965.96,6988.82,6958.83,6978.6\n2026-01-28,7002,7002.28,6963.46,6978.03\n',
    );
  });
});
