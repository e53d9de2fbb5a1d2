// The figure check's own CSV reader: quoting, line numbers, byte-order mark, and clear errors.
import { describe, expect, test } from 'vitest';
import { parseCsv } from './csv';

describe('parseCsv', () => {
  test('reads quoted fields with commas, doubled quotes and line breaks, and numbers each row by its first line', () => {
    const t = parseCsv('\uFEFFa,b\n1,"x, ""y"""\n2,"two\nlines"\r\n3,\n', 'f.csv');
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows.map((r) => [r.line, r.cells.a, r.cells.b])).toEqual([
      [2, '1', 'x, "y"'],
      [3, '2', 'two\nlines'],
      [5, '3', ''],
    ]);
  });

  test('a row with the wrong number of fields names the file and line', () => {
    expect(() => parseCsv('a,b\n1,2,3\n', 'data/f.csv')).toThrow('data/f.csv:2: 3 fields, expected 2 (a, b)');
  });

  test('an unclosed quote names where the field starts', () => {
    expect(() => parseCsv('a\n"open\n', 'f.csv')).toThrow('f.csv:2: a quoted field is not closed');
  });
});
