// Covers src/data/parse-csv.ts, columns.ts and data-error.ts: malformed CSV fixtures fail with exact CellError messages naming file, line, column, value and expectation; a leading byte-order mark is dropped.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decimal, integer, isoDate, oneOf, optional, text } from '../../../src/data/columns';
import { CellError, DataError } from '../../../src/data/data-error';
import { defineCsv, parseCsv } from '../../../src/data/parse-csv';
import { sp500DailyCloseSpec } from '../../../src/data/sp500-daily-close';
import { sp500MilestonesSpec } from '../../../src/data/sp500-milestones';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/csv/${name}`, import.meta.url), 'utf8');

/** Parses a fixture and returns the CellError it throws (failing the test if it throws anything else). */
function errorFrom(parse: (text: string) => unknown, name: string): CellError {
  try {
    parse(fixture(name));
  } catch (e) {
    expect(e).toBeInstanceOf(CellError);
    expect(e).toBeInstanceOf(DataError);
    return e as CellError;
  }
  throw new Error(`${name} parsed without error`);
}

const CLOSE = 'content/data/sp500_daily_close.csv';
const MILESTONES = 'content/data/sp500_milestones.csv';

describe('malformed files fail with one precise CellError each', () => {
  const close = (text: string) => parseCsv(sp500DailyCloseSpec, text);
  const milestones = (text: string) => parseCsv(sp500MilestonesSpec, text);
  const cases: { fixture: string; parse?: (text: string) => unknown; file?: string; message: string; line: number; column: string; found: string }[] = [
    {
      fixture: 'wrong-header.csv',
      message: `${CLOSE}:1: column "close": found "date,closing,source", expected the header "date,close,source" (column 2 must be "close")`,
      line: 1, column: 'close', found: 'date,closing,source',
    },
    {
      fixture: 'extra-header-column.csv',
      message: `${CLOSE}:1: column "(header)": found "date,close,source,note", expected exactly 3 columns: "date,close,source"`,
      line: 1, column: '(header)', found: 'date,close,source,note',
    },
    {
      fixture: 'date-feb-30.csv',
      message: `${CLOSE}:3: column "date": found "2026-02-30", expected a calendar date written YYYY-MM-DD`,
      line: 3, column: 'date', found: '2026-02-30',
    },
    {
      fixture: 'date-day-first.csv',
      message: `${CLOSE}:3: column "date": found "28/01/2026", expected a calendar date written YYYY-MM-DD`,
      line: 3, column: 'date', found: '28/01/2026',
    },
    {
      fixture: 'non-numeric.csv',
      message: `${CLOSE}:4: column "close": found "6,978.03", expected a plain decimal number such as 6978.03`,
      line: 4, column: 'close', found: '6,978.03',
    },
    {
      fixture: 'unknown-source.csv',
      message: `${CLOSE}:3: column "source": found "Yahoo", expected one of "FRED", "YAHOO"`,
      line: 3, column: 'source', found: 'Yahoo',
    },
    {
      fixture: 'duplicate-date.csv',
      message: `${CLOSE}:4: column "date": found "2026-01-27", expected a unique value (already on line 3)`,
      line: 4, column: 'date', found: '2026-01-27',
    },
    {
      fixture: 'out-of-order.csv',
      message: `${CLOSE}:4: column "date": found "2026-01-27", expected a value after "2026-01-28" on line 3 (rows in ascending order)`,
      line: 4, column: 'date', found: '2026-01-27',
    },
    {
      fixture: 'empty.csv',
      message: `${CLOSE}:1: column "(header)": found "", expected a header line "date,close,source" and at least one row`,
      line: 1, column: '(header)', found: '',
    },
    {
      fixture: 'header-only.csv',
      message: `${CLOSE}:2: column "(row)": found "", expected at least one data row after the header`,
      line: 2, column: '(row)', found: '',
    },
    {
      fixture: 'missing-field.csv',
      message: `${CLOSE}:3: column "(row)": found "2026-01-28,6978.03", expected 3 fields (date,close,source), found 2`,
      line: 3, column: '(row)', found: '2026-01-28,6978.03',
    },
    {
      fixture: 'blank-line.csv',
      message: `${CLOSE}:3: column "(row)": found "", expected 3 fields (date,close,source), found 1`,
      line: 3, column: '(row)', found: '',
    },
    {
      fixture: 'line-break-in-field.csv',
      message: `${CLOSE}:2: column "(row)": found "2026-01-27,6978.60,YA\\nHOO", expected no line breaks inside quoted fields`,
      line: 2, column: '(row)', found: '2026-01-27,6978.60,YA\nHOO',
    },
    {
      fixture: 'milestones-bad-optional.csv',
      parse: milestones,
      file: sp500MilestonesSpec.file,
      message: `${MILESTONES}:3: column "intraday_high_value": found "n/a", expected empty, or a plain decimal number such as 6978.03`,
      line: 3, column: 'intraday_high_value', found: 'n/a',
    },
  ];

  test.each(cases)('$fixture', ({ fixture: name, parse, file, message, line, column, found }) => {
    const error = errorFrom(parse ?? close, name);
    expect(error.message).toBe(message);
    expect(error.name).toBe('DataError');
    expect({ file: error.file, line: error.line, column: error.column, found: error.found }).toEqual({
      file: file ?? sp500DailyCloseSpec.file, line, column, found,
    });
  });

  // Regression: these once threw "RangeError: Invalid time value" with no file, line or column.
  test.each(['2026-13-01', '2026-02-32', '2026-00-10'])('impossible date %s fails with a DataError, not a RangeError', (bad) => {
    const csv = fixture('date-month-13.csv').replace('2026-13-01', bad);
    expect(() => parseCsv(sp500DailyCloseSpec, csv)).toThrow(
      new CellError(CLOSE, 3, 'date', bad, 'a calendar date written YYYY-MM-DD'),
    );
  });
});

describe('a UTF-8 byte-order mark', () => {
  // Accepted, not reported: spreadsheet programs add it when saving "CSV UTF-8", it only restates
  // the encoding the file is read in anyway, and rejecting it would send an editor hunting for a
  // character most editors do not display. Kept, it would become part of the first column's name.
  test('at the start of a file is dropped, so the header and rows parse', () => {
    const text = fixture('byte-order-mark.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(sp500DailyCloseSpec, text)).toEqual([
      { date: new Date('2026-01-27T00:00:00Z'), close: 6978.6, source: 'FRED' },
      { date: new Date('2026-01-28T00:00:00Z'), close: 6978.03, source: 'FRED' },
    ]);
  });

  test('anywhere else is spelled out in the error, never shown as an invisible character', () => {
    const error = errorFrom((text) => parseCsv(sp500DailyCloseSpec, text), 'byte-order-mark-inside-header.csv');
    expect(error.found).toBe('date,\uFEFFclose,source');
    expect(error.message).toBe(
      `${CLOSE}:1: column "close": found "date,\\uFEFFclose,source", expected the header "date,close,source" (column 2 must be "close")`,
    );
    expect(error.message).not.toContain('\uFEFF');
  });
});

describe('well-formed input', () => {
  test('CRLF line endings parse to typed rows', () => {
    expect(parseCsv(sp500DailyCloseSpec, fixture('crlf.csv'))).toEqual([
      { date: new Date('2026-01-27T00:00:00Z'), close: 6978.6, source: 'YAHOO' },
      { date: new Date('2026-01-28T00:00:00Z'), close: 6978.03, source: 'YAHOO' },
    ]);
  });

  test('empty optional cells become null and filled ones are typed', () => {
    // Cell types only: blanking one intraday cell of a pair breaks a cross-field rule (tested in cross-field-checks.test.ts).
    const cellTypesOnly = { ...sp500MilestonesSpec, checks: [] };
    const rows = parseCsv(cellTypesOnly, fixture('milestones-bad-optional.csv').replace(',n/a,', ',,').replace(',2024-11-08,', ',,'));
    expect(rows[0]!.first_intraday_high_at_or_above_date).toBeNull();
    expect(rows[0]!.intraday_high_value).toBe(6012.45);
    expect(rows[1]!.intraday_high_value).toBeNull();
    expect(rows[1]!.first_intraday_high_at_or_above_date).toEqual(new Date('2026-01-28T00:00:00Z'));
    expect(rows[1]!.trading_days_since_previous_milestone_first_close).toBe(355);
  });

  test('a spec without a key accepts repeated and unordered values', () => {
    const spec = defineCsv({ file: 'x.csv', columns: { n: integer } });
    expect(parseCsv(spec, 'n\n3\n1\n3\n')).toEqual([{ n: 3 }, { n: 1 }, { n: 3 }]);
  });

  test('a numeric key must ascend numerically, not as text', () => {
    const spec = defineCsv({ file: 'levels.csv', columns: { level: integer }, key: 'level' });
    expect(parseCsv(spec, 'level\n900\n1000\n').map((r) => r.level)).toEqual([900, 1000]);
    expect(() => parseCsv(spec, 'level\n1000\n900\n')).toThrow(
      'levels.csv:3: column "level": found "900", expected a value after "1000" on line 2 (rows in ascending order)',
    );
  });
});

describe('column types', () => {
  const issue = (schema: { safeParse(v: string): { success: boolean; error?: { issues: { message: string }[] } } }, v: string) =>
    schema.safeParse(v).error?.issues[0]?.message;

  test('isoDate accepts real dates only', () => {
    expect(isoDate.parse('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(issue(isoDate, '2025-02-29')).toBe('a calendar date written YYYY-MM-DD');
    expect(issue(isoDate, '2026-1-28')).toBe('a calendar date written YYYY-MM-DD');
  });

  test('decimal and integer reject separators, units and blanks', () => {
    expect(decimal.parse('-12.5')).toBe(-12.5);
    expect(decimal.parse('7002')).toBe(7002);
    for (const bad of ['7,002.28', '7002.', '.5', '1e3', ' 7002', '']) expect(issue(decimal, bad)).toBe('a plain decimal number such as 6978.03');
    expect(integer.parse('190')).toBe(190);
    for (const bad of ['190.0', '1,227', '']) expect(issue(integer, bad)).toBe('a whole number such as 190');
  });

  test('text, oneOf and optional', () => {
    expect(issue(text, '')).toBe('a non-empty value');
    expect(oneOf(['a', 'b'] as const).parse('b')).toBe('b');
    expect(issue(oneOf(['a', 'b'] as const), 'c')).toBe('one of "a", "b"');
    expect(optional(integer).parse('')).toBeNull();
    expect(optional(integer).parse('7')).toBe(7);
    expect(issue(optional(integer), 'x')).toBe('empty, or a whole number such as 190');
  });
});
