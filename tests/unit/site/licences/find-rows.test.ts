// Covers src/site/licences/find-rows.ts: rows of a series are found as CSV lines, JSON objects, HTML table rows and prose, by date and value or by a distinctive value alone; hashes, dates, other lines and imprecise values are not taken for rows.
import { describe, expect, test } from 'vitest';
import { PAIR_WINDOW, rowsIn, tokenize } from '../../../../src/site/licences/find-rows';
import type { Series } from '../../../../src/site/licences/series';

const daily: Series = {
  file: 'close.csv',
  rows: [
    { key: 'close.csv:2', readings: [{ date: '2026-01-27', values: [6978.6] }] },
    { key: 'close.csv:3', readings: [{ date: '2026-01-28', values: [6978.03] }] },
    { key: 'close.csv:4', readings: [{ date: '2026-01-29', values: [6969.01] }] },
    { key: 'close.csv:5', readings: [{ date: '2026-01-30', values: [4713.9] }] },
  ],
};
const monthly: Series = { file: 'monthly.csv', rows: [{ key: 'monthly.csv:2', readings: [{ date: '1871-01', values: [4.44] }] }, { key: 'monthly.csv:3', readings: [{ date: '1871-02', values: [4.5] }] }] };
const keys = (text: string, s: Series = daily, name = '') => rowsIn(text, s, name).map((r) => r.key);

describe('rows are found', () => {
  test('as CSV lines, with values written as stored or rounded', () => {
    expect(keys('date,close\n2026-01-27,6978.60\n2026-01-28,6978.03\n', daily, 'x.csv')).toEqual(['close.csv:2', 'close.csv:3']);
  });
  test('as JSON objects and arrays', () => {
    expect(keys(JSON.stringify([{ date: '2026-01-30', close: 4713.9 }]))).toEqual(['close.csv:5']);
  });
  test('as HTML table rows with spelled-out dates and thousands separators', () => {
    expect(keys('<tr><td><time datetime="2026-01-30">30 January 2026</time></td><td class="num">4,713.9</td></tr>')).toEqual(['close.csv:5']);
    expect(keys('<tr><td>30 Jan 2026</td><td>4,713.9</td></tr>')).toEqual(['close.csv:5']);
  });
  test('in prose, a level on a named day', () => {
    expect(keys('It closed at 4,713.9 on 30 January 2026.')).toEqual(['close.csv:5']);
  });
  test('by a value precise enough to name its row alone (five significant digits), anywhere', () => {
    expect(keys('[0.5, 6978.03, 12]')).toEqual(['close.csv:3']);
    expect(keys('the close of 6,978.03')).toEqual(['close.csv:3']);
  });
  test('monthly rows by month, written YYYY-MM, as the first of the month, or spelled out', () => {
    expect(keys('1871-01,4.44', monthly, 'x.csv')).toEqual(['monthly.csv:2']);
    expect(keys('1871-01-01,4.44\n1871-02-01,4.5', monthly, 'x.csv')).toEqual(['monthly.csv:2']);
    expect(keys('<td>January 1871</td><td>4.44</td>', monthly)).toEqual(['monthly.csv:2']);
  });
});

describe('what is not taken for a row', () => {
  test('a value without its date, when it has fewer than five significant digits', () => {
    expect(keys('4,713.9 and 4713.9')).toEqual(['close.csv:5']);
    expect(keys('4713')).toEqual([]);
    expect(keys('4.44', monthly)).toEqual([]);
  });
  test('a value with too few digits to pair with a date (4.5 on its month)', () => {
    expect(keys('1871-02,4.5', monthly, 'x.csv')).toEqual([]);
  });
  test('digits inside hashes, file names, versions and dates', () => {
    expect(keys('climb-6978ab03.json sha256-6978.03x v6978.03 2026-01-28')).toEqual([]);
  });
  test('in line-by-line files, a value on the next line from a date', () => {
    expect(keys('2026-01-30,1\n9,4713.9\n', { ...daily, rows: [{ key: 'k', readings: [{ date: '2026-01-30', values: [4713] }] }] }, 'x.csv')).toEqual([]);
  });
  test(`a date and a value more than ${PAIR_WINDOW} characters apart`, () => {
    const only = { ...daily, rows: [{ key: 'k', readings: [{ date: '2026-01-30', values: [4713] }] }] };
    expect(keys(`2026-01-30 ${'.'.repeat(PAIR_WINDOW)} 4713`, only)).toEqual([]);
    expect(keys(`2026-01-30 ${'.'.repeat(PAIR_WINDOW - 20)} 4713`, only)).toEqual(['k']);
  });
});

test('tokenize reads each number once, as written', () => {
  expect(tokenize('a 6,978.03 b 1,000,000 c 12.5% d -3').numbers.map((n) => [n.value, n.digits])).toEqual([
    [6978.03, 6],
    [1000000, 7],
    [12.5, 3],
  ]);
});

test('valuesAlone: false counts only values written with their dates', () => {
  expect(rowsIn('the close of 6,978.03', daily, '', { valuesAlone: false })).toEqual([]);
  expect(rowsIn('2026-01-28,6978.03', daily, 'x.csv', { valuesAlone: false }).map((r) => r.key)).toEqual(['close.csv:3']);
});
