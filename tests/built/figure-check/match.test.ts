// Comparing one shown figure with one cell: rounding, scale, percent, sign, column hints, and quoting from text cells or SOURCES.md.
import { describe, expect, test } from 'vitest';
import type { DataFile, DataRow } from './data';
import { findFigures } from './find';
import { cellInRow, columnsForHead, contextSourceFor, hintColumn, numberIsCell, occursAsToken, quotedInManifest, quotedInText, sourcesSection } from './match';

const fig = (text: string) => findFigures(text).find((f) => f.kind === 'number')!;
const row = (file: string, cells: Record<string, string>): DataRow => ({ file, line: 2, cells, keys: [] });

describe('numberIsCell', () => {
  test('the cell rounded to the decimals shown, in the scale shown', () => {
    expect(numberIsCell(fig('6,978.03'), '6978.03', undefined)).toBe(true);
    expect(numberIsCell(fig('6,978.6'), '6978.60', undefined)).toBe(true);
    expect(numberIsCell(fig('6,988.03'), '6978.03', undefined)).toBe(false);
    expect(numberIsCell(fig('USD 1.5 trillion'), '1500', 'bn')).toBe(true);
    expect(numberIsCell(fig('$4.67 tn'), '4670', 'bn')).toBe(true);
    expect(numberIsCell(fig('4.6'), '4600', 'bn', 'tn')).toBe(true);
    expect(numberIsCell(fig('4.6'), '4600', 'bn')).toBe(false);
  });

  test('percentages only match cells held in percent; an unsigned figure matches a negative cell’s size, a signed one its sign', () => {
    expect(numberIsCell(fig('3.50%'), '3.50', 'percent')).toBe(true);
    expect(numberIsCell(fig('3.5'), '3.50', 'percent')).toBe(false);
    expect(numberIsCell(fig('3.5'), '3.50', 'percent', 'percent')).toBe(true);
    expect(numberIsCell(fig('50 basis points'), '-50', 'bp')).toBe(true);
    expect(numberIsCell(fig('+50'), '-50', 'bp')).toBe(false);
  });

  test('a figure with one significant digit must be the cell exactly', () => {
    expect(numberIsCell(fig('USD 0.1 trillion'), '50', 'bn')).toBe(false);
    expect(numberIsCell(fig('7,000'), '7000', undefined)).toBe(true);
    expect(numberIsCell(fig('7,000'), '7002.00', undefined)).toBe(false);
  });
});

describe('columns', () => {
  const ohlc: DataFile = { name: 'ohlc.csv', header: ['date', 'open', 'high', 'low', 'close'], rows: [], small: false, monthly: false, numericColumns: ['open', 'high', 'low', 'close'] };
  const day = row('ohlc.csv', { date: '2026-01-28', open: '7002.00', high: '7002.28', low: '6963.46', close: '6978.03' });

  test('a word before the figure names the column: "Close 6,963.46" is not the low', () => {
    expect(cellInRow(fig('6,963.46'), day, ohlc.numericColumns, hintColumn('Close '), undefined)).toBeUndefined();
    expect(cellInRow(fig('6,963.46'), day, ohlc.numericColumns, hintColumn('slipped to a low of '), undefined)).toBe('low');
    expect(hintColumn('first closed above ')).toBeUndefined();
  });

  test('a table header picks the columns whose names it holds', () => {
    const dn: DataFile = { ...ohlc, numericColumns: ['djia_close', 'nasdaq_composite_close', 'sp500_close'] };
    expect(columnsForHead(dn, 'S&P 500 close')).toEqual(['sp500_close']);
    expect(columnsForHead(dn, 'Dow Jones Industrial Average close')).toEqual(['djia_close']);
    expect(columnsForHead(dn, 'Value')).toEqual(dn.numericColumns);
  });
});

describe('quoting', () => {
  test('a figure occurs as a whole token, not inside a longer number or a name', () => {
    expect(occursAsToken('first time above USD 5,000/oz', '5,000')).toBe(true);
    expect(occursAsToken('above 15,000', '5,000')).toBe(false);
    expect(occursAsToken('datasets/s-and-p-500', '500')).toBe(false);
  });

  test('text cells quote figures; addresses and source columns do not', () => {
    const r = row('records.csv', { note: 'TASS: new all-time high above $5,300', source: 'https://x/2026-01-29/5,300' });
    expect(quotedInText(fig('5,300'), [r])?.column).toBe('note');
    expect(quotedInText(findFigures('29 January 2026')[0]!, [r])).toBeUndefined();
  });

  test('SOURCES.md states a figure in the section of a file the text draws on; small counts never trace there', () => {
    const sections = [{ title: '8. gold.csv', file: 'gold.csv', text: 'Feb-2026 COMEX futures all-time high: 5,626.80 (Reuters), 10 rows.' }];
    expect(sourcesSection(fig('5,626.80'), sections, ['gold.csv'])?.title).toBe('8. gold.csv');
    expect(sourcesSection(fig('5,626.80'), sections, ['other.csv'])).toBeUndefined();
    expect(sourcesSection(fig('10'), sections, ['gold.csv'])).toBeUndefined();
  });

  test('a year is stated by a date in it, in the section of the file the text draws on only', () => {
    const sections = [
      { title: '4. ms.csv', file: 'ms.csv', text: '* 1927-12-30 .. 2023-12-28: Yahoo ^GSPC.' },
      { title: 'Summary', text: 'Checked on 2019-05-01.' },
    ];
    const year = (y: string) => findFigures(`to ${y}`)[0]!;
    expect(sourcesSection(year('2023'), sections, ['ms.csv'])?.title).toBe('4. ms.csv');
    expect(sourcesSection(year('2024'), sections, ['ms.csv'])).toBeUndefined();
    expect(sourcesSection(year('2019'), sections, ['ms.csv'])).toBeUndefined();
  });
});

describe('quotedInManifest', () => {
  const entry = { file: 'fed.csv', redistribution: 'all', texts: [{ member: 'fed.csv.licence', text: 'US copyright does not cover it (17 U.S.C. § 105); ten years of data', line: 9 }] };
  const licences = new Map([['fed.csv', entry]]);
  const quoted = (text: string, figure: string, files = ['fed.csv']) => {
    const f = findFigures(text).find((x) => x.text === figure)!;
    return quotedInManifest(f, text.slice(f.index + f.text.length), files, licences);
  };

  test('the number with the two words after it, in the entry of a file the text draws on', () => {
    expect(quoted('Terms: 17 U.S.C. § 105.', '17')).toEqual({ file: 'fed.csv', member: 'fed.csv.licence', line: 9 });
    expect(quoted('FRED (ten years of daily closes)', 'ten')?.member).toBe('fed.csv.licence');
    expect(quoted('Terms: 18 U.S.C. § 105.', '18')).toBeUndefined();
    expect(quoted('Terms: 17 U.S.C. § 105.', '17', ['gold.csv'])).toBeUndefined();
  });

  test('never with one word after it, nor with none', () => {
    expect(quoted('ten years', 'ten')).toBeUndefined();
    expect(quoted('It is 17.', '17')).toBeUndefined();
  });
});

describe('contextSourceFor', () => {
  const sources = [
    { source: 'Reuters', chapters: [6], text: '* **Reuters, "Gold extends rally"** What we rely on: gold rose as the dollar fell to a near four-year low. Used in: chapter 6.' },
    { source: 'Saxo Bank', chapters: [3], text: '* **Saxo Bank, "Three calls"** Meta, Microsoft and Tesla reported three results. Used in: chapter 3.' },
  ];
  const at = (text: string, figure: string) => findFigures(text).find((f) => f.text === figure)!;

  test('the figure with its unit, in the entry of a source the text names and the chapter uses', () => {
    const text = 'Reuters tied the rise to a falling dollar, near its lowest in four years.';
    expect(contextSourceFor(at(text, 'four'), text, 6, sources)?.source).toBe('Reuters');
  });

  test('not another number, not without the source named, not in another chapter, not a bare number', () => {
    const five = 'Reuters tied the rise to a falling dollar, near its lowest in five years.';
    expect(contextSourceFor(at(five, 'five'), five, 6, sources)).toBeUndefined();
    const unnamed = 'The dollar was near its lowest in four years.';
    expect(contextSourceFor(at(unnamed, 'four'), unnamed, 6, sources)).toBeUndefined();
    const text = 'Reuters tied the rise to a falling dollar, near its lowest in four years.';
    expect(contextSourceFor(at(text, 'four'), text, 1, sources)).toBeUndefined();
    const bare = 'Saxo Bank named three of them.';
    expect(contextSourceFor(at(bare, 'three'), bare, 3, sources)).toBeUndefined();
  });
});
